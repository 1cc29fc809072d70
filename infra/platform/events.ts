import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { EventBus, type IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal, type IRole } from 'aws-cdk-lib/aws-iam';
import { ScheduleGroup, type IScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import type { WorkflowName } from '../../shared/platform/workflows/catalog.js';
import { stateMachineArn } from '../arns.js';

export interface EventsProps {
  /** Prefix of every physical name, e.g. "iop-dev-". */
  readonly namePrefix: string;
}

/**
 * The domain event bus (with an archive for replay), the schedule group that
 * holds one-time schedules, and the role Scheduler assumes to start scheduled
 * workflows. Shared by every context: schedules created at run time name this
 * group and this role, so both outlive any one context's resources.
 */
export class Events extends Construct {
  readonly eventBus: IEventBus;
  readonly scheduleGroup: IScheduleGroup;
  readonly schedulerRole: IRole;
  private readonly namePrefix: string;
  private startStatement?: PolicyStatement;

  constructor(scope: Construct, id: string, props: EventsProps) {
    super(scope, id);
    this.namePrefix = props.namePrefix;

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

    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': bus.stack.account } },
      }),
      description: 'Assumed by EventBridge Scheduler to start scheduled workflow executions',
    });
  }

  /**
   * Lets Scheduler start the workflow; each context names the ones it
   * schedules. The ARN comes from the name, so the role needs no state machine.
   */
  allowScheduledStart(workflow: WorkflowName): void {
    const arn = stateMachineArn(this, `${this.namePrefix}${workflow}`);
    if (this.startStatement) {
      // One statement for all of them, as IAM shows it best.
      this.startStatement.addResources(arn);
      return;
    }
    this.startStatement = new PolicyStatement({ actions: ['states:StartExecution'], resources: [arn] });
    this.schedulerRole.addToPrincipalPolicy(this.startStatement);
  }
}
