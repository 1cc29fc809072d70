import { expect } from 'vitest';
import { seedProfiles } from '../../local/seed/procurement-seed.js';
import { ProcurementDemoUsers } from '../../local/seed/procurement-seed-store.js';
import type { BidderProfileInput } from '../../shared/procurement/domain/bidder-profile.js';
import { idle } from '../integration/iop/iop-http.js';
import type { ApiAnswer, ApiClient, Caller } from '../support/local-runtime.js';

/** Helpers the security tests share: write counting, a request pool, valid procurement inputs, and the local clock. */

const WriteOperations = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'];

/** DynamoDB write calls made through the runtime's endpoint so far: "nothing was written" is this number not moving. */
export function tableWrites(api: ApiClient): number {
  const counts = api.runtime.dynamo.requestCounts();
  return WriteOperations.reduce((n, op) => n + (counts[op] ?? 0), 0);
}

/** Runs the tasks with at most `width` under way at once (the answers do not depend on one another). */
export async function inPool<T>(tasks: readonly (() => Promise<T>)[], width = 6): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

/** The local virtual clock's now (POST /dev/clock moves it). */
export async function clockNow(api: ApiClient): Promise<Date> {
  return new Date((await api.anonymous().get('/dev/clock')).body.now as string);
}

export const Eva = ProcurementDemoUsers[0];
export const Lars = ProcurementDemoUsers[1];

/** A notice procurement staff may register, with its deadline 60 days after `now` (on the virtual clock). */
export function noticeInput(now: Date, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    buyer: { orgId: 'vgr', unit: 'Västra Götalandsregionen, Koncernkontoret inköp' },
    title: 'Anhörigstöd i Borås',
    description: 'Samtalsgrupper och anhörigstöd för äldre och deras anhöriga i Borås.',
    cpv: { main: '85312400', additional: [] },
    nuts: ['SE232'],
    estimatedValueSek: 1_800_000,
    durationMonths: 36,
    procedure: 'open',
    deadline: new Date(now.getTime() + 60 * 86_400_000).toISOString(),
    socialObjectives: ['acc-all'],
    socialClauses: [{ objective: 'acc-all', text: 'Verksamheten ska vara tillgänglig för personer med funktionsnedsättning.' }],
    ...overrides,
  };
}

/** The seeded profile of a demo bidder, as the body of PUT /bidders/{orgId}. */
export function profileInput(orgId: string = Eva.org): BidderProfileInput {
  const found = seedProfiles(new Date()).find((p) => p.orgId === orgId);
  expect(found, `a seed profile for ${orgId}`).toBeDefined();
  const { orgId: _org, updatedAt: _at, ...input } = found!;
  return input;
}

/** POSTs and waits for the workflows; the answer must be 2xx. */
export async function mustPost(api: ApiClient, who: Caller, path: string, body: unknown): Promise<ApiAnswer> {
  const answer = await who.post(path, body);
  expect(answer.status, `POST ${path} ${JSON.stringify(body).slice(0, 120)} → ${JSON.stringify(answer.body).slice(0, 400)}`).toBeLessThan(300);
  await idle(api);
  return answer;
}

export const isProblemJson = (answer: ApiAnswer): boolean => (answer.headers.get('content-type') ?? '').startsWith('application/problem+json');
