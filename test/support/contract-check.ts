import { safeParse } from 'zod/mini';
import { createRouteMatcher } from '../../local/engines/api/route-matcher.js';
import { AllDocumentedOperations } from '../../shared/platform/http/openapi/documented-routes.js';
import { routeKeyOf } from '../../shared/platform/http/routes.js';

const match = createRouteMatcher();
const byKey = new Map(AllDocumentedOperations.map((op) => [routeKeyOf(op), op]));

/**
 * Every successful answer a test receives must be the view its contract
 * declares: strict views, so a storage field that leaks into an answer fails
 * the test that received it. Returns the problem, or undefined when it fits.
 */
export function contractMismatch(method: string, url: string, status: number, body: unknown): string | undefined {
  if (status < 200 || status >= 300 || status === 204) return undefined;
  const path = new URL(url, 'http://local').pathname;
  const found = match(method, path);
  const op = found && byKey.get(found.routeKey);
  if (!op) return undefined; // dev routes (/dev/…) and static files have no contract
  const parsed = safeParse(op.response.view, body);
  if (parsed.success) return undefined;
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return `${method} ${path} answered ${status} with a body that is not its contract's view:\n  ${issues.join('\n  ')}`;
}
