import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { RepairMetric } from '../../shared/platform/repair-metric.js';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { acknowledgeFinding } from '../acknowledge.js';

export interface MonitoringProps {
  /** E-mail address subscribed to the alarm topic; empty or absent means none. */
  readonly alarmEmail?: string;
}

/**
 * Where failures go and who hears about them: one dead-letter queue for every
 * asynchronous path (Lambda async invokes, EventBridge targets, SNS delivery),
 * one encrypted alarm topic, and alarms added per function and state machine.
 */
export class Monitoring extends Construct {
  readonly deadLetterQueue: IQueue;
  readonly alarmTopic: ITopic;

  constructor(scope: Construct, id: string, props: MonitoringProps = {}) {
    super(scope, id);

    const queue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    // It is the end of the line: a dead-letter queue has no dead-letter queue of its own.
    acknowledgeFinding(queue, 'Serverless-SQSRedrivePolicy', 'This queue is the dead-letter queue of the stack.');
    this.deadLetterQueue = queue;

    // A customer-managed key, because CloudWatch alarms cannot publish to a
    // topic encrypted with the AWS managed SNS key.
    const key = new Key(this, 'AlarmTopicKey', {
      enableKeyRotation: true,
      description: 'Encrypts the alarm topic',
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true });
    if (props.alarmEmail) {
      topic.addSubscription(new EmailSubscription(props.alarmEmail, { deadLetterQueue: queue }));
    }
    this.alarmTopic = topic;

    this.addAlarm('DeadLetterQueueNotEmpty', queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }));
  }

  /**
   * Alarms when the reconciler repaired anything: in normal operation effects
   * run from the stream and it finds nothing, so a repair means one was lost.
   */
  alarmOnRepairs(): void {
    for (const kind of ['iop', 'match']) {
      this.addAlarm(
        `ReconcilerRepairs${kind === 'iop' ? 'Iop' : 'Match'}`,
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

  /** Alarms when a function reports any error in five minutes. */
  alarmOnFunction(id: string, fn: IFunction): void {
    this.addAlarm(`${id}Errors`, fn.metricErrors({ period: Duration.minutes(5) }));
  }

  /** Alarms when an execution of the state machine fails or times out. */
  alarmOnStateMachine(id: string, stateMachine: IStateMachine): void {
    this.addAlarm(`${id}ExecutionsFailed`, stateMachine.metricFailed({ period: Duration.minutes(5) }));
    this.addAlarm(`${id}ExecutionsTimedOut`, stateMachine.metricTimedOut({ period: Duration.minutes(5) }));
  }

  /** Invokes the function every hour (the reconciler's safety net), failed deliveries to the DLQ. */
  invokeHourly(id: string, fn: IFunction): Rule {
    return new Rule(this, id, {
      description: 'Hourly reconciliation of open cases with their executions',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(fn, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 2 })],
    });
  }

  /**
   * Invokes the function once a day at 05:00 UTC (the notification digest):
   * early enough to be read at the start of the Swedish working day all year.
   */
  invokeDaily(id: string, fn: IFunction): Rule {
    return new Rule(this, id, {
      description: 'Daily digest of non-material case changes',
      schedule: Schedule.cron({ minute: '0', hour: '5' }),
      targets: [new LambdaFunction(fn, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 2 })],
    });
  }

  private addAlarm(id: string, metric: IMetric): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
  }
}
