import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type WorkflowName, workflowFile } from '../shared/platform/workflows/catalog.js';
import { type StateMachine, aslText } from './builder/index.js';
import { iopAgreement } from './definitions/iop-agreement.js';
import { iopApproval } from './definitions/iop-approval.js';
import { iopConsultation } from './definitions/iop-consultation.js';
import { iopDialogue } from './definitions/iop-dialogue.js';
import { iopInitiation } from './definitions/iop-initiation.js';
import { iopReview } from './definitions/iop-review.js';
import { matchCase } from './definitions/match-case.js';

/**
 * The state machines are written in TypeScript (workflows/definitions) and
 * generated into workflows/<name>.asl.json, which CDK deploys and the local
 * engine runs unchanged. Run this file after editing a definition:
 *   npx tsx workflows/build-workflows.ts
 * A test fails while a generated file is out of date.
 */
const definitions = {
  'iop-initiation': iopInitiation,
  'iop-dialogue': iopDialogue,
  'iop-approval': iopApproval,
  'iop-agreement': iopAgreement,
  'iop-review': iopReview,
  'iop-consultation': iopConsultation,
  'match-case': matchCase,
} as const satisfies Record<WorkflowName, () => StateMachine>;

/** Every state machine by catalog name, built in memory. */
export function buildWorkflows(): Record<string, StateMachine> {
  return Object.fromEntries(Object.entries(definitions).map(([name, build]) => [name, build()]));
}

/** The text of each workflows/<name>.asl.json, exactly as it is written. */
export function workflowTexts(): Record<string, string> {
  return Object.fromEntries(Object.entries(buildWorkflows()).map(([name, machine]) => [name, aslText(machine)]));
}

/** The repository root, found from this file so the script works from any directory. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes the files that differ (untouched files keep their timestamps); returns their repo-relative paths. */
export function writeWorkflows(rootDir: string = repoRoot): string[] {
  const written: string[] = [];
  for (const [name, text] of Object.entries(workflowTexts())) {
    const file = path.join(rootDir, workflowFile(name));
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    written.push(workflowFile(name));
  }
  return written;
}

const runDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (runDirectly) {
  const written = writeWorkflows();
  console.log(written.length === 0 ? 'workflows: every .asl.json is up to date' : `workflows: wrote ${written.join(', ')}`);
}
