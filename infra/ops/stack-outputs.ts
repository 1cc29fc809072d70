import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
