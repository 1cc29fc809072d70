import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { EffectsStream } from '../../../infra/platform/effects-stream.js';
import { EffectsStreamFilters } from '../../../shared/platform/outbox/effects-stream-filter.js';
import { buildTestPlatform } from '../support/test-platform.js';
import { logicalIdOf } from '../support/logical-id.js';

function build() {
  const { stack, functionPlatform, database, monitoring } = buildTestPlatform('EffectsStreamTest');
  const effects = new EffectsStream(stack, 'EffectsStream', functionPlatform);
  const template = Template.fromStack(stack);
  return { template, effects, ids: { fn: logicalIdOf(effects.function), table: logicalIdOf(database.table), dlq: logicalIdOf(monitoring.deadLetterQueue) } };
}

describe('EffectsStream (the outbox delivery)', () => {
  const { template, effects, ids } = build();

  it('is the Effects function of the catalog, and only that', () => {
    expect([...effects.functions.keys()]).toEqual(['Effects']);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x' }, 1);
  });

  it('maps the table stream to the Effects function with bisect, bounded retries, partial batch responses and the DLQ', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ids.fn },
      EventSourceArn: { 'Fn::GetAtt': [ids.table, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 86_400,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ParallelizationFactor: 1,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ids.dlq, 'Arn'] } } },
    });
  });

  it('filters with the very pattern the local poller reads', () => {
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))[0] as {
      Properties: { FilterCriteria: { Filters: { Pattern: string }[] } };
    };
    expect(mapping.Properties.FilterCriteria.Filters.map((f) => JSON.parse(f.Pattern))).toEqual(EffectsStreamFilters);
  });

  it('lets the function read the stream', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['dynamodb:GetRecords']), Resource: { 'Fn::GetAtt': [ids.table, 'StreamArn'] } }),
        ]),
      },
    });
  });
});
