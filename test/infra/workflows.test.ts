import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { missingWorkflowFiles } from '../../infra/constructs/workflows.js';
import { WorkflowCatalog, functionArnSubstitution } from '../../shared/platform/workflows/catalog.js';
import { buildTestStack } from './support/test-stack.js';

describe('Workflows', () => {
  const { stack } = buildTestStack();
  const template = Template.fromStack(stack);

  it('has an ASL file for every workflow of the catalog', () => {
    expect(missingWorkflowFiles()).toEqual([]);
  });

  it('creates one state machine per catalog entry and skips none', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', WorkflowCatalog.length);
    expect(stack.workflows.skipped).toEqual([]);
  });

  it.each(WorkflowCatalog.map((w) => [w.name, w] as const))(
    '%s is a named STANDARD machine with ALL logging, tracing and its function ARNs substituted',
    (name, spec) => {
      const substitutions = Object.fromEntries(
        spec.functions.map((fid) => [
          functionArnSubstitution(fid),
          { 'Fn::GetAtt': [stack.getLogicalId(stack.functions.get(fid).node.defaultChild as never), 'Arn'] },
        ]),
      );
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        StateMachineName: `iop-test-${name}`,
        StateMachineType: 'STANDARD',
        LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: true }),
        TracingConfiguration: { Enabled: true },
        DefinitionSubstitutions: substitutions,
      });
    },
  );

  it('lets each state machine invoke exactly its functions', () => {
    for (const spec of WorkflowCatalog) {
      const sm = stack.workflows.get(spec.name);
      expect(sm, spec.name).toBeDefined();
      const roleId = stack.getLogicalId(sm!.node.findChild('Role').node.defaultChild as never);
      const policies = JSON.stringify(
        Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
          JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(roleId),
        ),
      );
      expect(policies).toContain('lambda:InvokeFunction');
      for (const fn of ['IopTasks', 'ProcurementTasks'] as const) {
        const fnId = stack.getLogicalId(stack.functions.get(fn).node.defaultChild as never);
        expect(policies.includes(fnId), `${spec.name} → ${fn}`).toBe((spec.functions as readonly string[]).includes(fn));
      }
    }
  });
});
