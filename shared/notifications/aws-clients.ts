import { SESv2Client } from '@aws-sdk/client-sesv2';
import { lazy } from '../platform/aws-clients.js';

/**
 * The clients only the notifications context uses, kept out of the platform's
 * module so no other function bundles them. Locally the SDK reaches the
 * embedded SES engine through AWS_ENDPOINT_URL_SESV2, like every other client.
 */
export const sesClient = lazy(() => new SESv2Client({}));
