import { createHash } from 'node:crypto';
import { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { FunctionId } from '../shared/platform/function-catalog.js';
import type { WorkflowName } from '../shared/platform/workflows/catalog.js';

/**
 * Where catalog functions and state machines sat before the infrastructure was
 * split per bounded context: under one stack-level Functions and one Workflows
 * construct. They keep those logical ids, because CloudFormation keys resources
 * by logical id and a new one means create-then-delete:
 * - a function would get a new ARN, while running executions (weeks of
 *   callbacks) still call the one they started with;
 * - a state machine or its log group has a fixed name, so the create fails;
 * - the stream mapping would read the table stream again from its trim horizon.
 */
export const LegacyPaths = {
  function: (id: FunctionId): readonly string[] => ['Functions', id],
  stateMachine: (name: WorkflowName): readonly string[] => ['Workflows', name],
  stateMachineLogs: (name: WorkflowName): readonly string[] => ['Workflows', `${name}-logs`],
} as const;

/**
 * Gives every CloudFormation element under `scope` (itself included) the
 * logical id it would have at `legacyPath`, a path of construct ids from the
 * stack down. Call it before anything resolves a reference to those elements:
 * resolved tokens keep the id they were resolved with.
 */
export function keepLogicalIds(scope: IConstruct, legacyPath: readonly string[]): void {
  const depth = scope.node.scopes.length;
  for (const construct of scope.node.findAll()) {
    if (!CfnElement.isCfnElement(construct)) continue;
    const below = construct.node.scopes.slice(depth).map((c) => c.node.id);
    construct.overrideLogicalId(logicalIdOfPath([...legacyPath, ...below]));
  }
}

/**
 * The logical id CDK allocates to an element at this path (below the stack),
 * as its default naming scheme does: the readable components, then an MD5
 * hash of the full path. CDK cannot change the scheme without replacing every
 * resource of every app; test/infra/logical-ids.test.ts checks it against ours.
 */
export function logicalIdOfPath(path: readonly string[]): string {
  const components = path.filter((c) => c !== 'Default');
  if (components.length === 0) throw new Error('A logical id needs at least one path component');
  const alphanumeric = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '');
  if (components.length === 1) {
    const candidate = alphanumeric(components[0] ?? '');
    if (candidate.length <= 255) return candidate;
  }
  const hash = createHash('md5').update(components.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const human: string[] = [];
  // Like CDK: a component that repeats the end of the previous one is dropped.
  for (const c of components) if (human.length === 0 || !human[human.length - 1]?.endsWith(c)) human.push(c);
  return (
    human
      .filter((c) => c !== 'Resource')
      .map(alphanumeric)
      .join('')
      .slice(0, 240) + hash
  );
}
