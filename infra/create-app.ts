import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { namePrefixOf, readStackConfig, type StackConfig } from './config.js';
import { EdgeFirewallStack } from './edge-stack.js';
import { IopWorkflowsStack, type IopWorkflowsStackProps } from './stack.js';

export interface CreateAppOptions {
  /** Extra context, as `--context` would give it (tests). */
  readonly context?: Record<string, unknown>;
  readonly codeFor?: IopWorkflowsStackProps['codeFor'];
  readonly definitionFor?: IopWorkflowsStackProps['definitionFor'];
}

export interface CreateStacksOptions extends Pick<IopWorkflowsStackProps, 'codeFor' | 'definitionFor' | 'webAssetDir'> {
  /** Unset: environment-agnostic on account (synthesis needs no credentials). */
  readonly account?: string;
}

export interface Stacks {
  readonly stack: IopWorkflowsStack;
  /** The CLOUDFRONT-scoped web ACL in us-east-1, when WAF is on. */
  readonly edge: EdgeFirewallStack | undefined;
}

/**
 * The stacks of one stage: the product in its region and, when WAF is on, the
 * edge stack in us-east-1 whose web ACL the distribution references across
 * regions (CDK then orders the deployment: edge first).
 */
export function createStacks(app: App, config: StackConfig, options: CreateStacksOptions = {}): Stacks {
  const { account, ...seams } = options;
  const edge = config.waf
    ? new EdgeFirewallStack(app, `IopWorkflowsEdge-${config.stage}`, {
        namePrefix: namePrefixOf(config.stage),
        ...(account ? { account } : {}),
        description: 'IOP web firewall for CloudFront (AWS WAF requires us-east-1)',
      })
    : undefined;
  const stack = new IopWorkflowsStack(app, `IopWorkflows-${config.stage}`, {
    config,
    env: { region: config.region, ...(account ? { account } : {}) },
    description: 'IOP cases and socially-aware procurement workflows',
    ...(edge ? { cloudFrontWebAclArn: edge.firewall.arn, crossRegionReferences: true } : {}),
    ...seams,
  });
  return { stack, edge };
}

/**
 * The CDK app: the stacks of one stage, checked by cdk-nag. Synthesis needs no
 * AWS credentials: the stacks are environment-agnostic on account unless the
 * CLI provides CDK_DEFAULT_ACCOUNT.
 */
export function createApp(options: CreateAppOptions = {}): { app: App } & Stacks {
  const app = new App(options.context ? { context: options.context } : {});
  const config = readStackConfig(app.node);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const stacks = createStacks(app, config, {
    ...(account ? { account } : {}),
    ...(options.codeFor ? { codeFor: options.codeFor } : {}),
    ...(options.definitionFor ? { definitionFor: options.definitionFor } : {}),
  });
  // cdk-nag 3 runs as CDK policy-validation plugins: any finding that is not
  // acknowledged (with its reason, on its construct) stops synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, ...stacks };
}
