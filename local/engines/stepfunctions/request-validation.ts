import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { sfnError, SfnErrorTypes } from './sfn-errors.js';

/** The checks Step Functions makes of what a request sends: execution names, JSON texts, definitions. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: Step Functions refuses control characters in names, so the pattern names them.
export const EXECUTION_NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,80}$/;

export function parseJson(text: string, errorType: typeof SfnErrorTypes.invalidExecutionInput | typeof SfnErrorTypes.invalidOutput): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw sfnError(errorType, `Not valid JSON: ${text.slice(0, 100)}`);
  }
}

export function parseDefinition(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw sfnError(SfnErrorTypes.invalidDefinition, 'The definition is not valid JSON');
  }
}

/** The interpreter's own validator (asl-validator) checks the definition as written. */
export function validateDefinition(definition: Record<string, unknown>): void {
  try {
    new StateMachine(definition as unknown as StateMachineDefinition, { validationOptions: { checkArn: true, checkPaths: true } });
  } catch (error) {
    throw sfnError(SfnErrorTypes.invalidDefinition, error instanceof Error ? error.message : String(error));
  }
}
