import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import { RepairMetric } from '../../shared/platform/repair-metric.js';
import { catalogFunctions, type FunctionPlatform } from './catalog-function.js';

export type ReconcilerProps = FunctionPlatform;

/** Kinds of case the reconciler repairs, as its metric's dimension names them, with the alarm id suffix. */
const RepairKinds = [
  ['iop', 'Iop'],
  ['match', 'Match'],
] as const;

/**
 * The outbox's safety net, shared by every context: once an hour the
 * Reconciler resumes every open case (IOP and match alike) whose stage
 * execution is no longer running. In normal operation effects run from the
 * stream and it finds nothing, so any repair raises an alarm: one was lost.
 */
export class Reconciler extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly function: IFunction;

  constructor(scope: Construct, id: string, props: ReconcilerProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, ['Reconciler'], props);
    this.function = this.functions.get('Reconciler')!;

    new Rule(this, 'ReconcileHourly', {
      description: 'Hourly reconciliation of open cases with their executions',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(this.function, { deadLetterQueue: props.monitoring.deadLetterQueue, retryAttempts: 2 })],
    });
    for (const [kind, suffix] of RepairKinds) {
      props.monitoring.alarmOn(
        `ReconcilerRepairs${suffix}`,
        new Metric({
          namespace: RepairMetric.namespace,
          metricName: RepairMetric.name,
          dimensionsMap: { [RepairMetric.dimension]: kind },
          statistic: 'Sum',
          period: Duration.hours(1),
        }),
      );
    }
  }
}
