import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
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
 * one encrypted alarm topic, and the alarms the contexts add for their
 * functions, state machines and metrics. The alarms live here, not in the
 * contexts, so they all publish to this one topic.
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

    this.alarmOn('DeadLetterQueueNotEmpty', queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }));
  }

  /** Alarms when a function reports any error in five minutes. */
  alarmOnFunction(id: string, fn: IFunction): void {
    this.alarmOn(`${id}Errors`, fn.metricErrors({ period: Duration.minutes(5) }));
  }

  /** Alarms when an execution of the state machine fails or times out. */
  alarmOnStateMachine(id: string, stateMachine: IStateMachine): void {
    this.alarmOn(`${id}ExecutionsFailed`, stateMachine.metricFailed({ period: Duration.minutes(5) }));
    this.alarmOn(`${id}ExecutionsTimedOut`, stateMachine.metricTimedOut({ period: Duration.minutes(5) }));
  }

  /** Alarms on the topic as soon as the metric reaches 1 in one period; no data is not a breach. */
  alarmOn(id: string, metric: IMetric): void {
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
