import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { RouteArgs } from '../../../shared/platform/http/http-types.js';
import { type ProcurementApiDependencies, procurementHandlers } from '../../../shared/procurement/api/procurement-handlers.js';
import { applyMatchAction, startMatchCase } from '../../../shared/procurement/domain/match-case/match-case-reducer.js';
import { assertNoticeRules } from '../../../shared/procurement/domain/notice-rules.js';
import { seedNotices } from '../../../local/seed/procurement-seed.js';
import { asyncRefusalOf, bareFieldErrors, englishOnlyDomainErrors, refusalOf } from '../../support/refusal-scan.js';

/**
 * Every refusal of the procurement context reaches a buyer or a bidder in
 * their language: each domain error carries its detail as `{ sv, en }` (or a
 * named bilingual text), each field error its `text`. Read from the source,
 * so a new refusal in English only fails here.
 */
const Root = path.resolve(import.meta.dirname, '../../../shared/procurement');

const t0 = new Date('2026-03-02T09:00:00Z');
const notice = seedNotices(t0).find((n) => n.id === 'VGR-2026-001')!;
const bidder: Actor = { sub: 'u1', name: 'Anna Bidder', role: 'civil', org: 'org-anhorigcentrum-vast' };
const buyer: Actor = { sub: 'u2', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const otherBuyer: Actor = { sub: 'u3', name: 'Sara Inköp', role: 'procurement', org: 'region-stockholm', publicBody: 'region-stockholm' };

describe('procurement refusals are in Swedish and English', () => {
  it('every domain error thrown names its detail in both languages', () => {
    expect(englishOnlyDomainErrors(Root)).toEqual([]);
  });

  it('every field error carries its text beside the English message', () => {
    expect(bareFieldErrors(Root)).toEqual([]);
  });

  it('says a refusal of the match case and of the notice rules in Swedish at run time', () => {
    const started = startMatchCase({ id: 'm1', reference: 'MC-1', notice, lotId: '1', bidderOrgId: bidder.org }, bidder, t0).state;
    const wrongStage = refusalOf<ConflictError>(() => applyMatchAction(started, { type: 'end-standstill' }, buyer, t0));
    expect(wrongStage).toBeInstanceOf(ConflictError);
    expect(wrongStage.text?.sv).toMatch(/^Det steget passar inte i skedet start\./);
    // The English detail stays what an RFC 9457 client reads.
    expect(wrongStage.message).toBe('"end-standstill" cannot be done when the case is in stage "initiation".');

    const notTheirs = refusalOf<ForbiddenError>(() => applyMatchAction(started, { type: 'acknowledge' }, bidder, t0));
    expect(notTheirs).toBeInstanceOf(ForbiddenError);
    expect(notTheirs.text?.sv).toBe('Du får inte ta det här steget. Det gör upphandlaren.');

    const past = refusalOf<RuleViolationError>(() => assertNoticeRules({ ...notice, deadline: '2026-03-01T12:00:00Z' }, t0));
    expect(past).toBeInstanceOf(RuleViolationError);
    expect(past.text?.sv).toMatch(/^Upphandlingen går emot en regel i lagen om offentlig upphandling/);
    expect(past.errors.find((e) => e.path === 'deadline')?.text?.sv).toBe('Sista anbudsdag har redan passerat. Välj en senare dag.');
  });

  it('says a refusal of the procurement routes in Swedish at run time', async () => {
    const unused = () => Promise.reject(new Error('not used here'));
    const repository = {
      getNotice: async (id: string) => (id === notice.id ? notice : undefined),
      getProfile: async () => undefined,
    } as unknown as ProcurementApiDependencies['repository'];
    const handlers = procurementHandlers({
      matchCases: { get: unused, listForOrg: unused, listByStage: unused, timelinePage: unused },
      commit: unused,
      repository,
      clock: { now: () => t0 },
      organisations: { get: async () => undefined },
    });
    const args = (actor: Actor, params: Record<string, string>) =>
      ({ actor, params, body: undefined, query: {}, headers: {} }) as unknown as RouteArgs<never, never>;

    const missing = await asyncRefusalOf<NotFoundError>(handlers.getNotice(args(bidder, { id: 'N-nope' })));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.text?.sv).toBe('Det finns ingen upphandling N-nope.');

    const otherBody = await asyncRefusalOf<ForbiddenError>(handlers.noticeReach({ ...args(otherBuyer, { id: notice.id }), query: { limit: 10 } } as never));
    expect(otherBody).toBeInstanceOf(ForbiddenError);
    expect(otherBody.text?.sv).toMatch(/^Du får inte arbeta med upphandlingen .* Den hör till en annan region eller kommun än din\.$/);

    const someoneElses = await asyncRefusalOf<ForbiddenError>(handlers.getProfile(args(bidder, { orgId: 'org-other' })));
    expect(someoneElses.text?.sv).toBe('Du får bara se din egen organisations profil och matchningar.');
  });
});
