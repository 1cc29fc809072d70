import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { describe, expect, it } from 'vitest';
import { Auth } from '../../../infra/platform/auth.js';

describe('Auth', () => {
  const stack = new Stack(new App(), 'AuthTest', { env: { account: '123456789012', region: 'eu-north-1' } });
  const auth = new Auth(stack, 'Auth', {
    namePrefix: 'iop-t-',
    callbackUrls: ['https://app.example.org/auth/callback'],
    logoutUrls: ['https://app.example.org/'],
  });
  const template = Template.fromStack(stack);

  it('has the custom attributes that become the custom:role and custom:org claims', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'role', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'org', AttributeDataType: 'String', Mutable: true }),
      ]),
    });
  });

  it('has a strong password policy, optional MFA and no self sign-up', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      MfaConfiguration: 'OPTIONAL',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });

  it('has a public PKCE client: code grant only, no secret, the configured callback URLs', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: ['https://app.example.org/auth/callback'],
      LogoutURLs: ['https://app.example.org/'],
    });
  });

  it('lets users read but not write their role and organisation', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ReadAttributes: Match.arrayWith(['custom:org', 'custom:role']),
      WriteAttributes: ['name'],
    });
  });

  it('has a hosted domain and the Cognito issuer URL', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    const poolRef = stack.resolve((auth.userPool.node.defaultChild as CfnUserPool).ref);
    expect(stack.resolve(auth.issuerUrl)).toEqual({
      'Fn::Join': ['', ['https://cognito-idp.eu-north-1.amazonaws.com/', poolRef]],
    });
  });
});
