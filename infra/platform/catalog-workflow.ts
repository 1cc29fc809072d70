import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType, type IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { WorkflowCatalog, functionArnSubstitution, workflowFile, type WorkflowName, type WorkflowSpec } from '../../shared/platform/workflows/catalog.js';
import { acknowledgeFinding, acknowledgeWildcardResource } from '../acknowledge.js';
import { keepLogicalIds, LegacyPaths } from '../logical-ids.js';
import { RepoRoot } from '../repo-root.js';
import type { Monitoring } from './monitoring.js';

export interface CatalogWorkflowsProps {
  readonly namePrefix: string;
  /** The functions the Task states invoke, by catalog id (the owning context's own). */
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  /** Failed and timed-out executions raise its alarms. */
  readonly monitoring: Monitoring;
  readonly logRetention?: RetentionDays;
  /**
   * The ASL text of a workflow. Defaults to reading workflows/<name>.asl.json;
   * tests may pass a stand-in definition.
   */
  readonly definitionFor?: (spec: WorkflowSpec) => string | undefined;
}

/** The state machines one context deployed, and the catalog entries it skipped for want of a definition. */
export interface CatalogWorkflows {
  readonly stateMachines: ReadonlyMap<WorkflowName, IStateMachine>;
  readonly skipped: readonly WorkflowName[];
}

/** Workflows whose ASL file is missing are skipped, and listed here so callers can fail loudly. */
export const missingWorkflowFiles = (): string[] => WorkflowCatalog.map((w) => workflowFile(w.name)).filter((file) => !existsSync(path.join(RepoRoot, file)));

/**
 * One Standard state machine per named catalog entry, deployed from the same
 * ASL file the local engine runs; `${<Id>FunctionArn}` placeholders are
 * replaced by definition substitutions, and each machine may invoke exactly
 * the functions its Task states name.
 */
export function catalogWorkflows(scope: Construct, names: readonly WorkflowName[], props: CatalogWorkflowsProps): CatalogWorkflows {
  const stateMachines = new Map<WorkflowName, IStateMachine>();
  const skipped: WorkflowName[] = [];
  for (const name of names) {
    const spec = WorkflowCatalog.find((w) => w.name === name);
    if (!spec) throw new Error(`No workflow ${name} in the catalog`);
    const definition = props.definitionFor ? props.definitionFor(spec) : readDefinition(spec);
    if (definition === undefined) {
      skipped.push(spec.name);
      continue;
    }
    stateMachines.set(spec.name, catalogStateMachine(scope, spec, definition, props));
  }
  return { stateMachines, skipped };
}

function catalogStateMachine(scope: Construct, spec: WorkflowSpec & { readonly name: WorkflowName }, definition: string, props: CatalogWorkflowsProps) {
  const functionOf = (fid: FunctionId): IFunction => {
    const fn = props.functions.get(fid);
    if (!fn) throw new Error(`${spec.name} invokes ${fid}, which is not a function of its context`);
    return fn;
  };
  const stateMachineName = `${props.namePrefix}${spec.name}`;
  const logGroup = new LogGroup(scope, `${spec.name}-logs`, {
    // The vendedlogs prefix keeps the CloudWatch Logs resource policy small.
    logGroupName: `/aws/vendedlogs/states/${stateMachineName}`,
    retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  keepLogicalIds(logGroup, LegacyPaths.stateMachineLogs(spec.name));
  const substitutions = Object.fromEntries(spec.functions.map((fid) => [functionArnSubstitution(fid), functionOf(fid).functionArn]));
  const stateMachine = new StateMachine(scope, spec.name, {
    stateMachineName,
    comment: spec.description,
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromString(definition),
    definitionSubstitutions: substitutions,
    logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: true },
    tracingEnabled: true,
  });
  for (const fid of spec.functions) {
    const fn = functionOf(fid);
    fn.grantInvoke(stateMachine);
    acknowledgeWildcardResource(stateMachine.role, `${fn.functionArn}:*`, 'Invoke grant on the function and its versions/aliases only.');
  }
  acknowledgeFinding(stateMachine.role, 'AwsSolutions-IAM5[Resource::*]', 'CloudWatch Logs delivery and X-Ray actions support no resource-level permissions.');
  // Role and policy included: nothing has resolved a reference to them yet.
  keepLogicalIds(stateMachine, LegacyPaths.stateMachine(spec.name));
  props.monitoring.alarmOnStateMachine(spec.name, stateMachine);
  return stateMachine;
}

function readDefinition(spec: WorkflowSpec): string | undefined {
  const file = path.join(RepoRoot, workflowFile(spec.name));
  if (!existsSync(file)) return undefined;
  // Read as text: the definition is deployed verbatim, placeholders and all.
  return readFileSync(file, 'utf8');
}
