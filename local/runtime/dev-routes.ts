import type { HttpResult } from '../../shared/platform/http/http-types.js';
import { NotFoundError, ValidationError } from '../../shared/platform/errors/domain-errors.js';
import { MethodNotAllowedError, UnsupportedMediaTypeError } from '../../shared/platform/http/http-errors.js';
import { ApiResponseHeaders } from '../../shared/platform/http/http-result.js';
import { LocalTokenAuthority } from '../engines/auth/local-token-authority.js';
import type { LocalRequest } from '../engines/api/local-api-server.js';
import type { LocalAws } from '../engines/aws-endpoint/local-aws.js';
import { parseIsoDuration, InvalidDurationError } from '../engines/clock/iso-duration.js';
import type { DemoUser } from './demo-users.js';
import { MailPageSecurityHeaders, mailboxPage } from '../engines/ses/mail-pages.js';

const html = (body: string, headers: Record<string, string> = MailPageSecurityHeaders): HttpResult => ({
  statusCode: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  body,
});

const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...ApiResponseHeaders },
  body: JSON.stringify(body),
});

/**
 * A POST must say it is JSON: another site's page may send text/plain or a form
 * here without a CORS preflight, never application/json, so it cannot mint a
 * token or move the clock.
 */
function requireJson(request: LocalRequest): void {
  const mediaType = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (mediaType !== 'application/json') throw new UnsupportedMediaTypeError(`${request.url.pathname} accepts only content-type: application/json.`);
}

function parseJson(body: string): unknown {
  try {
    return body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    throw new ValidationError([{ path: '(body)', message: 'Malformed JSON.' }], 'The body is not valid JSON.');
  }
}

/**
 * The local-only routes: tokens for demo users, the virtual clock, the
 * notification outbox and the mail the local SES engine kept (JSON, or a page
 * for a browser that asks for HTML). They do not exist in AWS (Cognito, the real clock and
 * EventBridge take their place).
 */
export function createDevRoutes(deps: { tokens: LocalTokenAuthority; aws: LocalAws; demoUsers: () => Promise<readonly DemoUser[]> }) {
  return async function devRoutes(request: LocalRequest): Promise<HttpResult | undefined> {
    const { method, url } = request;
    const allow = (expected: string[]) => {
      if (!expected.includes(method)) throw new MethodNotAllowedError(`${url.pathname} accepts ${expected.join(', ')}.`);
      if (method === 'POST') requireJson(request);
    };
    switch (url.pathname) {
      case '/dev/token': {
        allow(['POST']);
        const claims = LocalTokenAuthority.parseRequest(parseJson(request.body));
        // On the wall clock, like every token time (see wallClockSeconds).
        const token = await deps.tokens.mint(claims);
        return json(200, { token, tokenType: 'Bearer', claims });
      }
      case '/dev/users':
        allow(['GET']);
        return json(200, { users: await deps.demoUsers() });
      case '/dev/clock': {
        allow(['GET', 'POST']);
        if (method === 'GET') return json(200, { now: deps.aws.clock.now().toISOString(), offsetMs: deps.aws.clock.offsetMs() });
        const body = parseJson(request.body) as { advance?: unknown };
        if (typeof body !== 'object' || body === null || typeof body.advance !== 'string') {
          throw new ValidationError([{ path: 'advance', message: 'An ISO-8601 duration such as "P1Y", "P30D" or "PT2H".' }]);
        }
        try {
          parseIsoDuration(body.advance);
        } catch (error) {
          if (error instanceof InvalidDurationError) throw new ValidationError([{ path: 'advance', message: error.message }]);
          throw error;
        }
        const summary = await deps.aws.clock.advance(body.advance);
        return json(200, summary);
      }
      case '/dev/outbox': {
        allow(['GET']);
        // Notifications go out from the table's stream: read the outbox once what is under way has settled.
        await deps.aws.clock.waitForIdle();
        const events = deps.aws.eventBridge.outbox().map((entry) => ({ bus: entry.eventBusName, ...entry.event }));
        return json(200, { events });
      }
      case '/dev/mail': {
        allow(['GET']);
        // Mail goes out from the bus's rule targets and the digest: read it once they have settled.
        await deps.aws.clock.waitForIdle();
        const to = url.searchParams.get('to')?.trim().toLowerCase() || undefined;
        const messages = deps.aws.ses.messages().filter((m) => !to || m.to.some((address) => address.toLowerCase().includes(to)));
        if (String(request.headers.accept ?? '').includes('text/html')) return html(mailboxPage(messages, { ...(to ? { to } : {}) }));
        return json(200, { messages });
      }
      default: {
        const mailId = /^\/dev\/mail\/([^/]+)$/.exec(url.pathname)?.[1];
        if (mailId) {
          allow(['GET']);
          const message = deps.aws.ses.messages().find((m) => m.messageId === decodeURIComponent(mailId));
          if (!message) throw new NotFoundError('No such message in the local mailbox.');
          // The HTML part exactly as sent, under a policy that runs nothing it might carry.
          return html(message.html || `<pre>${message.text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</pre>`);
        }
        throw new NotFoundError(`No local route ${url.pathname}.`);
      }
    }
  };
}
