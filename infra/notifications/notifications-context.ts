import { ArnFormat, Stack, TimeZone } from 'aws-cdk-lib';
import { EventBus, Match, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type Function as LambdaFn, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule as SchedulerSchedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { ConfigurationSet, EmailIdentity, EmailSendingEvent, EventDestination, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { DigestSchedule } from '../../shared/notifications/digest-schedule.js';
import { SesEventDetailTypes } from '../../shared/notifications/domain/email-events.js';
import { NotificationDetailTypePrefixes, NotificationSources } from '../../shared/notifications/effects/notification-event.js';
import { EnvNames } from '../../shared/platform/env-names.js';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { RouteSpec } from '../../shared/platform/http/routes.js';
import { acknowledgeWildcardResource } from '../acknowledge.js';
import type { Api } from '../platform/api.js';
import { catalogFunctions, type FunctionPlatform } from '../platform/catalog-function.js';

/** The context's functions: the digest, the inbox API, the notifier of material changes and the bounce handler. */
export const NotificationsFunctionIds = ['Digest', 'NotificationsApi', 'Notifier', 'EmailEvents'] as const satisfies readonly FunctionId[];

export interface NotificationsContextProps extends FunctionPlatform {
  readonly api: Api;
  /** The web app's address, for the links in messages. */
  readonly webUrl: string;
  /** The domain mail is sent from (an SES identity verified by its DKIM records), e.g. iop.example.org. */
  readonly mailFromDomain: string;
}

/**
 * The notifications context: people are told. Material case changes reach
 * the Notifier from the bus (an inbox item each, e-mail at once by choice);
 * the Digest runs at 07:00 Swedish time from EventBridge Scheduler; mail goes
 * out through SES v2 from the domain identity, in a configuration set whose
 * bounces and complaints come back on the default bus to EmailEvents.
 *
 * Bounces: SES's account-level suppression list already stops mail to an
 * address that bounced or complained (the configuration set asks for both);
 * EmailEvents also records the address in the table, so the product skips the
 * send and the person sees on their preferences that mail does not reach them.
 */
export class NotificationsContext extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly digest: IFunction;
  readonly routes: readonly RouteSpec[];
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: NotificationsContextProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, NotificationsFunctionIds, props);
    this.digest = this.functions.get('Digest')!;
    const notifier = this.functions.get('Notifier')!;
    const emailEvents = this.functions.get('EmailEvents')!;
    const inboxApi = this.functions.get('NotificationsApi')!;
    this.routes = props.api.addRoutesFor(new Map([['NotificationsApi', inboxApi]]));

    const stack = Stack.of(this);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: `${props.namePrefix}notifications`,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // SES publishes to the default bus only.
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.identity = new EmailIdentity(this, 'Identity', { identity: Identity.domain(props.mailFromDomain), configurationSet: this.configurationSet });

    const configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const environment: Record<string, string> = {
      [EnvNames.appBaseUrl]: props.webUrl,
      [EnvNames.emailFromAddress]: `"IOP-samverkan" <notiser@${props.mailFromDomain}>`,
      [EnvNames.sesConfigurationSet]: this.configurationSet.configurationSetName,
    };
    for (const fn of [this.digest, notifier, inboxApi]) {
      for (const [name, value] of Object.entries(environment)) (fn as LambdaFn).addEnvironment(name, value);
    }
    for (const fn of [this.digest, notifier]) {
      // SendEmail is authorised against the identity and the configuration set it names, nothing else.
      fn.addToRolePolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [this.identity.emailIdentityArn, configurationSetArn] }));
    }

    new Rule(this, 'CaseNotifications', {
      description: 'Material case changes: inbox items and e-mail at once',
      eventBus: props.eventBus,
      eventPattern: { source: [...NotificationSources], detailType: Match.anyOf(...NotificationDetailTypePrefixes.map((p) => Match.prefix(p))) },
      targets: [new LambdaFunction(notifier, { deadLetterQueue: props.monitoring.deadLetterQueue, retryAttempts: 8 })],
    });
    new Rule(this, 'EmailBounces', {
      description: 'SES bounces and complaints of the notifications configuration set',
      eventPattern: { source: ['aws.ses'], detailType: [SesEventDetailTypes.bounce, SesEventDetailTypes.complaint] },
      targets: [new LambdaFunction(emailEvents, { deadLetterQueue: props.monitoring.deadLetterQueue, retryAttempts: 8 })],
    });

    // 07:00 in Sweden all year: Scheduler keeps the time zone, a plain cron rule would drift an hour with summer time.
    const digestRole = new Role(this, 'DigestScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: 'EventBridge Scheduler invokes the daily digest',
    });
    new SchedulerSchedule(this, 'DigestDaily', {
      description: 'Daily digest of case changes, by each person’s choice',
      schedule: ScheduleExpression.cron({ minute: '0', hour: String(DigestSchedule.hour), timeZone: TimeZone.of(DigestSchedule.timeZone) }),
      target: new LambdaInvoke(this.digest, { role: digestRole, deadLetterQueue: props.monitoring.deadLetterQueue, retryAttempts: 2 }),
    });
    acknowledgeWildcardResource(
      digestRole,
      `${this.digest.functionArn}:*`,
      "CDK's invoke grant covers the function's versions and aliases; the schedule calls the function itself.",
    );
  }
}
