import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType, type IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { WorkflowCatalog, functionArnSubstitution, workflowFile, type WorkflowName, type WorkflowSpec } from '../../shared/platform/workflows/catalog.js';
import { acknowledgeFinding, acknowledgeWildcardResource } from '../acknowledge.js';
import { RepoRoot, type Functions } from './functions.js';

export interface WorkflowsProps {
  readonly namePrefix: string;
  readonly functions: Functions;
  readonly logRetention?: RetentionDays;
  /**
   * The ASL text of a workflow. Defaults to reading workflows/<name>.asl.json;
   * tests may pass a stand-in definition.
   */
  readonly definitionFor?: (spec: WorkflowSpec) => string | undefined;
}

/** Workflows whose ASL file is missing are skipped, and listed here so callers can fail loudly. */
export const missingWorkflowFiles = (): string[] => WorkflowCatalog.map((w) => workflowFile(w.name)).filter((file) => !existsSync(path.join(RepoRoot, file)));

/**
 * One Standard state machine per catalog entry, deployed from the same ASL
 * file the local engine runs; `${<Id>FunctionArn}` placeholders are replaced
 * by definition substitutions.
 */
export class Workflows extends Construct {
  private readonly byName = new Map<WorkflowName, IStateMachine>();
  /** Catalog entries that were not deployed because their definition does not exist yet. */
  readonly skipped: WorkflowName[] = [];

  constructor(scope: Construct, id: string, props: WorkflowsProps) {
    super(scope, id);
    for (const spec of WorkflowCatalog) {
      const definition = props.definitionFor ? props.definitionFor(spec) : readDefinition(spec);
      if (definition === undefined) {
        this.skipped.push(spec.name);
        continue;
      }
      const stateMachineName = `${props.namePrefix}${spec.name}`;
      const logGroup = new LogGroup(this, `${spec.name}-logs`, {
        // The vendedlogs prefix keeps the CloudWatch Logs resource policy small.
        logGroupName: `/aws/vendedlogs/states/${stateMachineName}`,
        retention: props.logRetention ?? RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      const substitutions = Object.fromEntries(spec.functions.map((fid: FunctionId) => [functionArnSubstitution(fid), props.functions.get(fid).functionArn]));
      const stateMachine = new StateMachine(this, spec.name, {
        stateMachineName,
        comment: spec.description,
        stateMachineType: StateMachineType.STANDARD,
        definitionBody: DefinitionBody.fromString(definition),
        definitionSubstitutions: substitutions,
        logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: true },
        tracingEnabled: true,
      });
      for (const fid of spec.functions) {
        const fn = props.functions.get(fid);
        fn.grantInvoke(stateMachine);
        acknowledgeWildcardResource(stateMachine.role, `${fn.functionArn}:*`, 'Invoke grant on the function and its versions/aliases only.');
      }
      acknowledgeFinding(
        stateMachine.role,
        'AwsSolutions-IAM5[Resource::*]',
        'CloudWatch Logs delivery and X-Ray actions support no resource-level permissions.',
      );
      this.byName.set(spec.name, stateMachine);
    }
  }

  get(name: WorkflowName): IStateMachine | undefined {
    return this.byName.get(name);
  }

  entries(): ReadonlyArray<readonly [WorkflowName, IStateMachine]> {
    return [...this.byName.entries()];
  }
}

function readDefinition(spec: WorkflowSpec): string | undefined {
  const file = path.join(RepoRoot, workflowFile(spec.name));
  if (!existsSync(file)) return undefined;
  // Read as text: the definition is deployed verbatim, placeholders and all.
  return readFileSync(file, 'utf8');
}
