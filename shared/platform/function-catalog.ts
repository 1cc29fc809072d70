/**
 * Every Lambda function of the product, in one list. The CDK app creates one
 * NodejsFunction per entry, the local runtime imports the same entry files, and
 * the benchmark bundles each one next to its SDK floor.
 */
export const SdkClients = {
  dynamodb: '@aws-sdk/client-dynamodb',
  sfn: '@aws-sdk/client-sfn',
  eventbridge: '@aws-sdk/client-eventbridge',
  scheduler: '@aws-sdk/client-scheduler',
  sesv2: '@aws-sdk/client-sesv2',
  cognito: '@aws-sdk/client-cognito-identity-provider',
} as const;
export type SdkClient = keyof typeof SdkClients;

export interface FunctionSpec {
  /** Logical id, also used in workflow definitions as the ${<id>FunctionArn} substitution. */
  readonly id: string;
  /** Entry file relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  /**
   * The AWS SDK clients the function uses: its grants in CDK. The bundle test
   * fails on a client granted that the bundle does not contain (a grant nothing uses).
   */
  readonly sdkClients: readonly SdkClient[];
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Files (relative to the repository root) shipped beside the bundle, read at run time instead of bundled. */
  readonly assets?: readonly string[];
}

/**
 * Reference data read at run time from beside the bundle (see
 * shared/procurement/reference-data/run-time-files.ts); the bundle test fails
 * when a function reads one its entry does not list.
 */
const CpvVocabulary = 'shared/procurement/reference-data/cpv-2008.json';
const SwedishHolidays = 'shared/procurement/reference-data/swedish-holidays.json';

export const FunctionCatalog = [
  {
    id: 'SystemApi',
    entry: 'functions/system/api.ts',
    description: 'GET /health and GET /openapi.json',
    sdkClients: [],
    memoryMb: 256,
    timeoutSeconds: 5,
  },
  {
    id: 'IopApi',
    entry: 'functions/iop/api.ts',
    description: 'IOP case routes and the public register',
    // Its effects (executions, callbacks, schedules, events) run from the table's stream (Effects).
    sdkClients: ['dynamodb'],
    memoryMb: 512,
    timeoutSeconds: 15,
  },
  {
    id: 'IopDocuments',
    entry: 'functions/iop/documents.ts',
    description: 'The documents of an IOP case: the agreement as a page and as a PDF, and the reports of its reviews',
    sdkClients: ['dynamodb'],
    memoryMb: 1024,
    timeoutSeconds: 15,
  },
  {
    id: 'IopTasks',
    entry: 'functions/iop/workflow-tasks.ts',
    description: 'Task and callback steps of the IOP state machines',
    sdkClients: ['dynamodb', 'sfn', 'eventbridge', 'scheduler'],
    memoryMb: 512,
    timeoutSeconds: 30,
  },
  {
    id: 'ProcurementApi',
    entry: 'functions/procurement/api.ts',
    description: 'Notices, bidder profiles, matches, what-ifs, match cases and OCDS',
    // Its effects run from the table's stream (Effects).
    sdkClients: ['dynamodb'],
    memoryMb: 1024,
    timeoutSeconds: 29,
    assets: [CpvVocabulary, SwedishHolidays],
  },
  {
    id: 'ProcurementTasks',
    entry: 'functions/procurement/workflow-tasks.ts',
    description: 'Task and callback steps of the match case state machines, and match indexing on domain events',
    sdkClients: ['dynamodb', 'sfn'],
    memoryMb: 1024,
    timeoutSeconds: 60,
    assets: [CpvVocabulary, SwedishHolidays],
  },
  {
    id: 'AdminApi',
    entry: 'functions/admin/api.ts',
    description: 'The organisation registry, administration (organisations, users, audit log) and the public way in',
    sdkClients: ['dynamodb', 'cognito'],
    memoryMb: 512,
    timeoutSeconds: 15,
  },
  {
    id: 'Effects',
    entry: 'functions/platform/effects.ts',
    description: 'Runs the effects of committed changes from the table stream (callbacks, schedules, notifications)',
    sdkClients: ['dynamodb', 'sfn', 'eventbridge', 'scheduler'],
    memoryMb: 512,
    timeoutSeconds: 60,
    assets: [CpvVocabulary],
  },
  {
    id: 'Reconciler',
    entry: 'functions/platform/reconcile.ts',
    description: 'Resumes every open case whose stage execution is no longer running',
    sdkClients: ['dynamodb', 'sfn'],
    memoryMb: 512,
    timeoutSeconds: 300,
    assets: [SwedishHolidays],
  },
  {
    id: 'Digest',
    entry: 'functions/notifications/digest.ts',
    description: "Daily digest: one e-mail per person with the day's changes their choice leaves for it, and one event per organisation",
    sdkClients: ['dynamodb', 'eventbridge', 'sesv2', 'cognito'],
    memoryMb: 512,
    timeoutSeconds: 300,
  },
  {
    id: 'NotificationsApi',
    entry: 'functions/notifications/api.ts',
    description: "The caller's inbox (GET /me/notifications) and notification choice",
    sdkClients: ['dynamodb', 'cognito'],
    memoryMb: 256,
    timeoutSeconds: 10,
  },
  {
    id: 'Notifier',
    entry: 'functions/notifications/deliver.ts',
    description: 'Material case changes from the bus: an inbox item for each person told, and the e-mail at once by their choice',
    sdkClients: ['dynamodb', 'sesv2', 'cognito'],
    memoryMb: 512,
    timeoutSeconds: 60,
    assets: [SwedishHolidays],
  },
  {
    id: 'EmailEvents',
    entry: 'functions/notifications/email-events.ts',
    description: 'SES bounces and complaints: the address gets no more mail',
    sdkClients: ['dynamodb'],
    memoryMb: 256,
    timeoutSeconds: 10,
  },
] as const satisfies readonly FunctionSpec[];

export type FunctionId = (typeof FunctionCatalog)[number]['id'];

export function functionSpec(id: FunctionId): FunctionSpec {
  const spec = FunctionCatalog.find((f) => f.id === id);
  if (!spec) throw new Error(`Unknown function ${id}`);
  return spec;
}
