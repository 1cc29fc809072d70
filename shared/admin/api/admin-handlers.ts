import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../platform/auth/actor.js';
import type { TransactionPut } from '../../platform/dynamodb/transaction.js';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../platform/errors/domain-errors.js';
import type { ContractHandlers } from '../../platform/http/contract/implement.js';
import { ok } from '../../platform/http/route.js';
import type { RouteAnswer } from '../../platform/http/http-types.js';
import { mayActFor, type Organisation, publicBodyOf } from '../../platform/organisations/organisation.js';
import type { OrganisationSearch } from '../../platform/organisations/organisation-directory.js';
import { checkOrganisationNumber } from '../../platform/organisations/organisation-number.js';
import type { AdminContract } from '../contract/operations.js';
import type { UserAccountView } from '../contract/views.js';
import { type AuditAction, type AuditEntry, auditEntry, changedFields } from '../domain/audit-entry.js';
import { changedOrganisation, idFromName, mayWrite, newOrganisation, unknownMembers } from '../domain/organisation-rules.js';
import { invitationRefusal, managesAccount } from '../domain/invitation-rules.js';
import { checkNotSelf, type UserAccount } from '../domain/user-account.js';
import type { InterestNote } from '../store/interest-store.js';
import type { UserStore } from '../store/user-store.js';
import { toSummary, toView } from './organisation-views.js';

/** The registry as the routes use it (StoredOrganisations in the Lambda). */
export interface Registry {
  get(id: string): Promise<Organisation | undefined>;
  getFresh(id: string): Promise<Organisation | undefined>;
  search(search: OrganisationSearch): Promise<{ items: Organisation[]; more: boolean }>;
  writeOf(org: Organisation, expectedVersion: number | undefined, conflict: () => Error): TransactionPut;
  forget(id: string): void;
}

/** What the registry, administration and way-in routes need, passed in (the Lambda wires the real ones). */
export interface AdminApiDependencies {
  readonly registry: Registry;
  readonly audit: {
    writeOf(entry: AuditEntry): TransactionPut;
    append(entry: AuditEntry): Promise<void>;
    page: (body: string, page: { before?: string; limit: number }) => Promise<{ items: AuditEntry[]; next?: string }>;
  };
  readonly users: UserStore;
  readonly interest: { add(note: InterestNote): Promise<void>; list(body: string, limit: number): Promise<{ items: InterestNote[]; more: boolean }> };
  /** One transaction (TransactWriteItems). */
  readonly write: (puts: readonly TransactionPut[]) => Promise<void>;
  readonly clock: { now(): Date };
  readonly newId?: () => string;
}

/** A public body has at most this many units and is listed with them in one answer. */
const UnitsPerBody = 2_000;
const Everything = 20_000;

/**
 * The registry, administration and way-in routes. Reads are open to every
 * signed-in user; an administrator writes within their own public body, and
 * each change and its audit entry are one transaction (for users, whose
 * accounts live in Cognito, the entry follows the change).
 */
/** The way-in pages of a public body that is not in the registry. */
const noPublicBodyText = (id: string | undefined) => ({ sv: `Det finns ingen offentlig organisation ${id}.`, en: `No public body ${id}.` });

export function adminHandlers({
  registry,
  audit,
  users,
  interest,
  write,
  clock,
  newId = randomUUID,
}: AdminApiDependencies): ContractHandlers<typeof AdminContract> {
  async function mustGet(id: string): Promise<Organisation> {
    const org = await registry.get(id);
    if (!org) throw new NotFoundError({ sv: `Det finns ingen organisation ${id}.`, en: `No organisation ${id}.` });
    return org;
  }

  async function viewOf(org: Organisation) {
    const [body, members, units, umbrellas] = await Promise.all([
      org.publicBodyId ? registry.get(org.publicBodyId) : undefined,
      Promise.all([...(org.members ?? []).map((m) => m.orgId), ...(org.partnerBodies ?? [])].map((id) => registry.get(id))),
      org.kind === 'public-body' ? registry.search({ publicBodyId: org.id, kind: 'unit', limit: UnitsPerBody }) : { items: [] },
      org.kind === 'ideburen' ? registry.search({ kind: 'ideburen', limit: Everything }) : { items: [] },
    ]);
    const names = new Map(members.filter((m): m is Organisation => m !== undefined).map((m) => [m.id, m.name]));
    return toView(org, { bodyName: body?.name, names, units: units.items, actingAuthorised: umbrellas.items.filter((u) => mayActFor(u, org.id)) });
  }

  /** The administrator's public body, or a refusal for an administrator of none. */
  function bodyOf(actor: Actor): string {
    if (actor.publicBody === undefined) {
      throw new ForbiddenError({
        sv: 'Du får inte administrera här. Administrationen är till för administratörer hos en region, kommun eller annan offentlig organisation.',
        en: 'Administration is for the administrators of a public body.',
      });
    }
    return actor.publicBody;
  }

  const entry = (actor: Actor, action: AuditAction, subject: AuditEntry['subject'], change: Parameters<typeof auditEntry>[6]) =>
    auditEntry(actor, bodyOf(actor), clock.now(), newId(), action, subject, change);

  async function freeId(name: string): Promise<string> {
    const base = idFromName(name);
    for (let n = 1; n < 50; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!(await registry.getFresh(id))) return id;
    }
    throw new ConflictError({
      sv: `Det finns för många organisationer med namn som ${name}. Välj ett annat namn.`,
      en: `Too many organisations are named like ${name}.`,
    });
  }

  async function checkMembers(org: Organisation): Promise<void> {
    if (!org.members?.length) return;
    const found = await Promise.all(org.members.map((m) => registry.get(m.orgId)));
    const errors = unknownMembers(
      org,
      found.filter((m): m is Organisation => m !== undefined),
    );
    if (errors.length) {
      throw new RuleViolationError(errors, {
        sv: 'Medlemmarna måste vara registrerade idéburna organisationer.',
        en: 'Members must be registered idéburna organisations.',
      });
    }
  }

  /** The account's fields, and its organisation by name (a store may keep more). */
  const viewOfAccount = (a: UserAccount, orgName: string | undefined): UserAccountView => ({
    sub: a.sub,
    email: a.email,
    name: a.name,
    role: a.role,
    org: a.org,
    orgName: orgName ?? a.org,
    enabled: a.enabled,
    createdAt: a.createdAt,
  });

  async function accountView(account: UserAccount): Promise<UserAccountView> {
    return viewOfAccount(account, (await registry.get(account.org))?.name);
  }

  /** A user this administrator manages, or unknown: another body's people are not theirs to see. */
  async function managedUser(actor: Actor, sub: string): Promise<{ account: UserAccount; org: Organisation | undefined }> {
    const account = await users.get(sub);
    const org = account && (await registry.get(account.org));
    if (!account || !managesAccount(actor, account, org)) throw new NotFoundError({ sv: 'Vi hittar ingen sådan användare.', en: `No user ${sub}.` });
    return { account, org };
  }

  /** The invitation rule as the API answers it: 403 for an organisation that is not theirs to give access to, 422 for a wrong role. */
  function checkInvitation(actor: Actor, role: Role, org: Organisation | undefined, orgId: string): void {
    const refusal = invitationRefusal(actor, role, org, orgId);
    if (!refusal) return;
    if (refusal.kind === 'forbidden') throw new ForbiddenError(refusal.text);
    throw new RuleViolationError([{ path: refusal.path, message: refusal.text.en, text: refusal.text }], refusal.text);
  }

  const withAnswer = (answer: RouteAnswer, idempotency: { recordWith(a: RouteAnswer): TransactionPut } | undefined) =>
    idempotency ? [idempotency.recordWith(answer)] : [];

  return {
    listOrganisations: async ({ query }) => {
      const found = await registry.search({
        q: query.q,
        kind: query.kind,
        region: query.region,
        publicBodyId: query.publicBody,
        partnerOf: query.partnerOf,
        limit: query.limit,
      });
      const bodies = await Promise.all([...new Set(found.items.map((o) => o.publicBodyId).filter((b): b is string => !!b))].map((b) => registry.get(b)));
      const names = new Map(bodies.filter((b): b is Organisation => !!b).map((b) => [b.id, b.name]));
      return ok({ items: found.items.map((o) => toSummary(o, o.publicBodyId ? names.get(o.publicBodyId) : undefined)), more: found.more });
    },

    getOrganisation: async ({ params }) => ok(await viewOf(await mustGet(params.id ?? ''))),

    createOrganisation: async ({ actor, body, idempotency }) => {
      bodyOf(actor);
      const org = newOrganisation(body, actor, await freeId(body.name));
      await checkMembers(org);
      const view = { ...(await viewOf({ ...org, version: 1 })) };
      const answer = ok(view, 201, { location: `/organisations/${org.id}` });
      const log = entry(actor, 'organisation-created', { kind: 'organisation', id: org.id, name: org.name }, changedFields(undefined, { ...org }));
      await write([
        registry.writeOf(
          org,
          undefined,
          () =>
            new ConflictError({
              sv: `${org.id} registrerades alldeles nyss. Ladda om sidan och försök igen.`,
              en: `${org.id} was registered a moment ago; reload and try again.`,
            }),
        ),
        audit.writeOf(log),
        ...withAnswer(answer, idempotency),
      ]);
      registry.forget(org.id);
      return answer;
    },

    updateOrganisation: async ({ actor, body, params, idempotency }) => {
      bodyOf(actor);
      const current = await registry.getFresh(params.id ?? '');
      if (!current) throw new NotFoundError({ sv: `Det finns ingen organisation ${params.id}.`, en: `No organisation ${params.id}.` });
      if (!mayWrite(actor, current)) {
        throw new ForbiddenError({
          sv: `Du får inte ändra ${current.name}. Den hör inte till din organisation.`,
          en: `${current.name} is not an organisation of your public body.`,
        });
      }
      const version = current.version ?? 0;
      const stale = () =>
        new ConflictError(
          {
            sv: `Någon annan ändrade ${current.name} medan du ändrade. Läs in den nya versionen och gör om dina ändringar.`,
            en: `Someone else changed ${current.name} while you were changing it (version ${version}, not ${body.expectedVersion}). Load the new version and make your changes again.`,
          },
          { expectedVersion: body.expectedVersion, currentVersion: version },
        );
      if (body.expectedVersion !== version) throw stale();
      const next = changedOrganisation(current, body, actor.publicBody);
      await checkMembers(next);
      const answer = ok(await viewOf({ ...next, version: version + 1 }));
      const { version: _a, ...was } = current;
      const { version: _b, ...now } = next;
      const log = entry(actor, 'organisation-updated', { kind: 'organisation', id: next.id, name: next.name }, changedFields(was, now));
      await write([registry.writeOf(next, version, stale), audit.writeOf(log), ...withAnswer(answer, idempotency)]);
      registry.forget(next.id);
      return answer;
    },

    listUsers: async ({ actor, query }) => {
      const body = bodyOf(actor);
      const [units, partners] = await Promise.all([
        registry.search({ publicBodyId: body, limit: UnitsPerBody }),
        registry.search({ partnerOf: body, limit: Everything }),
      ]);
      const orgs = new Map([...units.items, ...partners.items].map((o) => [o.id, o]));
      const found = await users.listForOrgs([...orgs.keys()], query.limit);
      // A partner organisation's accounts are the body's to manage only with the civil role.
      const items = found.items.filter((a) => managesAccount(actor, a, orgs.get(a.org))).map((a) => viewOfAccount(a, orgs.get(a.org)?.name));
      items.sort((a, b) => a.orgName.localeCompare(b.orgName, 'sv') || a.name.localeCompare(b.name, 'sv'));
      return ok({ items, more: found.more });
    },

    inviteUser: async ({ actor, body }) => {
      bodyOf(actor);
      const org = await registry.get(body.org);
      checkInvitation(actor, body.role as Role, org, body.org);
      const account = await users.invite({ ...body, role: body.role as Role }, clock.now());
      await audit.append(
        entry(
          actor,
          'user-invited',
          { kind: 'user', id: account.sub, name: account.name },
          changedFields(undefined, { email: account.email, role: account.role, org: account.org }),
        ),
      );
      return ok(await accountView(account), 201);
    },

    updateUser: async ({ actor, body, params }) => {
      if (body.role === undefined && body.enabled === undefined)
        throw new ValidationError([
          {
            path: '(body)',
            message: 'Change the role, or enabled, or both.',
            text: { sv: 'Ändra rollen, eller om kontot är aktivt, eller båda.', en: 'Change the role, or whether the account is enabled, or both.' },
          },
        ]);
      const { account, org } = await managedUser(actor, params.sub ?? '');
      checkNotSelf(actor, account.sub);
      const subject = { kind: 'user' as const, id: account.sub, name: account.name };
      let after = account;
      if (body.role !== undefined && body.role !== account.role) {
        checkInvitation(actor, body.role as Role, org, account.org);
        await users.setRole(account.sub, body.role as Role);
        await audit.append(entry(actor, 'user-role-changed', subject, { before: { role: account.role }, after: { role: body.role } }));
        after = { ...after, role: body.role as Role };
      }
      if (body.enabled !== undefined && body.enabled !== account.enabled) {
        await users.setEnabled(account.sub, body.enabled);
        await audit.append(
          entry(actor, body.enabled ? 'user-enabled' : 'user-disabled', subject, { before: { enabled: account.enabled }, after: { enabled: body.enabled } }),
        );
        after = { ...after, enabled: body.enabled };
      }
      return ok(await accountView(after));
    },

    auditLog: async ({ actor, query }) => {
      const page = await audit.page(bodyOf(actor), query);
      return ok({
        items: page.items.map(({ publicBody: _b, ...e }) => ({ ...e, before: e.before && { ...e.before }, after: e.after && { ...e.after } })),
        ...(page.next ? { next: page.next } : {}),
      });
    },

    wayInIndex: async () => {
      const bodies = await registry.search({ kind: 'public-body', limit: Everything });
      return ok(
        {
          items: bodies.items.map((b) => ({
            id: b.id,
            name: b.name,
            ...(b.bodyType ? { bodyType: b.bodyType } : {}),
            ...(b.region ? { region: b.region } : {}),
          })),
        },
        200,
        { 'cache-control': 'public, max-age=300' },
      );
    },

    wayIn: async ({ params }) => {
      const org = await registry.get(params.id ?? '');
      if (org?.kind !== 'public-body') throw new NotFoundError(noPublicBodyText(params.id));
      const units = await registry.search({ publicBodyId: org.id, kind: 'unit', limit: UnitsPerBody });
      return ok(
        {
          id: org.id,
          name: org.name,
          ...(org.bodyType ? { bodyType: org.bodyType } : {}),
          ...(org.contact ? { contact: { ...org.contact } } : {}),
          units: units.items.map((u) => ({ id: u.id, name: u.name, ...(u.unitType ? { unitType: u.unitType } : {}) })),
        },
        200,
        { 'cache-control': 'public, max-age=300' },
      );
    },

    sendInterest: async ({ params, body }) => {
      const org = await registry.get(params.id ?? '');
      if (org?.kind !== 'public-body') throw new NotFoundError(noPublicBodyText(params.id));
      const unit = body.unitId === undefined ? undefined : await registry.get(body.unitId);
      if (body.unitId !== undefined && (!unit || publicBodyOf(unit) !== org.id || unit.kind !== 'unit')) {
        throw new RuleViolationError([
          {
            path: 'unitId',
            message: `${body.unitId} is not a unit of ${org.name}.`,
            text: { sv: `${body.unitId} är inte en enhet i ${org.name}. Välj en enhet i listan.`, en: `${body.unitId} is not a unit of ${org.name}.` },
          },
        ]);
      }
      const number = body.organisationNumber === undefined ? undefined : checkOrganisationNumber(body.organisationNumber);
      const note: InterestNote = {
        id: newId(),
        at: clock.now().toISOString(),
        publicBodyId: org.id,
        ...(unit ? { unit: { id: unit.id, name: unit.name } } : {}),
        organisationName: body.organisationName,
        ...(number?.valid === true ? { organisationNumber: number.normalised } : {}),
        contactName: body.contactName,
        email: body.email,
        ...(body.phone ? { phone: body.phone } : {}),
        idea: body.idea,
      };
      await interest.add(note);
      const receiver = org.contact ? { name: org.contact.name, role: org.contact.role, email: org.contact.email } : { name: org.name };
      return ok({ id: note.id, at: note.at, receiver }, 201);
    },

    listInterest: async ({ actor, query }) => {
      if (actor.publicBody === undefined) {
        throw new ForbiddenError({
          sv: 'Du får inte läsa intresseanmälningarna. De läses av personalen hos den offentliga organisation de skickades till.',
          en: 'Intresseanmälningar are read by the staff of the public body they were sent to.',
        });
      }
      const found = await interest.list(actor.publicBody, query.limit);
      return ok({ items: found.items.map((n) => ({ ...n, ...(n.unit ? { unit: { ...n.unit } } : {}) })), more: found.more });
    },
  };
}
