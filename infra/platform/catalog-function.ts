import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing, type Code, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { EnvNames } from '../../shared/platform/env-names.js';
import { functionSpec, type FunctionId, type FunctionSpec, type SdkClient } from '../../shared/platform/function-catalog.js';
import { WorkflowCatalog } from '../../shared/platform/workflows/catalog.js';
import { acknowledgeFinding, acknowledgeWildcardResource } from '../acknowledge.js';
import { executionArnPattern, scheduleArnPattern, stateMachineArn } from '../arns.js';
import { keepLogicalIds, LegacyPaths } from '../logical-ids.js';
import { RepoRoot } from '../repo-root.js';
import { LambdaBundling } from './lambda-bundling.js';
import type { Monitoring } from './monitoring.js';

/** The CDK form of LambdaBundling (the settings the bundle benchmark and test use too). */
export const BundlingDefaults = {
  format: OutputFormat.ESM,
  target: LambdaBundling.target,
  minify: LambdaBundling.minify,
  sourceMap: LambdaBundling.sourcemap,
  sourcesContent: LambdaBundling.sourcesContent,
  externalModules: [],
  mainFields: [...LambdaBundling.mainFields],
  banner: LambdaBundling.banner,
  forceDockerBundling: false,
} as const satisfies BundlingOptions;

/** Copies the files a function reads at run time (its catalog assets) beside its bundle. */
function assetCopy(assets: readonly string[]): ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => assets.map((asset) => `cp "${path.join(inputDir, asset)}" "${outputDir}/"`),
  };
}

/**
 * What every catalog function is wired to, whichever context owns it: the
 * platform's table, bus, schedules and failure handling, and the stage's
 * settings. The stack builds it once and hands it to each context.
 */
export interface FunctionPlatform {
  /** Prefix of every physical name, e.g. "iop-dev-". */
  readonly namePrefix: string;
  readonly table: ITableV2;
  readonly eventBus: IEventBus;
  readonly scheduleGroup: IScheduleGroup;
  /** The role one-time schedules run as (passed to Scheduler). */
  readonly schedulerRole: IRole;
  /** Failed asynchronous invocations go to its dead-letter queue; errors raise its alarms. */
  readonly monitoring: Monitoring;
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

export interface CatalogFunctionProps extends FunctionPlatform {
  readonly functionId: FunctionId;
}

/**
 * One Lambda function of the catalog with its own role, log group, environment,
 * error alarm and exactly the grants its SDK clients need.
 */
export class CatalogFunction extends Construct {
  readonly function: IFunction;
  readonly spec: FunctionSpec;

  constructor(scope: Construct, id: string, props: CatalogFunctionProps) {
    super(scope, id);
    const spec = functionSpec(props.functionId);
    this.spec = spec;
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of the managed AWSLambdaBasicExecutionRole: it may write to its log group only.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${spec.id}`,
    });
    logGroup.grantWrite(role);

    const code = props.codeFor?.(spec);
    const fn = new NodejsFunction(this, 'Function', {
      description: spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      deadLetterQueue: props.monitoring.deadLetterQueue,
      environment: { ...environmentOf(this, props), NODE_OPTIONS: '--enable-source-maps' },
      ...(code
        ? { code, handler: 'index.handler' }
        : {
            entry: path.join(RepoRoot, spec.entry),
            projectRoot: RepoRoot,
            depsLockFilePath: path.join(RepoRoot, 'package-lock.json'),
            bundling: {
              ...BundlingDefaults,
              externalModules: [...BundlingDefaults.externalModules],
              mainFields: [...BundlingDefaults.mainFields],
              commandHooks: assetCopy(spec.assets ?? []),
            },
          }),
    });
    acknowledgeFinding(role, 'AwsSolutions-IAM5[Resource::*]', 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions.');
    for (const client of spec.sdkClients) this.grantClient(client, fn, role, props);
    // Before anyone resolves a reference to it (see LegacyPaths for why).
    keepLogicalIds(this, LegacyPaths.function(props.functionId));
    props.monitoring.alarmOnFunction(spec.id, fn);
    this.function = fn;
  }

  private grantClient(client: SdkClient, fn: IFunction, role: Role, props: CatalogFunctionProps): void {
    switch (client) {
      case 'dynamodb':
        props.table.grantReadWriteData(fn);
        acknowledgeWildcardResource(role, `${props.table.tableArn}/index/*`, "Queries go through the table's GSIs; the grant covers its own indexes only.");
        return;
      case 'sfn': {
        // Every workflow of the catalog, as before the split per context: narrowing it is a change of its own.
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
      case 'sesv2':
      case 'cognito':
        // Scoped to resources the platform does not hold (the sending identity and
        // configuration set, the user pool): the context that uses them (infra/notifications,
        // infra/admin) grants exactly its actions.
        return;
    }
  }
}

/** The catalog functions of one context, by id; each construct is named after its catalog id. */
export function catalogFunctions(scope: Construct, ids: readonly FunctionId[], props: FunctionPlatform): ReadonlyMap<FunctionId, IFunction> {
  return new Map(ids.map((functionId) => [functionId, new CatalogFunction(scope, functionId, { ...props, functionId }).function] as const));
}

/** Every function gets the same environment: the handlers share one config reader. */
function environmentOf(scope: Construct, props: FunctionPlatform): Record<string, string> {
  return {
    [EnvNames.tableName]: props.table.tableName,
    [EnvNames.eventBusName]: props.eventBus.eventBusName,
    [EnvNames.stateMachineArnPrefix]: stateMachineArn(scope, props.namePrefix),
    [EnvNames.scheduleGroupName]: props.scheduleGroup.scheduleGroupName,
    [EnvNames.schedulerRoleArn]: props.schedulerRole.roleArn,
    [EnvNames.iopMaxTermMonths]: String(props.maxTermMonths),
    [EnvNames.logLevel]: props.logLevel ?? 'INFO',
  };
}
