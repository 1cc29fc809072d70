import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { EventBus, Rule, type IEventBus } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ScheduleGroup, type IScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { WorkflowName } from '../../shared/platform/workflows/catalog.js';
import { stateMachineArn } from '../arns.js';

/** Workflows that EventBridge Scheduler starts at a future date (annual reviews, match case follow-ups). */
export const ScheduledWorkflows = ['iop-review', 'match-case'] as const satisfies readonly WorkflowName[];

/** Domain events that change who a notice reaches, so the match index is rebuilt. */
export const MatchIndexingDetailTypes = ['NoticeChanged', 'ProfileChanged'] as const;

export interface EventsProps {
  /** Prefix of every physical name, e.g. "iop-dev-". */
  readonly namePrefix: string;
  /** Failed rule deliveries land here. */
  readonly deadLetterQueue: IQueue;
}

/**
 * The domain event bus (with an archive for replay), the schedule group that
 * holds one-time schedules, and the role Scheduler assumes to start the
 * scheduled workflows.
 */
export class Events extends Construct {
  readonly eventBus: IEventBus;
  readonly scheduleGroup: IScheduleGroup;
  readonly schedulerRole: IRole;
  private readonly deadLetterQueue: IQueue;

  constructor(scope: Construct, id: string, props: EventsProps) {
    super(scope, id);
    this.deadLetterQueue = props.deadLetterQueue;

    const bus = new EventBus(this, 'DomainEvents', { eventBusName: `${props.namePrefix}domain-events` });
    bus.archive('Archive', {
      description: 'Every domain event, for replay after a fault',
      eventPattern: { account: [bus.stack.account] },
      retention: Duration.days(365),
    });
    this.eventBus = bus;

    this.scheduleGroup = new ScheduleGroup(this, 'Schedules', {
      scheduleGroupName: `${props.namePrefix}schedules`,
      // Pending schedules are state: they start next year's review.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Built from the explicit state machine names, so the role exists before the state machines.
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': bus.stack.account } },
      }),
      description: 'Assumed by EventBridge Scheduler to start scheduled workflow executions',
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['states:StartExecution'],
        resources: ScheduledWorkflows.map((name) => stateMachineArn(this, `${props.namePrefix}${name}`)),
      }),
    );
    this.schedulerRole = role;
  }

  /** Routes procurement events that change the match index to the given function. */
  routeMatchIndexing(fn: IFunction): Rule {
    return new Rule(this, 'MatchIndexing', {
      eventBus: this.eventBus,
      description: 'Rebuilds procurement matches when a notice or a bidder profile changes',
      eventPattern: { detailType: [...MatchIndexingDetailTypes] },
      targets: [new LambdaFunction(fn, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 4 })],
    });
  }
}
