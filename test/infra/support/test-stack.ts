import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { DefaultConfig, type StackConfig } from '../../../infra/config.js';
import { createStacks, type Stacks } from '../../../infra/create-app.js';
import { placeholderAssetDir } from '../../../infra/platform/web.js';
import { RepoRoot } from '../../../infra/repo-root.js';
import { functionArnSubstitution, workflowFile, type WorkflowSpec } from '../../../shared/platform/workflows/catalog.js';

/** Inline stub instead of a bundle: tests check the infrastructure, not the handlers. */
export const stubCode = (): Code => Code.fromInline('export const handler = async () => ({ statusCode: 200 });');

/**
 * The workflow's real ASL file when it exists, otherwise a minimal stand-in
 * that calls each of its functions, so grants and substitutions are still tested.
 */
export function definitionOrStandIn(spec: WorkflowSpec): string {
  const file = path.join(RepoRoot, workflowFile(spec.name));
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const first = spec.functions[0];
  if (!first) throw new Error(`${spec.name} has no functions`);
  return JSON.stringify({
    Comment: `stand-in for ${spec.name}`,
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: `\${${functionArnSubstitution(first)}}`, 'Payload.$': '$' },
        End: true,
      },
    },
  });
}

/** A deployed stage as production has it: WAF on, no localhost, a custom domain's callback. */
export const TestConfig: StackConfig = {
  ...DefaultConfig,
  stage: 'test',
  alarmEmail: 'alarms@example.org',
  webCallbackUrls: ['https://iop.example.org/auth/callback'],
  waf: true,
};

/** The dev stage as cdk.json has it: localhost callbacks, no WAF. */
export const DevConfig: StackConfig = { ...DefaultConfig, alarmEmail: 'alarms@example.org' };

/** The stacks of a stage (the product, and the edge stack when WAF is on) with stub code; cheap enough to build once per test file. */
export function buildTestStack(config: StackConfig = TestConfig): { app: App } & Stacks {
  const app = new App();
  const stacks = createStacks(app, config, {
    account: '123456789012',
    codeFor: stubCode,
    definitionFor: definitionOrStandIn,
    // Not web/dist: another build may be rewriting it while the tests hash it.
    webAssetDir: placeholderAssetDir(),
  });
  return { app, ...stacks };
}
