import { join } from 'node:path';
import { VirtualClock } from '../clock/virtual-clock.js';
import { LocalEventBridge } from '../eventbridge/local-event-bridge.js';
import { LocalScheduler } from '../scheduler/local-scheduler.js';
import { LocalStepFunctions, type InvokeFunction } from '../stepfunctions/local-step-functions.js';
import { LocalSes } from '../ses/local-ses.js';
import { startLocalAwsEndpoint, type LocalAwsEndpoint } from './local-aws-endpoint.js';

/**
 * The whole local AWS in one call: virtual clock, Step Functions, Scheduler,
 * EventBridge, SES and the HTTP endpoint, wired to each other. `env` holds the
 * standard endpoint variables to put on process.env for the SDK clients.
 */
export interface LocalAwsOptions {
  readonly invokeFunction: InvokeFunction;
  readonly region?: string;
  /** Persists schedules, the EventBridge outbox and the clock offset; in memory when absent. */
  readonly dataDir?: string;
  readonly port?: number;
}

export interface LocalAws {
  readonly clock: VirtualClock;
  readonly stepFunctions: LocalStepFunctions;
  readonly scheduler: LocalScheduler;
  readonly eventBridge: LocalEventBridge;
  readonly ses: LocalSes;
  readonly endpoint: LocalAwsEndpoint;
  readonly env: Readonly<Record<'AWS_ENDPOINT_URL_SFN' | 'AWS_ENDPOINT_URL_SCHEDULER' | 'AWS_ENDPOINT_URL_EVENTBRIDGE' | 'AWS_ENDPOINT_URL_SESV2', string>>;
  close(): Promise<void>;
}

export async function startLocalAws(options: LocalAwsOptions): Promise<LocalAws> {
  const region = options.region ?? 'eu-north-1';
  const clock = new VirtualClock(options.dataDir ? { stateFile: join(options.dataDir, 'clock.json') } : {});
  const stepFunctions = new LocalStepFunctions({ clock, invokeFunction: options.invokeFunction, region });
  const scheduler = new LocalScheduler({
    clock,
    region,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    targets: {
      startExecution: (stateMachineArn, input) => stepFunctions.startExecution({ stateMachineArn, input }),
      invokeFunction: options.invokeFunction,
    },
  });
  const eventBridge = new LocalEventBridge({
    clock,
    region,
    invokeFunction: options.invokeFunction,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const ses = new LocalSes({ clock, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  const endpoint = await startLocalAwsEndpoint({
    stepFunctions,
    scheduler,
    eventBridge,
    ses,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    clock,
    stepFunctions,
    scheduler,
    eventBridge,
    ses,
    endpoint,
    env: {
      AWS_ENDPOINT_URL_SFN: endpoint.url,
      AWS_ENDPOINT_URL_SCHEDULER: endpoint.url,
      AWS_ENDPOINT_URL_EVENTBRIDGE: endpoint.url,
      AWS_ENDPOINT_URL_SESV2: endpoint.url,
    },
    async close() {
      scheduler.close();
      await stepFunctions.shutdown();
      await eventBridge.drain();
      await endpoint.close();
      clock.close();
    },
  };
}
