import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { readStackConfig } from './config.js';
import { IopWorkflowsStack, type IopWorkflowsStackProps } from './stack.js';

export interface CreateAppOptions {
  /** Extra context, as `--context` would give it (tests). */
  readonly context?: Record<string, unknown>;
  readonly codeFor?: IopWorkflowsStackProps['codeFor'];
  readonly definitionFor?: IopWorkflowsStackProps['definitionFor'];
}

/**
 * The CDK app: one stack per stage, checked by cdk-nag. Synthesis needs no AWS
 * credentials: the stack is environment-agnostic on account unless the CLI
 * provides CDK_DEFAULT_ACCOUNT.
 */
export function createApp(options: CreateAppOptions = {}): { app: App; stack: IopWorkflowsStack } {
  const app = new App(options.context ? { context: options.context } : {});
  const config = readStackConfig(app.node);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const stack = new IopWorkflowsStack(app, `IopWorkflows-${config.stage}`, {
    config,
    env: { region: config.region, ...(account ? { account } : {}) },
    description: 'IOP cases and socially-aware procurement workflows',
    ...(options.codeFor ? { codeFor: options.codeFor } : {}),
    ...(options.definitionFor ? { definitionFor: options.definitionFor } : {}),
  });
  // cdk-nag 3 runs as CDK policy-validation plugins: any finding that is not
  // acknowledged (with its reason, on its construct) stops synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack };
}
