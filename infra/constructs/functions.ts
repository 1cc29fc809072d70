import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing, type Code, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EnvNames } from '../../shared/platform/env-names.js';
import { FunctionCatalog, type FunctionId, type FunctionSpec, type SdkClient } from '../../shared/platform/function-catalog.js';
import { WorkflowCatalog } from '../../shared/platform/workflows/catalog.js';
import { acknowledgeFinding, acknowledgeWildcardResource } from '../acknowledge.js';
import { executionArnPattern, scheduleArnPattern, stateMachineArn } from '../arns.js';

/** The repository root: catalog entries and the lock file are relative to it. */
export const RepoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * esbuild options shared by the CDK functions and the bundle benchmark, so the
 * benchmark measures what is deployed. Everything is bundled (SDK v3 included)
 * and tree-shaken; the banner gives bundled CommonJS code a `require`.
 */
export const BundlingDefaults = {
  format: OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: true,
  externalModules: [],
  mainFields: ['module', 'main'],
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
  forceDockerBundling: false,
} as const satisfies BundlingOptions;

export interface FunctionsProps {
  readonly namePrefix: string;
  readonly table: ITableV2;
  readonly eventBus: IEventBus;
  readonly scheduleGroup: IScheduleGroup;
  readonly schedulerRole: IRole;
  /** Failed asynchronous invocations land here. */
  readonly deadLetterQueue: IQueue;
  readonly maxTermMonths: number;
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  readonly logRetention?: RetentionDays;
  /**
   * Ready-made code per function instead of bundling its entry file. Tests pass
   * inline stubs here: bundling every handler is slow and the entries may not exist yet.
   * Returning undefined bundles that entry as usual.
   */
  readonly codeFor?: (spec: FunctionSpec) => Code | undefined;
}

/**
 * One Lambda function per catalog entry, each with its own role, log group,
 * environment and exactly the grants its SDK clients need.
 */
export class Functions extends Construct {
  private readonly byId = new Map<FunctionId, IFunction>();

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const environment: Record<string, string> = {
      [EnvNames.tableName]: props.table.tableName,
      [EnvNames.eventBusName]: props.eventBus.eventBusName,
      [EnvNames.stateMachineArnPrefix]: stateMachineArn(this, props.namePrefix),
      [EnvNames.scheduleGroupName]: props.scheduleGroup.scheduleGroupName,
      [EnvNames.schedulerRoleArn]: props.schedulerRole.roleArn,
      [EnvNames.iopMaxTermMonths]: String(props.maxTermMonths),
      [EnvNames.logLevel]: props.logLevel ?? 'INFO',
    };

    for (const spec of FunctionCatalog) {
      const scopeFn = new Construct(this, spec.id);
      const logGroup = new LogGroup(scopeFn, 'Logs', {
        retention: props.logRetention ?? RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      // An own role instead of the managed AWSLambdaBasicExecutionRole: it may write to its log group only.
      const role = new Role(scopeFn, 'Role', {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Execution role of ${spec.id}`,
      });
      logGroup.grantWrite(role);

      const code = props.codeFor?.(spec);
      const fn = new NodejsFunction(scopeFn, 'Function', {
        description: spec.description,
        runtime: Runtime.NODEJS_24_X,
        architecture: Architecture.ARM_64,
        memorySize: spec.memoryMb,
        timeout: Duration.seconds(spec.timeoutSeconds),
        role,
        logGroup,
        loggingFormat: LoggingFormat.JSON,
        tracing: Tracing.ACTIVE,
        deadLetterQueue: props.deadLetterQueue,
        environment: { ...environment, NODE_OPTIONS: '--enable-source-maps' },
        ...(code
          ? { code, handler: 'index.handler' }
          : {
              entry: path.join(RepoRoot, spec.entry),
              projectRoot: RepoRoot,
              depsLockFilePath: path.join(RepoRoot, 'package-lock.json'),
              bundling: { ...BundlingDefaults, externalModules: [...BundlingDefaults.externalModules], mainFields: [...BundlingDefaults.mainFields] },
            }),
      });
      acknowledgeFinding(role, 'AwsSolutions-IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions.');
      for (const client of spec.sdkClients) this.grantClient(client, fn, role, props);
      this.byId.set(spec.id, fn);
    }
  }

  /** The function of a catalog entry. */
  get(id: FunctionId): IFunction {
    const fn = this.byId.get(id);
    if (!fn) throw new Error(`No function ${id} in the catalog`);
    return fn;
  }

  /** Every function with its catalog id. */
  entries(): ReadonlyArray<readonly [FunctionId, IFunction]> {
    return [...this.byId.entries()];
  }

  private grantClient(client: SdkClient, fn: IFunction, role: Role, props: FunctionsProps): void {
    switch (client) {
      case 'dynamodb':
        props.table.grantReadWriteData(fn);
        acknowledgeWildcardResource(role, `${props.table.tableArn}/index/*`, "Queries go through the table's GSIs; the grant covers its own indexes only.");
        return;
      case 'sfn': {
        const names = WorkflowCatalog.map((w) => `${props.namePrefix}${w.name}`);
        const executions = names.map((name) => executionArnPattern(this, name));
        role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['states:StartExecution', 'states:ListExecutions', 'states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
            resources: names.map((name) => stateMachineArn(this, name)),
          }),
        );
        role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['states:DescribeExecution', 'states:StopExecution'],
            resources: executions,
          }),
        );
        for (const arn of executions) {
          acknowledgeWildcardResource(role, arn, 'Execution names are chosen at run time; the grant is limited to the executions of one state machine.');
        }
        return;
      }
      case 'eventbridge':
        props.eventBus.grantPutEventsTo(fn);
        return;
      case 'scheduler': {
        const schedules = scheduleArnPattern(this, props.scheduleGroup.scheduleGroupName);
        role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'],
            resources: [schedules],
          }),
        );
        acknowledgeWildcardResource(role, schedules, "One-time schedules are named per case at run time; the grant is limited to the stack's schedule group.");
        props.schedulerRole.grantPassRole(role);
        return;
      }
    }
  }
}
