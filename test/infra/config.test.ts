import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { checkWebCallbackUrls, DefaultConfig, namePrefixOf, readStackConfig } from '../../infra/config.js';
import { originsOf } from '../../infra/stack.js';

const configOf = (context: Record<string, unknown>) => readStackConfig(new App({ context }).node);

describe('stack configuration from context', () => {
  it('falls back to the defaults, which are those of the dev stage', () => {
    expect(configOf({})).toEqual(DefaultConfig);
    expect(DefaultConfig).toMatchObject({ stage: 'dev', webCallbackUrls: ['http://localhost:3000/auth/callback'], waf: false });
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

describe('localhost only in the dev stage', () => {
  it('gives a deployed stage no callback URL beyond its own distribution by default', () => {
    expect(configOf({ stage: 'prod' }).webCallbackUrls).toEqual([]);
    expect(configOf({ stage: 'staging' }).webCallbackUrls).toEqual([]);
    expect(configOf({ stage: 'prod', webCallbackUrls: 'https://iop.example.org/auth/callback' }).webCallbackUrls).toEqual([
      'https://iop.example.org/auth/callback',
    ]);
  });

  it.each([
    'http://localhost:3000/auth/callback',
    'https://localhost/auth/callback',
    'https://app.localhost/cb',
    'https://127.0.0.1:8443/cb',
    'https://[::1]/cb',
    'http://iop.example.org/auth/callback',
  ])('refuses %s outside dev', (url) => {
    expect(() => configOf({ stage: 'prod', webCallbackUrls: url })).toThrow(/only the dev stage/);
    expect(() => checkWebCallbackUrls('staging', [url])).toThrow(/only the dev stage/);
  });

  it('lets dev name a local web app, but never a non-URL', () => {
    expect(configOf({ stage: 'dev', webCallbackUrls: 'http://localhost:5173/cb' }).webCallbackUrls).toEqual(['http://localhost:5173/cb']);
    expect(() => checkWebCallbackUrls('dev', ['/auth/callback'])).toThrow(/not a URL/);
  });
});

describe('the WAF flag', () => {
  it('is on for every stage but dev', () => {
    expect(configOf({}).waf).toBe(false);
    expect(configOf({ stage: 'prod' }).waf).toBe(true);
    expect(configOf({ stage: 'staging' }).waf).toBe(true);
  });

  it('is turned off (or on) with -c waf=false|true, as strings or booleans', () => {
    expect(configOf({ stage: 'prod', waf: 'false' }).waf).toBe(false);
    expect(configOf({ stage: 'prod', waf: false }).waf).toBe(false);
    expect(configOf({ stage: 'dev', waf: 'TRUE' }).waf).toBe(true);
    expect(() => configOf({ stage: 'prod', waf: 'off' })).toThrow(/"waf" must be true or false/);
  });
});
