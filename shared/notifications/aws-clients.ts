import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { lazy } from '../platform/aws-clients.js';

/**
 * The clients only the notifications context uses, kept out of the platform's
 * module so no other function bundles them. Locally the SDK reaches the
 * embedded engines through AWS_ENDPOINT_URL_SESV2 and
 * AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, like every other client.
 */
export const sesClient = lazy(() => new SESv2Client({}));
export const cognitoClient = lazy(() => new CognitoIdentityProviderClient({}));
