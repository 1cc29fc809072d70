import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { EnvNames } from '../../../shared/platform/env-names.js';
import { FunctionCatalog } from '../../../shared/platform/function-catalog.js';
import { buildTestStack } from '../support/test-stack.js';
import { logicalIdOf } from '../support/logical-id.js';

type Statement = { Action: string | string[]; Resource: unknown };
type PolicyResource = { Properties: { PolicyDocument: { Statement: Statement[] }; Roles: Array<{ Ref: string }> } };

describe('CatalogFunction, for every function of the catalog in the whole stack', () => {
  const { stack } = buildTestStack();
  const template = Template.fromStack(stack);
  const lambdas = template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x' } });

  /** Every action granted to one catalog function's role. */
  function actionsOf(id: (typeof FunctionCatalog)[number]['id']): string[] {
    const fn = stack.functions.get(id)!;
    const roleId = logicalIdOf(fn.role!);
    return Object.values(template.findResources('AWS::IAM::Policy'))
      .map((p) => p as PolicyResource)
      .filter((p) => p.Properties.Roles.some((r) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  }

  it('creates one function per catalog entry', () => {
    expect(Object.keys(lambdas)).toHaveLength(FunctionCatalog.length);
  });

  it.each(FunctionCatalog.map((spec) => [spec.id, spec] as const))(
    '%s runs on nodejs24.x / arm64 with its memory, timeout, tracing, DLQ and JSON logs',
    (_id, spec) => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: spec.description,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: spec.memoryMb,
        Timeout: spec.timeoutSeconds,
        TracingConfig: { Mode: 'Active' },
        DeadLetterConfig: { TargetArn: Match.anyValue() },
        LoggingConfig: Match.objectLike({ LogFormat: 'JSON', LogGroup: Match.anyValue() }),
      });
    },
  );

  it('gives every function all the environment variables the handlers read', () => {
    for (const resource of Object.values(lambdas)) {
      const env = (resource as { Properties: { Environment: { Variables: Record<string, unknown> } } }).Properties.Environment.Variables;
      // The platform's variables; a context adds its own to its functions (the notifications' sender and links, the user pool).
      const contextOwn: readonly string[] = [EnvNames.appBaseUrl, EnvNames.emailFromAddress, EnvNames.sesConfigurationSet, EnvNames.userPoolId];
      expect(Object.keys(env)).toEqual(expect.arrayContaining(Object.values(EnvNames).filter((name) => !contextOwn.includes(name))));
      expect(env[EnvNames.iopMaxTermMonths]).toBe('60');
      expect(JSON.stringify(env[EnvNames.stateMachineArnPrefix])).toContain(':stateMachine:iop-test-');
    }
  });

  it('keeps logs for a bounded time', () => {
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });

  it('grants each function exactly the services of its SDK clients', () => {
    for (const spec of FunctionCatalog) {
      const actions = actionsOf(spec.id);
      const uses = (client: string) => (spec.sdkClients as readonly string[]).includes(client);
      expect(
        actions.some((a) => a.startsWith('dynamodb:')),
        `${spec.id} dynamodb`,
      ).toBe(uses('dynamodb'));
      expect(actions.includes('states:StartExecution'), `${spec.id} sfn`).toBe(uses('sfn'));
      expect(actions.includes('states:SendTaskSuccess'), `${spec.id} sfn`).toBe(uses('sfn'));
      expect(actions.includes('events:PutEvents'), `${spec.id} eventbridge`).toBe(uses('eventbridge'));
      expect(actions.includes('scheduler:CreateSchedule'), `${spec.id} scheduler`).toBe(uses('scheduler'));
      expect(actions.includes('iam:PassRole'), `${spec.id} scheduler role`).toBe(uses('scheduler'));
      expect(actions).toEqual(expect.arrayContaining(['xray:PutTraceSegments', 'logs:PutLogEvents']));
    }
  });

  it('does not use the managed basic execution policy', () => {
    expect(JSON.stringify(template.findResources('AWS::IAM::Role'))).not.toContain('AWSLambdaBasicExecutionRole');
  });
});
