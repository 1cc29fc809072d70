import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { catalogWorkflows, missingWorkflowFiles } from '../../../infra/platform/catalog-workflow.js';
import { catalogFunctions } from '../../../infra/platform/catalog-function.js';
import { WorkflowCatalog, functionArnSubstitution } from '../../../shared/platform/workflows/catalog.js';
import { buildTestPlatform } from '../support/test-platform.js';
import { buildTestStack } from '../support/test-stack.js';
import { logicalIdOf } from '../support/logical-id.js';

describe('catalogWorkflows, for every workflow of the catalog in the whole stack', () => {
  const { stack } = buildTestStack();
  const template = Template.fromStack(stack);

  it('has an ASL file for every workflow of the catalog', () => {
    expect(missingWorkflowFiles()).toEqual([]);
  });

  it('creates one state machine per catalog entry and skips none', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', WorkflowCatalog.length);
    expect(stack.skippedWorkflows).toEqual([]);
    expect([...stack.stateMachines.keys()].sort()).toEqual(WorkflowCatalog.map((w) => w.name).sort());
  });

  it.each(WorkflowCatalog.map((w) => [w.name, w] as const))(
    '%s is a named STANDARD machine with ALL logging, tracing and its function ARNs substituted',
    (name, spec) => {
      const substitutions = Object.fromEntries(
        spec.functions.map((fid) => [functionArnSubstitution(fid), { 'Fn::GetAtt': [logicalIdOf(stack.functions.get(fid)!), 'Arn'] }]),
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
      const sm = stack.stateMachines.get(spec.name);
      expect(sm, spec.name).toBeDefined();
      const roleId = logicalIdOf(sm!.node.findChild('Role'));
      const policies = JSON.stringify(
        Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
          JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(roleId),
        ),
      );
      expect(policies).toContain('lambda:InvokeFunction');
      for (const fn of ['IopTasks', 'ProcurementTasks'] as const) {
        const fnId = logicalIdOf(stack.functions.get(fn)!);
        expect(policies.includes(fnId), `${spec.name} → ${fn}`).toBe((spec.functions as readonly string[]).includes(fn));
      }
    }
  });
});

describe('catalogWorkflows, in a context of its own', () => {
  it('skips a workflow without a definition, and says so', () => {
    const { stack, functionPlatform, monitoring } = buildTestPlatform();
    const functions = catalogFunctions(stack, ['IopTasks'], functionPlatform);
    const { stateMachines, skipped } = catalogWorkflows(stack, ['iop-initiation', 'iop-review'], {
      namePrefix: 'iop-t-',
      functions,
      monitoring,
      definitionFor: (spec) => (spec.name === 'iop-review' ? undefined : JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } })),
    });
    expect([...stateMachines.keys()]).toEqual(['iop-initiation']);
    expect(skipped).toEqual(['iop-review']);
    Template.fromStack(stack).resourceCountIs('AWS::StepFunctions::StateMachine', 1);
  });

  it('refuses a workflow whose Task states invoke a function of another context', () => {
    const { stack, functionPlatform, monitoring } = buildTestPlatform();
    const functions = catalogFunctions(stack, ['IopTasks'], functionPlatform);
    expect(() => catalogWorkflows(stack, ['match-case'], { namePrefix: 'iop-t-', functions, monitoring })).toThrow(/ProcurementTasks/);
  });
});
