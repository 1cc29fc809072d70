import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { FunctionSpec } from '../shared/platform/function-catalog.js';
import type { WorkflowSpec } from '../shared/platform/workflows/catalog.js';
import { namePrefixOf, type StackConfig } from './config.js';
import { Api } from './constructs/api.js';
import { Auth } from './constructs/auth.js';
import { Database } from './constructs/database.js';
import { EffectsStream } from './constructs/effects-stream.js';
import { Events } from './constructs/events.js';
import { Functions } from './constructs/functions.js';
import { Monitoring } from './constructs/monitoring.js';
import { Web } from './constructs/web.js';
import { Workflows } from './constructs/workflows.js';

export interface IopWorkflowsStackProps extends StackProps {
  readonly config: StackConfig;
  /** Seam for tests: stub code instead of bundling the handler entries. */
  readonly codeFor?: (spec: FunctionSpec) => Code | undefined;
  /** Seam for tests: stand-in ASL instead of workflows/<name>.asl.json. */
  readonly definitionFor?: (spec: WorkflowSpec) => string | undefined;
  /** Seam for tests: the built web app's folder (default web/dist, or a placeholder page). */
  readonly webAssetDir?: string;
}

/**
 * The whole product in one stack, composed of small constructs wired by props
 * and grants. Order matters only where a construct needs another's outputs;
 * state machine ARNs are derived from names, so functions never wait for them.
 *
 * The web app's distribution comes first: its URL is a Cognito callback URL
 * and an allowed CORS origin of the API; the app itself is published last,
 * with a config.json naming the user pool client and the API.
 */
export class IopWorkflowsStack extends Stack {
  readonly database: Database;
  readonly monitoring: Monitoring;
  readonly events: Events;
  readonly functions: Functions;
  readonly workflows: Workflows;
  readonly auth: Auth;
  readonly api: Api;
  readonly web: Web;

  constructor(scope: Construct, id: string, props: IopWorkflowsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const namePrefix = namePrefixOf(config.stage);

    this.database = new Database(this, 'Database');
    this.monitoring = new Monitoring(this, 'Monitoring', { alarmEmail: config.alarmEmail });
    this.events = new Events(this, 'Events', { namePrefix, deadLetterQueue: this.monitoring.deadLetterQueue });
    this.functions = new Functions(this, 'Functions', {
      namePrefix,
      table: this.database.table,
      eventBus: this.events.eventBus,
      scheduleGroup: this.events.scheduleGroup,
      schedulerRole: this.events.schedulerRole,
      deadLetterQueue: this.monitoring.deadLetterQueue,
      maxTermMonths: config.maxTermMonths,
      ...(props.codeFor ? { codeFor: props.codeFor } : {}),
    });
    this.workflows = new Workflows(this, 'Workflows', {
      namePrefix,
      functions: this.functions,
      ...(props.definitionFor ? { definitionFor: props.definitionFor } : {}),
    });
    this.web = new Web(this, 'Web', props.webAssetDir ? { assetDir: props.webAssetDir } : {});
    // The web app finishes Cognito's redirect on its /auth/callback route.
    const webCallbackUrl = `${this.web.url}/auth/callback`;
    this.auth = new Auth(this, 'Auth', {
      namePrefix,
      callbackUrls: [webCallbackUrl, ...config.webCallbackUrls],
      logoutUrls: [`${this.web.url}/`, ...originsOf(config.webCallbackUrls).map((origin) => `${origin}/`)],
    });
    this.api = new Api(this, 'Api', {
      functions: this.functions,
      jwtIssuer: this.auth.issuerUrl,
      jwtAudience: [this.auth.userPoolClient.userPoolClientId],
      // The distribution's origin is a token, so it is not parsed with the others.
      allowedOrigins: [this.web.url, ...originsOf(config.webCallbackUrls)],
    });
    this.web.publish({
      authority: this.auth.issuerUrl,
      clientId: this.auth.userPoolClient.userPoolClientId,
      redirectUri: webCallbackUrl,
      apiUrl: this.api.httpApi.apiEndpoint,
    });

    new EffectsStream(this, 'EffectsStream', {
      table: this.database.table,
      consumer: this.functions.get('Effects'),
      deadLetterQueue: this.monitoring.deadLetterQueue,
    });
    this.events.routeMatchIndexing(this.functions.get('ProcurementTasks'));
    this.monitoring.invokeHourly('ReconcileHourly', this.functions.get('Reconciler'));
    this.monitoring.alarmOnRepairs();
    this.monitoring.invokeDaily('DigestDaily', this.functions.get('Digest'));
    for (const [fid, fn] of this.functions.entries()) this.monitoring.alarmOnFunction(fid, fn);
    for (const [name, sm] of this.workflows.entries()) this.monitoring.alarmOnStateMachine(name, sm);

    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'IssuerUrl', { value: this.auth.issuerUrl });
    new CfnOutput(this, 'TableName', { value: this.database.table.tableName });
    new CfnOutput(this, 'WebUrl', { value: `${this.web.url}/` });
  }
}

/** Browser origins (scheme://host[:port]) of the web app's callback URLs. */
export function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
