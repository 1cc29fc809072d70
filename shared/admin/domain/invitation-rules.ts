import type { Actor, Role } from '../../platform/auth/actor.js';
import type { BilingualText } from '../../platform/errors/domain-errors.js';
import { type Organisation, publicBodyOf } from '../../platform/organisations/organisation.js';

/** The roles a public body's administrator gives its own people. */
export const BodyRoles = ['healthcare', 'approver', 'procurement', 'admin'] as const satisfies readonly Role[];
/** The roles of the people of an idéburen organisation. */
export const CivilRoles = ['civil'] as const satisfies readonly Role[];

/**
 * Why an administrator may not give this role at this organisation: `forbidden`
 * when the organisation is not theirs to give access to at all (403), `rule`
 * when the organisation is, but not with that role (422, at the field).
 */
export interface InvitationRefusal {
  readonly kind: 'forbidden' | 'rule';
  readonly path: 'org' | 'role';
  readonly text: BilingualText;
}

/** Whether the administrator's body works with this idéburen organisation: it registered it, or recorded it as a partner. */
export function partnersWith(body: string | undefined, org: Organisation | undefined): boolean {
  return body !== undefined && org?.kind === 'ideburen' && (org.partnerBodies ?? []).includes(body);
}

/**
 * Who an administrator of a public body may give an account, and with which role:
 *
 * - their own people: the body itself or one of its units, with a staff role
 *   (healthcare staff only at a unit); never the civil role, which belongs to
 *   idéburna organisations;
 * - the people of an idéburen organisation their body works with (registered
 *   it, or recorded it as a partner), with the civil role only: a body never
 *   hands out staff roles outside itself, and never touches another body's
 *   people. An organisation no body works with gets its accounts from one that
 *   does; the invitation is in the inviting body's audit log.
 */
export function invitationRefusal(actor: Actor, role: Role, org: Organisation | undefined, orgId: string): InvitationRefusal | undefined {
  const body = actor.role === 'admin' ? actor.publicBody : undefined;
  const name = org?.name ?? orgId;
  if (body === undefined) {
    return {
      kind: 'forbidden',
      path: 'org',
      text: { sv: 'Bara administratörer i en region eller kommun bjuder in.', en: 'Only administrators of a region or municipality invite people.' },
    };
  }
  if (org === undefined) {
    return { kind: 'rule', path: 'org', text: { sv: `${name} finns inte i organisationsregistret.`, en: `${name} is not in the organisation registry.` } };
  }
  if (org.kind === 'ideburen') {
    if (!partnersWith(body, org)) {
      return {
        kind: 'forbidden',
        path: 'org',
        text: {
          sv: `Er region eller kommun samarbetar inte med ${name} enligt registret. Markera organisationen som samarbetspartner först, eller be en region eller kommun som samarbetar med den.`,
          en: `Your region or municipality does not work with ${name} according to the registry. Record the organisation as a partner first, or ask a region or municipality that works with it.`,
        },
      };
    }
    if (!(CivilRoles as readonly Role[]).includes(role)) {
      return {
        kind: 'rule',
        path: 'role',
        text: {
          sv: 'Personer i en idéburen organisation får bara rollen idéburen användare. Roller som vårdpersonal, beslutsfattare, upphandlare och administratör är för er egen organisation.',
          en: 'People of a non-profit organisation get the civil-society role only. Staff roles (healthcare, decision-maker, procurement, administrator) are for your own organisation.',
        },
      };
    }
    return undefined;
  }
  if (publicBodyOf(org) !== body) {
    return {
      kind: 'rule',
      path: 'org',
      text: { sv: `${name} hör inte till er region eller kommun.`, en: `${name} is not your public body or one of its units.` },
    };
  }
  if (!(BodyRoles as readonly Role[]).includes(role)) {
    return {
      kind: 'rule',
      path: 'role',
      text: {
        sv: 'Rollen idéburen användare är för personer i idéburna organisationer, inte för er egen organisation.',
        en: 'The civil-society role is for people of non-profit organisations, not for your own organisation.',
      },
    };
  }
  if (role === 'healthcare' && org.kind !== 'unit') {
    return {
      kind: 'rule',
      path: 'role',
      text: {
        sv: 'Vårdpersonal hör till en enhet (ett närsjukhus, en vårdcentral), inte till regionen eller kommunen själv.',
        en: 'Healthcare staff belong to a unit (a närsjukhus, a vårdcentral), not to the body itself.',
      },
    };
  }
  return undefined;
}

/**
 * Whether an account is one this administrator manages (lists, disables,
 * changes): the people of their body and its units, and the civil accounts of
 * the idéburna organisations their body works with.
 */
export function managesAccount(actor: Actor, account: { readonly role: Role }, org: Organisation | undefined): boolean {
  if (actor.role !== 'admin' || actor.publicBody === undefined || org === undefined) return false;
  if (org.kind === 'ideburen') return account.role === 'civil' && partnersWith(actor.publicBody, org);
  return publicBodyOf(org) === actor.publicBody;
}
