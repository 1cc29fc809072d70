/** What every operator command in infra/ops shares: the stack outputs, read with the AWS CLI, and the flags that name a resource instead. */
import { execFile } from 'node:child_process';
import { parseArgs, promisify } from 'node:util';

/** A stack's outputs by key (OutputKey → OutputValue). */
export type ReadStackOutputs = (stack: string, region: string | undefined) => Promise<Record<string, string>>;

/** Reads the outputs with the AWS CLI, which an operator of the stack has (the README's other commands use it too). */
export const stackOutputsWithCli: ReadStackOutputs = async (stack, region) => {
  const { stdout } = await promisify(execFile)('aws', [
    'cloudformation',
    'describe-stacks',
    '--stack-name',
    stack,
    ...(region ? ['--region', region] : []),
    '--query',
    'Stacks[0].Outputs',
    '--output',
    'json',
  ]);
  const outputs = (JSON.parse(stdout) ?? []) as { OutputKey: string; OutputValue: string }[];
  return Object.fromEntries(outputs.map((o) => [o.OutputKey, o.OutputValue]));
};

/** A resource an operator command works on: the flag that names it, and the stack output that does when the flag is left out. */
export interface TargetResource {
  readonly flag: string;
  readonly output: string;
}

/** What a command line names: --apply, --stack, --region, and each resource (by its key) its flag named. */
export type OperatorArgs<K extends string> = {
  readonly apply: boolean;
  readonly stack?: string;
  readonly region?: string;
} & { readonly [key in K]?: string };

/**
 * Parses `(--stack NAME | --<flag> VALUE ...) [--region REGION] [--apply]`:
 * either the stack or every resource must be named. `refusal` says what to name.
 */
export function parseOperatorArgs<K extends string>(argv: readonly string[], resources: Record<K, TargetResource>, refusal: string): OperatorArgs<K> {
  const flags = Object.values<TargetResource>(resources).map((r) => r.flag);
  const { values } = parseArgs({
    args: [...argv],
    options: {
      apply: { type: 'boolean', default: false },
      stack: { type: 'string' },
      region: { type: 'string' },
      ...Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])),
    },
    strict: true,
    allowPositionals: false,
  });
  const given = values as Record<string, string | boolean | undefined>;
  const named = Object.fromEntries(
    (Object.entries(resources) as [K, TargetResource][]).flatMap(([key, r]) => (typeof given[r.flag] === 'string' ? [[key, given[r.flag]]] : [])),
  );
  if (!values.stack && Object.keys(named).length < flags.length) throw new Error(refusal);
  return { apply: values.apply === true, stack: values.stack as string | undefined, region: values.region as string | undefined, ...named } as OperatorArgs<K>;
}

/** Each resource from its flag, or else from the stack's outputs (read only when a flag is left out). */
export async function resolveOperatorTarget<K extends string>(
  args: OperatorArgs<NoInfer<K>>,
  resources: Record<K, TargetResource>,
  readOutputs: ReadStackOutputs = stackOutputsWithCli,
): Promise<Record<K, string> & { readonly region?: string }> {
  const entries = Object.entries(resources) as [K, TargetResource][];
  const named = args as Partial<Record<K, string>>;
  const outputs = args.stack && entries.some(([key]) => !named[key]) ? await readOutputs(args.stack, args.region) : {};
  const target = {} as Record<K, string>;
  for (const [key, r] of entries) {
    const value = named[key] ?? outputs[r.output];
    if (!value) throw new Error(`stack ${args.stack} has no output ${r.output}; is it this product's stack?`);
    target[key] = value;
  }
  return { ...target, ...(args.region ? { region: args.region } : {}) };
}
