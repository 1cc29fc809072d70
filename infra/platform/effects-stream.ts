import { Duration } from 'aws-cdk-lib';
import { EventSourceMapping, FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { EffectsRetryAttempts } from '../../shared/platform/outbox/effects-retry.js';
import { EffectsStreamFilters } from '../../shared/platform/outbox/effects-stream-filter.js';
import { keepLogicalIds, LegacyPaths } from '../logical-ids.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { catalogFunctions, type FunctionPlatform } from './catalog-function.js';

export type EffectsStreamProps = FunctionPlatform;

/**
 * The transactional outbox's delivery, shared by every context: the Effects
 * function runs the effects of committed changes (callbacks, schedules,
 * notifications) of IOP and match cases alike, fed by a DynamoDB Streams
 * event source mapping that selects only new event items carrying effects.
 * Failures split the batch (bisect), are retried a bounded number of times
 * from the first failed record (partial batch responses), and end on the
 * dead-letter queue, never silently.
 */
export class EffectsStream extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly function: IFunction;

  constructor(scope: Construct, id: string, props: EffectsStreamProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, ['Effects'], props);
    const effects = this.functions.get('Effects')!;
    effects.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(0),
        bisectBatchOnError: true,
        retryAttempts: EffectsRetryAttempts,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        parallelizationFactor: 1,
        onFailure: new SqsDlq(props.monitoring.deadLetterQueue),
        // The pattern is already in Lambda's filter syntax (leaves are arrays of allowed values).
        filters: EffectsStreamFilters.map((pattern) => FilterCriteria.filter(pattern as unknown as Record<string, unknown>)),
      }),
    );
    // A new mapping would start again at the trim horizon and rerun a day of effects.
    const mapping = effects.node.children.find((c): c is EventSourceMapping => c instanceof EventSourceMapping);
    if (!mapping) throw new Error('The DynamoDB event source created no mapping');
    keepLogicalIds(mapping, [...LegacyPaths.function('Effects'), 'Function', mapping.node.id]);
    this.function = effects;
  }
}
