import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowCatalog, workflowFile } from '../../../shared/platform/workflows/catalog.js';
import type { LocalStepFunctions } from './local-step-functions.js';

/**
 * Creates one local state machine per catalog entry from the same ASL files
 * CDK deploys, named "<namePrefix><workflow>" as in AWS, so
 * STATE_MACHINE_ARN_PREFIX + name resolves in both worlds.
 * Missing files are skipped and reported, so a half-built tree still starts.
 */
export function loadWorkflowCatalog(engine: LocalStepFunctions, options: { rootDir: string; namePrefix: string }): { loaded: string[]; missing: string[] } {
  const loaded: string[] = [];
  const missing: string[] = [];
  for (const workflow of WorkflowCatalog) {
    const file = join(options.rootDir, workflowFile(workflow.name));
    if (!existsSync(file)) {
      missing.push(workflow.name);
      continue;
    }
    engine.createStateMachine({ name: `${options.namePrefix}${workflow.name}`, definition: readFileSync(file, 'utf8') });
    loaded.push(workflow.name);
  }
  return { loaded, missing };
}
