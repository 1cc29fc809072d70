import { AwsServiceError } from '../aws-endpoint/aws-service-error.js';
import type { LocalSes, SendEmailRequest } from './local-ses.js';

/** SES v2's REST-JSON paths the product calls (as the SDK serializes them): POST /v2/email/outbound-emails. */
export const isSesPath = (url: URL): boolean => url.pathname.startsWith('/v2/email/');

export function handleSesRequest(ses: LocalSes, req: { readonly method: string; readonly url: URL; readonly body: Record<string, unknown> }): unknown {
  if (req.url.pathname === '/v2/email/outbound-emails' && req.method === 'POST') return ses.sendEmail(req.body as SendEmailRequest);
  throw new AwsServiceError('UnknownOperationException', `The local SES answers SendEmail only, not ${req.method} ${req.url.pathname}`, 404);
}
