import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { DefaultConfig, namePrefixOf, readStackConfig } from '../../infra/config.js';
import { originsOf } from '../../infra/stack.js';

const configOf = (context: Record<string, unknown>) => readStackConfig(new App({ context }).node);

describe('stack configuration from context', () => {
  it('falls back to the defaults', () => {
    expect(configOf({})).toEqual(DefaultConfig);
  });

  it('parses --context strings: numbers, JSON lists and comma lists', () => {
    expect(configOf({ 'iop:maxTermMonths': '48' }).maxTermMonths).toBe(48);
    expect(configOf({ webCallbackUrls: '["https://a.example/","https://b.example/cb"]' }).webCallbackUrls).toEqual([
      'https://a.example/',
      'https://b.example/cb',
    ]);
    expect(configOf({ webCallbackUrls: 'https://a.example/, https://b.example/' }).webCallbackUrls).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('rejects a stage that cannot be part of resource names, and a bad term', () => {
    expect(() => configOf({ stage: 'Prod_1' })).toThrow(/stage/);
    expect(() => configOf({ 'iop:maxTermMonths': '0' })).toThrow(/maxTermMonths/);
  });

  it('derives name prefixes and browser origins', () => {
    expect(namePrefixOf('prod')).toBe('iop-prod-');
    expect(originsOf(['http://localhost:3000/', 'http://localhost:3000/cb', 'https://x.example/a'])).toEqual(['http://localhost:3000', 'https://x.example']);
  });
});
