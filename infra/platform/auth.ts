import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type IUserPool,
  type IUserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledgeFinding } from '../acknowledge.js';

/** Custom attributes; in tokens they appear as the claims `custom:role` and `custom:org`. */
export const CustomAttributes = { role: 'role', org: 'org' } as const;

export interface AuthProps {
  readonly namePrefix: string;
  /** OAuth callback URLs of the web app (its /auth/callback route). */
  readonly callbackUrls: readonly string[];
  /** Where Cognito may send the browser after sign-out (the app's root). */
  readonly logoutUrls: readonly string[];
}

/**
 * The Cognito user pool whose ID tokens the API accepts, and the web app's
 * public client (authorization code grant with PKCE, no secret).
 */
export class Auth extends Construct {
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  /** Issuer the JWT authorizer checks: https://cognito-idp.<region>.amazonaws.com/<poolId>. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const pool = new UserPool(this, 'UserPool', {
      // Administrators create users and set their role and organisation.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      customAttributes: {
        [CustomAttributes.role]: new StringAttribute({ mutable: true, minLen: 1, maxLen: 32 }),
        [CustomAttributes.org]: new StringAttribute({ mutable: true, minLen: 1, maxLen: 64 }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeFinding(pool, 'AwsSolutions-COG2', 'MFA is optional by product decision: civil-society volunteers sign in rarely; TOTP is offered to everyone.');
    acknowledgeFinding(pool, 'AwsSolutions-COG8', 'Essentials tier: threat protection (Plus tier) is priced per active user and not required by the product.');

    pool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: `${props.namePrefix}${Aws.ACCOUNT_ID}` },
    });

    const standardRead = { email: true, emailVerified: true, fullname: true };
    this.userPoolClient = pool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [...props.callbackUrls],
        logoutUrls: [...props.logoutUrls],
      },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes().withStandardAttributes(standardRead).withCustomAttributes(CustomAttributes.role, CustomAttributes.org),
      // Role and organisation decide access: users must not be able to write them.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
    this.userPool = pool;
    this.issuerUrl = `https://cognito-idp.${pool.stack.region}.amazonaws.com/${pool.userPoolId}`;
  }
}
