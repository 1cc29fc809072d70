import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AdminApiDependencies, adminHandlers } from '../../../shared/admin/api/admin-handlers.js';
import { changedOrganisation, newOrganisation } from '../../../shared/admin/domain/organisation-rules.js';
import { checkNotSelf } from '../../../shared/admin/domain/user-account.js';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { ForbiddenError, NotFoundError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { RouteArgs } from '../../../shared/platform/http/http-types.js';
import type { Organisation } from '../../../shared/platform/organisations/organisation.js';
import { asyncRefusalOf, bareFieldErrors, englishOnlyDomainErrors, refusalOf } from '../../support/refusal-scan.js';

/**
 * Every refusal of the administration context (and of the inbox and the
 * reports, which refuse little) reaches an administrator in their language:
 * each domain error carries its detail as `{ sv, en }` (or a named bilingual
 * text), each field error its `text`. Read from the source, so a new refusal
 * in English only fails here.
 */
const Roots = ['admin', 'notifications', 'reporting'].map((context) => path.resolve(import.meta.dirname, '../../../shared', context));

const admin: Actor = { sub: 'omar', name: 'Omar', role: 'admin', org: 'vgr', publicBody: 'vgr' };
const adminOfNone: Actor = { sub: 'ida', name: 'Ida', role: 'admin', org: 'org-forum' };
const lerum: Organisation = { id: 'lerum', name: 'Närhälsan Lerum vårdcentral', kind: 'unit', unitType: 'vardcentral', publicBodyId: 'vgr' };

describe('administration refusals are in Swedish and English', () => {
  it.each(Roots)('every domain error thrown under %s names its detail in both languages', (root) => {
    expect(englishOnlyDomainErrors(root)).toEqual([]);
  });

  it.each(Roots)('every field error under %s carries its text beside the English message', (root) => {
    expect(bareFieldErrors(root)).toEqual([]);
  });

  it('says a refusal of the organisation and account rules in Swedish at run time', () => {
    const noBody = refusalOf<ForbiddenError>(() => newOrganisation({ name: 'Forum', kind: 'unit', unitType: 'vardcentral' } as never, adminOfNone, 'forum'));
    expect(noBody).toBeInstanceOf(ForbiddenError);
    expect(noBody.text?.sv).toMatch(/^Din organisation är inte en offentlig organisation/);

    const contact = refusalOf<RuleViolationError>(() =>
      changedOrganisation(lerum, { expectedVersion: 1, contact: { name: 'Eva', role: 'Samordnare', email: 'eva@example.se' } } as never, 'vgr'),
    );
    expect(contact).toBeInstanceOf(RuleViolationError);
    expect(contact.errors[0]).toMatchObject({ path: 'contact', message: 'Only a public body has a way-in contact.' });
    expect(contact.errors[0]!.text?.sv).toMatch(/^Bara en offentlig organisation har en kontaktperson/);

    const self = refusalOf<RuleViolationError>(() => checkNotSelf(admin, admin.sub));
    expect(self.errors[0]!.text?.sv).toMatch(/^Du kan inte ändra din egen roll/);
  });

  it('says a refusal of the administration routes in Swedish at run time', async () => {
    const unused = () => Promise.reject(new Error('not used here'));
    const handlers = adminHandlers({
      registry: { get: async () => undefined } as unknown as AdminApiDependencies['registry'],
      audit: { writeOf: () => ({}) as never, append: unused, page: unused },
      users: {} as AdminApiDependencies['users'],
      interest: { add: unused, list: unused },
      write: unused,
      clock: { now: () => new Date('2026-03-02T09:00:00Z') },
    });
    const args = (actor: Actor | undefined, params: Record<string, string>) =>
      ({ actor, params, body: undefined, query: { limit: 10 }, headers: {} }) as unknown as RouteArgs<never, never>;

    const notAdministration = await asyncRefusalOf<ForbiddenError>(handlers.auditLog(args(adminOfNone, {})));
    expect(notAdministration).toBeInstanceOf(ForbiddenError);
    expect(notAdministration.text?.sv).toMatch(/^Du får inte administrera här\./);

    const noWayIn = await asyncRefusalOf<NotFoundError>(handlers.wayIn(args(undefined, { id: 'nowhere' })));
    expect(noWayIn).toBeInstanceOf(NotFoundError);
    expect(noWayIn.text?.sv).toBe('Det finns ingen offentlig organisation nowhere.');
    expect(noWayIn.message).toBe('No public body nowhere.');
  });
});
