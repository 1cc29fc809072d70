import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resetAwsClients } from '../../shared/platform/aws-clients.js';
import { createLogger } from '../../shared/platform/logger.js';
import { EnvNames } from '../../shared/platform/env-names.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '../engines/dynamodb/local-dynamodb.js';
import { startStreamPoller, type StreamPoller } from '../engines/streams/local-stream-poller.js';
import { EffectsStreamFilters } from '../../shared/platform/outbox/effects-stream-filter.js';
import { startLocalAws, type LocalAws } from '../engines/aws-endpoint/local-aws.js';
import { loadWorkflowCatalog } from '../engines/stepfunctions/workflow-loader.js';
import { LocalTokenAuthority, type TokenRequest } from '../engines/auth/local-token-authority.js';
import { startLocalApi, type LocalApi } from '../engines/api/local-api-server.js';
import { createLocalLambdaInvoker, repositoryRoot, type LocalLambdaInvoker } from '../engines/lambda/local-lambda-invoker.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { LocalSignInUsers } from '../engines/auth/local-sign-in-users.js';
import { createDevRoutes } from './dev-routes.js';
import { createStaticFiles } from './static-files.js';
import { localFunctionEnvironment, LOCAL_NAME_PREFIX } from './local-environment.js';
import { localPlugins } from './local-plugins.js';
import { startDailyTimer, type DailyTimer } from './daily-timer.js';
import { EffectsRetryAttempts } from '../../shared/platform/outbox/effects-retry.js';
import type { DemoUser } from './demo-users.js';
import { DigestSchedule } from '../../shared/notifications/digest-schedule.js';

export interface LocalRuntimeOptions {
  /** Port of the API; 0 picks a free one. Defaults to PORT or 3000. */
  readonly port?: number;
  readonly host?: string;
  /** Folder for data that survives a restart (its own DynamoDB Local on disk under dataPath/dynamodb); in memory when undefined. */
  readonly dataPath?: string;
  /**
   * An already-running DynamoDB Local to keep the table in when there is no dataPath
   * (tests share one engine this way). Defaults to LOCAL_DYNAMODB_ENDPOINT; when
   * neither is set, the runtime starts its own in-memory DynamoDB Local.
   */
  readonly dynamoEndpoint?: string;
  /**
   * The table's name (TABLE_NAME of every handler). Defaults to the local name, or,
   * in a shared engine, to that name with a suffix unique to this runtime.
   */
  readonly tableName?: string;
  /** Seed demo organisations, users and cases into an empty store (default true). */
  readonly seed?: boolean;
  /** Build and serve the web app at / (default true when web/build.ts exists). */
  readonly web?: boolean;
}

export interface LocalRuntime {
  readonly url: string;
  readonly aws: LocalAws;
  readonly invoker: LocalLambdaInvoker;
  readonly tokens: LocalTokenAuthority;
  readonly dynamo: LocalDynamoDb;
  /** The table stream's event source mapping to the Effects function. */
  readonly effects: StreamPoller;
  readonly dataPath: string | undefined;
  /** Nothing under way: no execution between states, no event or stream record waiting. */
  isIdle(): boolean;
  /** A bearer token for the given person, as POST /dev/token mints it. */
  token(request: TokenRequest): Promise<string>;
  stop(): Promise<void>;
}

const logger = createLogger({ component: 'local-runtime' });
/** Tables this process has made in a shared engine, for unique names. */
let sharedTables = 0;

/**
 * The whole product on one machine: DynamoDB Local for DynamoDB, the local Step
 * Functions / Scheduler / EventBridge engines, and the local API in front of
 * the same Lambda handlers and state machine definitions that CDK deploys.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const dataPath = options.dataPath ? resolve(options.dataPath) : undefined;
  // Data that must survive a restart lives in an engine of its own; otherwise a shared one may hold the table.
  const dynamoEndpoint = dataPath ? undefined : (options.dynamoEndpoint ?? (process.env.LOCAL_DYNAMODB_ENDPOINT || undefined));
  const env = localFunctionEnvironment();
  env[EnvNames.tableName] =
    options.tableName ??
    (dynamoEndpoint ? `${env[EnvNames.tableName]}-${process.pid}-${++sharedTables}-${randomUUID().slice(0, 8)}` : env[EnvNames.tableName]!);
  Object.assign(process.env, env);
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';

  let dynamo: LocalDynamoDb | undefined;
  let aws: LocalAws | undefined;
  let api: LocalApi | undefined;
  let digest: DailyTimer | undefined;
  let closing: DailyTimer | undefined;
  let effects: StreamPoller | undefined;
  try {
    dynamo = await startLocalDynamoDb({ path: dataPath && join(dataPath, 'dynamodb'), tableName: env[EnvNames.tableName]!, endpoint: dynamoEndpoint });
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.url;

    const invoker = createLocalLambdaInvoker();
    const invokeFunction = (id: string, payload: unknown) => invoker.invoke(id as FunctionId, payload);
    aws = await startLocalAws({ invokeFunction, dataDir: dataPath });
    Object.assign(process.env, aws.env);
    resetAwsClients();

    // The event source mapping of AWS: the same filter, batches and retry rules, the same handler.
    const localDynamo = dynamo;
    effects = startStreamPoller({
      endpoint: dynamo.url,
      streamArn: dynamo.streamArn,
      region: process.env.AWS_REGION ?? 'eu-north-1',
      filters: EffectsStreamFilters,
      invoke: (event) => invoker.invoke('Effects', event) as Promise<{ batchItemFailures?: { itemIdentifier: string }[] }>,
      writes: () => tableWrites(localDynamo),
      maxAttempts: EffectsRetryAttempts + 1,
      checkpointFile: dataPath && join(dataPath, 'effects-stream.json'),
    });
    aws.clock.addActivitySource(effects);

    const workflows = loadWorkflowCatalog(aws.stepFunctions, { rootDir: repositoryRoot, namePrefix: LOCAL_NAME_PREFIX });
    if (workflows.missing.length) logger.warn('workflow definitions missing', { missing: workflows.missing });

    const plugins = await localPlugins();
    for (const rule of plugins.eventRules) aws.eventBridge.addRule(rule.pattern, rule.functionId);

    const port = options.port ?? Number(process.env.PORT ?? 3000);
    const tokens = await LocalTokenAuthority.create(`http://localhost:${port}/dev`, dataPath);
    const webRoot = join(repositoryRoot, 'web', 'dist');
    const webBuilder = join(repositoryRoot, 'web', 'build.ts');
    const serveWeb = options.web ?? true;
    if (serveWeb && existsSync(webBuilder)) {
      const { buildWeb } = (await import(pathToFileURL(webBuilder).href)) as { buildWeb: (o: { outdir: string; minify: boolean }) => Promise<unknown> };
      await buildWeb({ outdir: webRoot, minify: true });
    }
    // The people the sign-in page offers: the demo users, and whoever an administrator invites (the local user store).
    const signInUsers = new LocalSignInUsers(plugins.demoUsers);
    const demoUsers = (): Promise<readonly DemoUser[]> => signInUsers.list();
    api = await startLocalApi({
      port,
      host: options.host,
      tokens,
      invoke: (id, event) => invoker.invoke(id, event),
      devRoutes: createDevRoutes({ tokens, aws, demoUsers }),
      staticFiles: serveWeb ? createStaticFiles(webRoot, { '/config.json': () => ({ auth: 'local', apiUrl: '' }) }) : undefined,
    });

    // Links in messages point at this runtime's web app.
    process.env[EnvNames.appBaseUrl] = api.url;

    await invoker.warmUp();
    for (const write of plugins.referenceData) await write();
    await signInUsers.seed(aws.clock.now());
    if (options.seed ?? true) for (const seed of plugins.seeders) await seed();
    // Resume every open case whose stage execution did not survive the last stop.
    await invoker.invoke('Reconciler', { startup: true });
    // The daily schedule of AWS (07:00 Stockholm time), on the virtual clock: POST /dev/clock P7D sends seven digests.
    // A day on which nothing was written to the table has nothing to digest, so the
    // invocation is skipped: "advance P5Y" would otherwise run 1,800 empty digests.
    let writesAfterDigest = -1;
    digest = startDailyTimer(aws.clock, {
      hour: DigestSchedule.hour,
      timeZone: DigestSchedule.timeZone,
      label: 'daily digest',
      run: async () => {
        if (tableWrites(localDynamo) === writesAfterDigest) return;
        await invoker.invoke('Digest', {});
        writesAfterDigest = tableWrites(localDynamo);
      },
    });

    // The daily ClosePastDeadline rule of AWS: notices past their deadline lose their stored matches.
    const { ClosePastDeadline } = await import('../../shared/procurement/effects/close-past-deadline-schedule.js');
    // As for the digest, a day is skipped when nothing was written and no open notice's deadline has come.
    const virtualClock = aws.clock;
    const clockNow = () => virtualClock.now().getTime();
    let writesAfterClosing = -1;
    let nextDeadline = Number.POSITIVE_INFINITY;
    closing = startDailyTimer(aws.clock, {
      hourUtc: ClosePastDeadline.hourUtc,
      label: 'close notices past their deadline',
      run: async () => {
        if (tableWrites(localDynamo) === writesAfterClosing && clockNow() < nextDeadline) return;
        const out = (await invoker.invoke('ProcurementTasks', ClosePastDeadline.event)) as { nextDeadline?: string };
        nextDeadline = out.nextDeadline ? Date.parse(out.nextDeadline) : Number.POSITIVE_INFINITY;
        writesAfterClosing = tableWrites(localDynamo);
      },
    });

    const started = { dynamo, aws, api, digest, closing, effects };
    return {
      url: api.url,
      aws,
      invoker,
      tokens,
      dynamo,
      effects,
      dataPath,
      isIdle: () => started.effects.isIdle() && started.aws.stepFunctions.isIdle() && started.aws.eventBridge.isIdle(),
      token: (request) => tokens.mint(request),
      async stop() {
        started.digest.stop();
        started.closing.stop();
        // Every engine is stopped even when one before it fails: no java is left running.
        const stops = [() => started.api.close(), () => started.effects.stop(), () => started.aws.close(), () => started.dynamo.close()];
        let failure: unknown;
        for (const stop of stops) await stop().catch((error: unknown) => (failure ??= error));
        if (failure) throw failure;
      },
    };
  } catch (error) {
    digest?.stop();
    closing?.stop();
    await api?.close().catch(() => undefined);
    await effects?.stop().catch(() => undefined);
    await aws?.close().catch(() => undefined);
    await dynamo?.close().catch(() => undefined);
    throw error;
  }
}

const WriteOperations = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'];

function tableWrites(dynamo: LocalDynamoDb): number {
  const counts = dynamo.requestCounts();
  return WriteOperations.reduce((n, op) => n + (counts[op] ?? 0), 0);
}
