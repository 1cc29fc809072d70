/**
 * What CloudFront's response-headers policy adds to every file of the web app
 * (infra/platform/web.ts), so the app runs under the same rules locally as
 * deployed and a CSP breach shows up here first. Two differences, both because
 * locally there is one plain-http origin: connect-src is 'self' alone (the API
 * and POST /dev/token share the app's origin, there is no Cognito), and HSTS,
 * sent for parity, is ignored by browsers over http.
 */
export const WebSecurityHeaders = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; '),
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;
