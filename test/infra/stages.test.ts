import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readStackConfig } from '../../infra/config.js';
import { IopWorkflowsStack } from '../../infra/stack.js';
import { buildTestStack, definitionOrStandIn, stubCode, TestConfig } from './support/test-stack.js';

/** Anything a browser on the user's own machine could serve a page from. */
const Local = /localhost|127\.0\.0\.1|\[::1\]/;

type Properties = Record<string, unknown>;
const propertiesOf = (template: Template, type: string): Properties[] =>
  Object.values(template.findResources(type)).map((r) => (r as { Properties: Properties }).Properties);

/** The template of a stage as `cdk synth -c stage=<stage>` reads its context. */
function templateOf(context: Record<string, unknown>): Template {
  const { stack } = buildTestStack(readStackConfig(new App({ context }).node));
  return Template.fromStack(stack);
}

describe('a deployed stage (prod) carries no localhost', () => {
  const template = templateOf({ stage: 'prod', webCallbackUrls: 'https://iop.example.org/auth/callback' });
  const [api] = propertiesOf(template, 'AWS::ApiGatewayV2::Api');
  const [client] = propertiesOf(template, 'AWS::Cognito::UserPoolClient');

  it('in the CORS origins of the API', () => {
    expect(api?.CorsConfiguration).toMatchObject({ AllowOrigins: ['https://iop.example.org'] });
    expect(JSON.stringify(api)).not.toMatch(Local);
  });

  it("in the user pool client's callback and sign-out URLs", () => {
    expect(client?.CallbackURLs).toHaveLength(2);
    expect(JSON.stringify(client)).not.toMatch(Local);
  });

  it('anywhere in the template', () => {
    expect(JSON.stringify(template.toJSON())).not.toMatch(Local);
  });

  it('and has no CORS at all without configured origins: the app calls its API same-origin', () => {
    const [bare] = propertiesOf(templateOf({ stage: 'prod' }), 'AWS::ApiGatewayV2::Api');
    expect(bare).not.toHaveProperty('CorsConfiguration');
  });
});

describe('the dev stage', () => {
  const template = templateOf({ stage: 'dev' });

  it('may let a local web app sign in and call the API', () => {
    const [api] = propertiesOf(template, 'AWS::ApiGatewayV2::Api');
    const [client] = propertiesOf(template, 'AWS::Cognito::UserPoolClient');
    expect(api?.CorsConfiguration).toMatchObject({ AllowOrigins: ['http://localhost:3000'] });
    expect(client?.CallbackURLs).toEqual(expect.arrayContaining(['http://localhost:3000/auth/callback']));
    expect(client?.LogoutURLs).toEqual(expect.arrayContaining(['http://localhost:3000/']));
  });
});

describe('the stack itself', () => {
  it('refuses a hand-built deployed-stage config with a localhost callback', () => {
    const build = () =>
      new IopWorkflowsStack(new App(), 'Handmade', {
        config: { ...TestConfig, waf: false, webCallbackUrls: ['http://localhost:3000/auth/callback'] },
        env: { account: '123456789012', region: 'eu-north-1' },
        codeFor: stubCode,
        definitionFor: definitionOrStandIn,
      });
    expect(build).toThrow(/only the dev stage/);
  });
});
