import { CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The logical id a construct's resource has in the template. Unlike
 * Stack.getLogicalId, which allocates one from the path, it honours
 * overrideLogicalId (functions and state machines keep their old ids).
 */
export function logicalIdOf(construct: IConstruct): string {
  const element = construct.node.defaultChild ?? construct;
  if (!CfnElement.isCfnElement(element)) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(construct).resolve((element as CfnElement).logicalId) as string;
}
