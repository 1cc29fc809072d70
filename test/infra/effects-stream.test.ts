import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { EffectsStream } from '../../infra/constructs/effects-stream.js';
import { EffectsStreamFilters } from '../../shared/platform/outbox/effects-stream-filter.js';

function build() {
  const stack = new Stack(new App(), 'EffectsStreamTest');
  const table = new TableV2(stack, 'Table', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
  });
  const consumer = new LambdaFunction(stack, 'Effects', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('export const handler = async () => ({ batchItemFailures: [] });'),
  });
  new EffectsStream(stack, 'EffectsStream', { table, consumer, deadLetterQueue: new Queue(stack, 'Dlq') });
  return Template.fromStack(stack);
}

describe('EffectsStream (the outbox delivery)', () => {
  const template = build();

  it('maps the table stream to the Effects function with bisect, bounded retries, partial batch responses and a DLQ', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ParallelizationFactor: 1,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('filters with the very pattern the local poller reads', () => {
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))[0] as {
      Properties: { FilterCriteria: { Filters: { Pattern: string }[] } };
    };
    expect(mapping.Properties.FilterCriteria.Filters.map((f) => JSON.parse(f.Pattern))).toEqual(EffectsStreamFilters);
  });
});
