import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Code, IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { FunctionCatalog, type FunctionId, type FunctionSpec } from '../shared/platform/function-catalog.js';
import { routeKeyOf } from '../shared/platform/http/routes.js';
import { WorkflowCatalog, type WorkflowName, type WorkflowSpec } from '../shared/platform/workflows/catalog.js';
import { checkWebCallbackUrls, namePrefixOf, type StackConfig } from './config.js';
import { AdminContext } from './admin/admin-context.js';
import { ReportingContext } from './reporting/reporting-context.js';
import { IopContext } from './iop/iop-context.js';
import { NotificationsContext } from './notifications/notifications-context.js';
import { Api } from './platform/api.js';
import { Auth } from './platform/auth.js';
import type { FunctionPlatform } from './platform/catalog-function.js';
import type { CatalogWorkflows } from './platform/catalog-workflow.js';
import { Database } from './platform/database.js';
import { EffectsStream } from './platform/effects-stream.js';
import { Events } from './platform/events.js';
import { Monitoring } from './platform/monitoring.js';
import { Reconciler } from './platform/reconciler.js';
import { WafRateLimits } from './platform/request-limits.js';
import { SystemApi } from './platform/system-api.js';
import { WebFirewall } from './platform/waf.js';
import { Web } from './platform/web.js';
import { ProcurementContext } from './procurement/procurement-context.js';

export interface IopWorkflowsStackProps extends StackProps {
  readonly config: StackConfig;
  /** Seam for tests: stub code instead of bundling the handler entries. */
  readonly codeFor?: (spec: FunctionSpec) => Code | undefined;
  /** Seam for tests: stand-in ASL instead of workflows/<name>.asl.json. */
  readonly definitionFor?: (spec: WorkflowSpec) => string | undefined;
  /** Seam for tests: the built web app's folder (default web/dist, or a placeholder page). */
  readonly webAssetDir?: string;
  /**
   * The CLOUDFRONT-scoped web ACL of infra/edge-stack.ts (us-east-1), given
   * exactly when `config.waf` is on: a cross-region reference, for which
   * createStacks sets `crossRegionReferences: true` on both stacks.
   */
  readonly cloudFrontWebAclArn?: string;
}

/** A construct that deploys catalog functions (and maybe state machines); the stack checks them against the catalogs. */
export interface CatalogOwner {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly workflows?: CatalogWorkflows;
}

/**
 * The whole product in one stack. The platform comes first: table, bus and
 * schedules, failure handling, web hosting, sign-in and the HTTP API, plus
 * the cross-context functions (outbox delivery and its reconciler, the API's
 * own routes). Then each bounded context receives what it needs by props and
 * grants itself access: IOP, procurement, notifications.
 *
 * Platform constructs keep their ids at the top of the stack, so stateful
 * resources keep their logical ids; functions and state machines keep theirs
 * wherever they now sit (infra/logical-ids.ts). State machine ARNs are derived
 * from names, so functions never wait for them.
 *
 * The web app's distribution comes before sign-in and the API: its URL is a
 * Cognito callback URL. It then serves the API under /api/* (so the web ACL
 * guards both, and the app needs no CORS), and the app is published with a
 * config.json naming the user pool client and that API URL.
 *
 * With `config.waf`, AWS WAF guards the distribution (web ACL from the edge
 * stack; HTTP APIs cannot have one of their own) and the user pool (a
 * REGIONAL web ACL here). Only the dev stage may name localhost origins.
 */
export class IopWorkflowsStack extends Stack {
  readonly database: Database;
  readonly monitoring: Monitoring;
  readonly events: Events;
  readonly web: Web;
  readonly auth: Auth;
  readonly api: Api;
  /** The user pool's REGIONAL web ACL, when WAF is on. */
  readonly userPoolFirewall: WebFirewall | undefined;
  readonly effectsStream: EffectsStream;
  readonly reconciler: Reconciler;
  readonly systemApi: SystemApi;
  readonly iop: IopContext;
  readonly procurement: ProcurementContext;
  readonly notifications: NotificationsContext;
  readonly admin: AdminContext;
  readonly reporting: ReportingContext;
  /** Every catalog function, whichever construct owns it. */
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  /** Every deployed state machine, whichever context owns it. */
  readonly stateMachines: ReadonlyMap<WorkflowName, IStateMachine>;
  /** Catalog workflows not deployed because their definition does not exist yet. */
  readonly skippedWorkflows: readonly WorkflowName[];

  constructor(scope: Construct, id: string, props: IopWorkflowsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const namePrefix = namePrefixOf(config.stage);
    // Also here, not only when reading the context: a hand-built config must not slip localhost into prod.
    checkWebCallbackUrls(config.stage, config.webCallbackUrls);
    if (config.waf !== (props.cloudFrontWebAclArn !== undefined)) {
      throw new Error(`WAF is ${config.waf ? 'on' : 'off'} but a CloudFront web ACL was ${config.waf ? 'not ' : ''}given (see createStacks)`);
    }

    // The platform.
    this.database = new Database(this, 'Database');
    this.monitoring = new Monitoring(this, 'Monitoring', { alarmEmail: config.alarmEmail });
    this.events = new Events(this, 'Events', { namePrefix });
    this.web = new Web(this, 'Web', {
      ...(props.webAssetDir ? { assetDir: props.webAssetDir } : {}),
      ...(props.cloudFrontWebAclArn ? { webAclArn: props.cloudFrontWebAclArn } : {}),
    });
    // The web app finishes Cognito's redirect on its /auth/callback route.
    const webCallbackUrl = `${this.web.url}/auth/callback`;
    this.auth = new Auth(this, 'Auth', {
      namePrefix,
      callbackUrls: [webCallbackUrl, ...config.webCallbackUrls],
      logoutUrls: [`${this.web.url}/`, ...originsOf(config.webCallbackUrls).map((origin) => `${origin}/`)],
    });
    this.userPoolFirewall = config.waf ? this.protectUserPool(namePrefix) : undefined;
    this.api = new Api(this, 'Api', {
      jwtIssuer: this.auth.issuerUrl,
      jwtAudience: [this.auth.userPoolClient.userPoolClientId],
      // Not the distribution's own origin: the app calls /api/* same-origin, and
      // naming it would be a cycle (the distribution's API origin is this API).
      allowedOrigins: originsOf(config.webCallbackUrls),
    });
    const webApiUrl = this.web.addApi(this.api.httpApi);
    this.web.publish({
      authority: this.auth.issuerUrl,
      clientId: this.auth.userPoolClient.userPoolClientId,
      redirectUri: webCallbackUrl,
      apiUrl: webApiUrl,
    });

    // What every function is wired to, whichever construct owns it.
    const functionPlatform: FunctionPlatform = {
      namePrefix,
      table: this.database.table,
      eventBus: this.events.eventBus,
      scheduleGroup: this.events.scheduleGroup,
      schedulerRole: this.events.schedulerRole,
      monitoring: this.monitoring,
      maxTermMonths: config.maxTermMonths,
      ...(props.codeFor ? { codeFor: props.codeFor } : {}),
    };
    this.effectsStream = new EffectsStream(this, 'EffectsStream', functionPlatform);
    this.reconciler = new Reconciler(this, 'Reconciler', functionPlatform);
    this.systemApi = new SystemApi(this, 'SystemApi', { ...functionPlatform, api: this.api });

    // The bounded contexts.
    const contextProps = { ...functionPlatform, api: this.api, events: this.events, ...(props.definitionFor ? { definitionFor: props.definitionFor } : {}) };
    this.iop = new IopContext(this, 'Iop', contextProps);
    this.procurement = new ProcurementContext(this, 'Procurement', contextProps);
    this.notifications = new NotificationsContext(this, 'Notifications', {
      ...functionPlatform,
      api: this.api,
      webUrl: this.web.url,
      mailFromDomain: config.mailFromDomain,
    });
    this.admin = new AdminContext(this, 'Admin', { ...functionPlatform, api: this.api, userPool: this.auth.userPool });
    this.reporting = new ReportingContext(this, 'Reporting', { ...functionPlatform, api: this.api });

    const owners: CatalogOwner[] = [
      this.effectsStream,
      this.reconciler,
      this.systemApi,
      this.iop,
      this.procurement,
      this.notifications,
      this.admin,
      this.reporting,
    ];
    this.functions = new Map(owners.flatMap((owner) => [...owner.functions]));
    this.stateMachines = new Map(owners.flatMap((owner) => [...(owner.workflows?.stateMachines ?? [])]));
    this.skippedWorkflows = owners.flatMap((owner) => owner.workflows?.skipped ?? []);
    const gaps = catalogGaps(owners, this.api.unintegratedRoutes().map(routeKeyOf));
    if (gaps.length > 0) throw new Error(`The stack does not match the catalogs:\n${gaps.join('\n')}`);

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint, description: 'The HTTP API itself (no WAF)' });
    new CfnOutput(this, 'WebApiUrl', { value: webApiUrl, description: 'The API as the web app calls it, through CloudFront' });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'IssuerUrl', { value: this.auth.issuerUrl });
    new CfnOutput(this, 'TableName', { value: this.database.table.tableName });
    new CfnOutput(this, 'EventBusName', {
      value: this.events.eventBus.eventBusName,
      description: 'The domain event bus (infra/ops/reindex-matching.ts publishes on it)',
    });
    new CfnOutput(this, 'WebUrl', { value: `${this.web.url}/` });
  }

  /** A REGIONAL web ACL on the user pool: its hosted sign-in and API endpoints are outside CloudFront. */
  private protectUserPool(namePrefix: string): WebFirewall {
    const firewall = new WebFirewall(this, 'UserPoolFirewall', {
      scope: 'REGIONAL',
      name: `${namePrefix}user-pool`,
      description: 'IOP sign-in with Cognito - per-IP rate limit and the AWS common rule set',
      rateLimit: WafRateLimits.userPool,
    });
    firewall.associate('Association', this.auth.userPool.userPoolArn);
    return firewall;
  }
}

/**
 * Every catalog function and workflow must be owned by exactly one construct
 * and every route integrated: before the split per context the stack deployed
 * each catalog entry by construction, and nothing may silently drop out now.
 */
export function catalogGaps(owners: readonly CatalogOwner[], unintegratedRoutes: readonly string[]): string[] {
  const gaps: string[] = [];
  const count = <T>(items: readonly T[], item: T): number => items.filter((i) => i === item).length;
  const functionIds = owners.flatMap((owner) => [...owner.functions.keys()]);
  for (const { id } of FunctionCatalog) {
    const n = count(functionIds, id);
    if (n !== 1) gaps.push(`function ${id} is deployed by ${n} constructs`);
  }
  const workflowNames = owners.flatMap((owner) => [...(owner.workflows?.stateMachines.keys() ?? []), ...(owner.workflows?.skipped ?? [])]);
  for (const { name } of WorkflowCatalog) {
    const n = count(workflowNames, name);
    if (n !== 1) gaps.push(`workflow ${name} is deployed by ${n} contexts`);
  }
  for (const route of unintegratedRoutes) gaps.push(`route ${route} has no function of any context`);
  return gaps;
}

/** Browser origins (scheme://host[:port]) of the web app's callback URLs. */
export function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
