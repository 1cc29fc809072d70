import type { Actor } from '../../platform/auth/actor.js';
import { type BilingualText, type FieldError, ForbiddenError, RuleViolationError } from '../../platform/errors/domain-errors.js';
import { type Organisation, publicBodyOf, searchableName } from '../../platform/organisations/organisation.js';
import { checkOrganisationNumber } from '../../platform/organisations/organisation-number.js';
import type { NewOrganisationInput, OrganisationChanges } from '../contract/requests.js';

/**
 * Who may write which part of the registry. An administrator acts within their
 * own public body: they add and change its units and the body's own entry (its
 * way-in contact). Idéburna organisations belong to no body; any administrator
 * may register one or record its checked statutes, and the change goes into
 * the audit log of the administrator's body.
 */
export function mayWrite(actor: Actor, org: Organisation): boolean {
  if (actor.role !== 'admin' || actor.publicBody === undefined) return false;
  if (org.kind === 'ideburen') return true;
  return publicBodyOf(org) === actor.publicBody;
}

/** A new organisation's id from its name: "Närhälsan Öckerö vårdcentral" → "narhalsan-ockero-vardcentral". */
export function idFromName(name: string): string {
  const slug = searchableName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `org-${slug}`;
}

const normalisedNumber = (n: string | undefined) => (n === undefined ? undefined : (checkOrganisationNumber(n) as { normalised?: string }).normalised);

/** A field error whose English message is the English of its text. */
const fieldError = (path: string, text: BilingualText): FieldError => ({ path, message: text.en, text });

const OnlyIdeburenPartnerText: BilingualText = {
  sv: 'Bara en idéburen organisation kan vara partner till en offentlig organisation.',
  en: 'Only an idéburen organisation is a partner of a public body.',
};

/** Rules that need more than the shape: what each kind must and must not have. */
function kindRules(org: Organisation): FieldError[] {
  const errors: FieldError[] = [];
  if (org.kind === 'ideburen') {
    if (org.organisationNumber === undefined)
      errors.push(
        fieldError('organisationNumber', {
          sv: 'Fyll i organisationsnumret. En idéburen organisation behöver det.',
          en: 'An idéburen organisation needs its organisation number.',
        }),
      );
    if (org.legalForm === undefined)
      errors.push(
        fieldError('legalForm', { sv: 'Välj associationsform (ideell förening, stiftelse, …).', en: 'Give the legal form (ideell förening, stiftelse, …).' }),
      );
    if (org.criteria === undefined)
      errors.push(
        fieldError('criteria', {
          sv: 'Fyll i vad stadgarna säger och vilken dag de kontrollerades.',
          en: 'Record what the statutes say, and the day they were checked.',
        }),
      );
    if (org.unitType !== undefined)
      errors.push(
        fieldError('unitType', { sv: 'Bara en enhet i en offentlig organisation har en enhetstyp.', en: 'Only a unit of a public body has a unit type.' }),
      );
    if (org.criteria && org.legalForm && org.criteria.isFoundation !== (org.legalForm === 'stiftelse')) {
      errors.push(
        fieldError('criteria.isFoundation', {
          sv: 'En stiftelse ska ha associationsformen stiftelse, och tvärtom.',
          en: 'A foundation is a stiftelse, and a stiftelse is a foundation.',
        }),
      );
    }
  }
  if (org.kind === 'unit') {
    if (org.unitType === undefined)
      errors.push(
        fieldError('unitType', {
          sv: 'Välj vilken sorts enhet det är (närsjukhus, vårdcentral, …).',
          en: 'Say what kind of unit it is (närsjukhus, vårdcentral, …).',
        }),
      );
    for (const field of ['legalForm', 'criteria', 'kammarkollegiet', 'members'] as const) {
      if (org[field] !== undefined)
        errors.push(fieldError(field, { sv: 'Det här har bara en idéburen organisation.', en: 'Only an idéburen organisation has this.' }));
    }
  }
  if (org.kind === 'public-body' && (org.members !== undefined || org.criteria !== undefined)) {
    errors.push(
      fieldError('members', {
        sv: 'En offentlig organisation har enheter, inte medlemmar eller stadgar.',
        en: 'A public body has units, not members or statutes.',
      }),
    );
  }
  if (org.kind !== 'ideburen' && org.partnerBodies !== undefined) {
    errors.push(fieldError('partner', OnlyIdeburenPartnerText));
  }
  if (org.members?.some((m) => m.orgId === org.id))
    errors.push(fieldError('members', { sv: 'En organisation kan inte vara medlem i sig själv.', en: 'An organisation cannot be its own member.' }));
  return errors;
}

/** A new organisation from an administrator's input: a unit of their own body, or an idéburen organisation. */
export function newOrganisation(input: NewOrganisationInput, actor: Actor, id: string): Organisation {
  if (actor.publicBody === undefined)
    throw new ForbiddenError({
      sv: 'Din organisation är inte en offentlig organisation eller en enhet i en. Fråga den organisation som driver tjänsten.',
      en: 'Your organisation is not a public body or one of its units; ask the body that runs this service.',
    });
  const org: Organisation = {
    id,
    name: input.name,
    kind: input.kind,
    ...(input.kind === 'unit' ? { publicBodyId: actor.publicBody } : {}),
    ...(input.region ? { region: input.region } : {}),
    ...(input.organisationNumber ? { organisationNumber: normalisedNumber(input.organisationNumber) } : {}),
    ...(input.unitType ? { unitType: input.unitType } : {}),
    ...(input.legalForm ? { legalForm: input.legalForm } : {}),
    ...(input.criteria ? { criteria: input.criteria } : {}),
    ...(input.kammarkollegiet ? { kammarkollegiet: input.kammarkollegiet } : {}),
    ...(input.members ? { members: input.members } : {}),
    // The body that registers an idéburen organisation works with it: its administrators may invite the organisation's people.
    ...(input.kind === 'ideburen' ? { partnerBodies: [actor.publicBody] } : {}),
  };
  const errors = kindRules(org);
  if (errors.length) {
    throw new RuleViolationError(errors, {
      sv: 'Organisationen kan inte registreras så här. Se felen vid fälten.',
      en: 'The organisation cannot be registered like this.',
    });
  }
  return org;
}

/**
 * An idéburen organisation with or without the administrator's body among its
 * partners. A body records only its own partnership: it never adds or removes another body's.
 */
export function withPartnership(org: Organisation, body: string, partner: boolean): Organisation {
  if (org.kind !== 'ideburen') throw new RuleViolationError([fieldError('partner', OnlyIdeburenPartnerText)]);
  const others = (org.partnerBodies ?? []).filter((b) => b !== body);
  const partnerBodies = partner ? [...others, body] : others;
  const { partnerBodies: _p, ...rest } = org;
  return partnerBodies.length ? { ...rest, partnerBodies } : rest;
}

/** An organisation after an administrator's changes; the kind and the body it belongs to never change. */
export function changedOrganisation(org: Organisation, changes: OrganisationChanges, body?: string): Organisation {
  const { expectedVersion: _v, kammarkollegiet, organisationNumber, contact, partner, ...rest } = changes;
  const next: Record<string, unknown> = { ...org, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
  if (organisationNumber !== undefined) next.organisationNumber = normalisedNumber(organisationNumber);
  if (kammarkollegiet === null) delete next.kammarkollegiet;
  else if (kammarkollegiet !== undefined) next.kammarkollegiet = kammarkollegiet;
  if (contact !== undefined) {
    if (org.kind !== 'public-body') {
      throw new RuleViolationError([
        fieldError('contact', {
          sv: 'Bara en offentlig organisation har en kontaktperson för intresseanmälningar.',
          en: 'Only a public body has a way-in contact.',
        }),
      ]);
    }
    next.contact = contact;
  }
  let changed = next as unknown as Organisation;
  if (partner !== undefined && partner !== (body !== undefined && (org.partnerBodies ?? []).includes(body))) {
    if (body === undefined) {
      throw new RuleViolationError([
        fieldError('partner', {
          sv: 'Bara en administratör hos en offentlig organisation kan registrera ett partnerskap.',
          en: 'Only the administrator of a public body records a partnership.',
        }),
      ]);
    }
    changed = withPartnership(changed, body, partner);
  }
  const errors = kindRules(changed);
  if (errors.length) {
    throw new RuleViolationError(errors, {
      sv: 'Organisationen kan inte ändras så här. Se felen vid fälten.',
      en: 'The organisation cannot be changed like this.',
    });
  }
  return changed;
}

/** Members must be registered idéburna organisations. */
export function unknownMembers(org: Organisation, registered: readonly Organisation[]): FieldError[] {
  return (org.members ?? []).flatMap((m, i) =>
    registered.some((r) => r.id === m.orgId && r.kind === 'ideburen')
      ? []
      : [
          fieldError(`members.${i}.orgId`, {
            sv: `${m.orgId} är inte en registrerad idéburen organisation.`,
            en: `${m.orgId} is not a registered idéburen organisation.`,
          }),
        ],
  );
}
