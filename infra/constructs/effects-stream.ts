import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EffectsRetryAttempts } from '../../shared/platform/outbox/effects-retry.js';
import { EffectsStreamFilters } from '../../shared/platform/outbox/effects-stream-filter.js';

export interface EffectsStreamProps {
  readonly table: ITableV2;
  /** The Effects function (the outbox consumer). */
  readonly consumer: IFunction;
  /** Records that fail every retry are described here, and the queue's alarm fires. */
  readonly deadLetterQueue: IQueue;
}

/**
 * The transactional outbox's delivery: a DynamoDB Streams event source
 * mapping from the table to the Effects function, selecting only new event
 * items that carry effects. Failures split the batch (bisect), are retried a
 * bounded number of times from the first failed record (partial batch
 * responses), and end on the dead-letter queue, never silently.
 */
export class EffectsStream extends Construct {
  constructor(scope: Construct, id: string, props: EffectsStreamProps) {
    super(scope, id);
    props.consumer.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(0),
        bisectBatchOnError: true,
        retryAttempts: EffectsRetryAttempts,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        parallelizationFactor: 1,
        onFailure: new SqsDlq(props.deadLetterQueue),
        // The pattern is already in Lambda's filter syntax (leaves are arrays of allowed values).
        filters: EffectsStreamFilters.map((pattern) => FilterCriteria.filter(pattern as unknown as Record<string, unknown>)),
      }),
    );
  }
}
