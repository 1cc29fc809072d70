import { Stack, Validations } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges exactly one cdk-nag finding on one construct, with its reason.
 * cdk-nag 3 ids carry the finding in brackets, e.g.
 * `AwsSolutions-IAM5[Resource::*]`; there is no prefix matching, so every
 * wildcard must be named and justified on its own.
 */
export function acknowledgeFinding(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * Acknowledges the IAM5 finding for one wildcard resource ARN, spelled the way
 * cdk-nag spells it (tokens flattened to `<AWS::Region>`, `<Logical.Arn>`...),
 * so the acknowledgement follows the ARN whatever the account or region.
 */
export function acknowledgeWildcardResource(scope: IConstruct, resourceArn: string, reason: string): void {
  const flattened = flattenCfnReference(Stack.of(scope).resolve(resourceArn));
  acknowledgeFinding(scope, `AwsSolutions-IAM5[Resource::${flattened}]`, reason);
}
