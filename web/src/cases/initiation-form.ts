import type { Contribution, InitiateIopCaseInput, PrecheckInput } from '../../../shared/iop/contract.js';

/**
 * The start-an-IOP form's values (flat, named by API path) as the request body.
 * The API validates; this only shapes: numbers from number fields, one activity
 * per line, optional parts left out when empty.
 */
export type FlatValues = Readonly<Record<string, string | boolean>>;

const str = (v: FlatValues, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');
/** An empty number field is sent as-is ("") so the API names it, rather than guessing 0. */
const num = (v: FlatValues, k: string): number | string => {
  const s = str(v, k).replace(/\s/g, '').replace(',', '.');
  return s === '' ? s : Number(s);
};
const bool = (v: FlatValues, k: string): boolean => v[k] === true;

function contribution(v: FlatValues, prefix: string) {
  const description = str(v, `${prefix}.inKindDescription`);
  const money = num(v, `${prefix}.moneySekPerYear`);
  const inKind = num(v, `${prefix}.inKindSekPerYear`);
  // An empty amount is left out: the API reads a missing contribution as 0 kr.
  return {
    ...(money === '' ? {} : { moneySekPerYear: money }),
    ...(inKind === '' ? {} : { inKindSekPerYear: inKind }),
    ...(description ? { inKindDescription: description } : {}),
  };
}

export function initiationBody(v: FlatValues, civilCount: number): InitiateIopCaseInput {
  const civilParties = Array.from({ length: civilCount }, (_, i) => {
    const p = `civilParties.${i}`;
    const regNumber = str(v, `${p}.criteria.kammarkollegietRegistration.registrationNumber`);
    const regAt = str(v, `${p}.criteria.kammarkollegietRegistration.registeredAt`);
    return {
      orgId: str(v, `${p}.orgId`),
      name: str(v, `${p}.name`),
      contribution: contribution(v, `${p}.contribution`),
      criteria: {
        solePublicBenefitPurpose: bool(v, `${p}.criteria.solePublicBenefitPurpose`),
        publicBodyControllingInfluence: bool(v, `${p}.criteria.publicBodyControllingInfluence`),
        assetsToNonProfitOnDissolution: bool(v, `${p}.criteria.assetsToNonProfitOnDissolution`),
        isFoundation: bool(v, `${p}.criteria.isFoundation`),
        ...(regNumber || regAt ? { kammarkollegietRegistration: { registrationNumber: regNumber, registeredAt: regAt } } : {}),
      },
    };
  });
  // Typed as the API's input; fields the reader left empty go as "" and come back as field errors.
  return {
    title: str(v, 'title'),
    purpose: str(v, 'purpose'),
    targetGroup: str(v, 'targetGroup'),
    activities: str(v, 'activities')
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    healthcareUnit: {
      orgId: str(v, 'healthcareUnit.orgId'),
      name: str(v, 'healthcareUnit.name'),
      contribution: contribution(v, 'healthcareUnit.contribution'),
    },
    civilParties,
    plannedStart: str(v, 'plannedStart'),
    durationMonths: num(v, 'durationMonths'),
    budgetPerYearSek: num(v, 'budgetPerYearSek'),
  } as InitiateIopCaseInput;
}

const amount = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/**
 * The pre-check's input from a body being filled in, or undefined until the
 * term and budget are numbers; missing amounts count as 0 kr, as the API reads them.
 */
export function precheckInputOf(body: InitiateIopCaseInput): PrecheckInput | undefined {
  if (
    !Number.isFinite(body.durationMonths) ||
    !Number.isFinite(body.budgetPerYearSek) ||
    typeof body.durationMonths !== 'number' ||
    typeof body.budgetPerYearSek !== 'number'
  )
    return undefined;
  const contribution = (c: Partial<Contribution>): Contribution => ({
    moneySekPerYear: amount(c.moneySekPerYear),
    inKindSekPerYear: amount(c.inKindSekPerYear),
  });
  return {
    publicParty: { orgId: body.healthcareUnit.orgId, name: body.healthcareUnit.name, contribution: contribution(body.healthcareUnit.contribution) },
    civilParties: body.civilParties.map((p) => ({ orgId: p.orgId, name: p.name || p.orgId, contribution: contribution(p.contribution), criteria: p.criteria })),
    durationMonths: body.durationMonths,
    budgetPerYearSek: body.budgetPerYearSek,
  };
}
