import { lambdaFunctionArn } from './arns.js';
import { sfnError, SfnErrorTypes } from './sfn-errors.js';

/**
 * CDK deploys each workflow file with DefinitionSubstitutions; the local engine
 * applies the same ones: "${<FunctionId>FunctionArn}" becomes the function's
 * local ARN, any other "${Key}" comes from the extra map or is an error (a
 * silently unreplaced placeholder would only fail much later, mid-execution).
 */
export interface SubstitutionOptions {
  readonly region: string;
  readonly extra?: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;
const FUNCTION_ARN_SUFFIX = 'FunctionArn';

export function applySubstitutions<T>(definition: T, options: SubstitutionOptions): T {
  const replaceIn = (text: string): string =>
    text.replace(PLACEHOLDER, (_whole, key: string) => {
      const extra = options.extra?.[key];
      if (extra !== undefined) return extra;
      if (key.endsWith(FUNCTION_ARN_SUFFIX) && key.length > FUNCTION_ARN_SUFFIX.length) {
        return lambdaFunctionArn(options.region, key.slice(0, -FUNCTION_ARN_SUFFIX.length));
      }
      throw sfnError(SfnErrorTypes.invalidDefinition, `No substitution for "\${${key}}"`);
    });
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return replaceIn(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(definition) as T;
}
