import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SchedulerClient } from '@aws-sdk/client-scheduler';

/**
 * One client per service per process, made on first use so a handler only pays
 * for the clients it touches. Endpoints are never set here: the SDK reads the
 * standard AWS_ENDPOINT_URL_<SERVICE> variables, which is how the local runtime
 * points the same code at its embedded engines.
 */
const resets: (() => void)[] = [];

/**
 * A client made on first use and forgotten by resetAwsClients; a context's own clients are made with it too.
 * Marked free of side effects so a bundle drops the clients its handler never asks for.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(make: () => T): () => T {
  let instance: T | undefined;
  resets.push(() => (instance = undefined));
  return () => (instance ??= make());
}

/**
 * Forgets every client so the next call reads the environment again. Only the
 * local runtime needs this: a restart in one process gets new endpoint ports.
 */
export function resetAwsClients(): void {
  for (const reset of resets) reset();
}

export const dynamoClient = lazy(() => new DynamoDBClient({}));
export const sfnClient = lazy(() => new SFNClient({}));
export const eventBridgeClient = lazy(() => new EventBridgeClient({}));
export const schedulerClient = lazy(() => new SchedulerClient({}));
