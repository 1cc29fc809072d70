import { App, Stack } from 'aws-cdk-lib';
import { Api } from '../../../infra/platform/api.js';
import type { FunctionPlatform } from '../../../infra/platform/catalog-function.js';
import { Database } from '../../../infra/platform/database.js';
import { Events } from '../../../infra/platform/events.js';
import { Monitoring } from '../../../infra/platform/monitoring.js';
import { definitionOrStandIn, stubCode } from './test-stack.js';

export const TestNamePrefix = 'iop-t-';

/**
 * Only the platform pieces a context receives by props (table, bus and
 * schedules, failure handling, HTTP API), in a stack of their own, so a
 * context can be tested on its own.
 */
export function buildTestPlatform(stackId = 'PlatformTest') {
  const app = new App();
  const stack = new Stack(app, stackId, { env: { account: '123456789012', region: 'eu-north-1' } });
  const database = new Database(stack, 'Database');
  const monitoring = new Monitoring(stack, 'Monitoring');
  const events = new Events(stack, 'Events', { namePrefix: TestNamePrefix });
  const api = new Api(stack, 'Api', { jwtIssuer: 'https://issuer.example', jwtAudience: ['client'], allowedOrigins: ['https://app.example'] });
  const functionPlatform: FunctionPlatform = {
    namePrefix: TestNamePrefix,
    table: database.table,
    eventBus: events.eventBus,
    scheduleGroup: events.scheduleGroup,
    schedulerRole: events.schedulerRole,
    monitoring,
    maxTermMonths: 60,
    codeFor: stubCode,
  };
  const contextProps = { ...functionPlatform, api, events, definitionFor: definitionOrStandIn };
  return { app, stack, database, monitoring, events, api, functionPlatform, contextProps };
}
