import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { catalogFunctions, type FunctionPlatform } from '../platform/catalog-function.js';

export type NotificationsContextProps = FunctionPlatform;

/**
 * The notifications context: the daily Digest of non-material timeline
 * entries, one event per organisation, across IOP and match cases. It has
 * no routes and no state machines, only its schedule.
 */
export class NotificationsContext extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly digest: IFunction;

  constructor(scope: Construct, id: string, props: NotificationsContextProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, ['Digest'], props);
    this.digest = this.functions.get('Digest')!;

    // 05:00 UTC: early enough to be read at the start of the Swedish working day all year.
    new Rule(this, 'DigestDaily', {
      description: 'Daily digest of non-material case changes',
      schedule: Schedule.cron({ minute: '0', hour: '5' }),
      targets: [new LambdaFunction(this.digest, { deadLetterQueue: props.monitoring.deadLetterQueue, retryAttempts: 2 })],
    });
  }
}
