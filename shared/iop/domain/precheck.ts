import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';
import type { IopConfig } from './config.js';
import type { Contribution, IdeburenCriteria } from './schemas.js';

/**
 * The automated pre-check of an initiation (and of every draft version): each
 * result carries its reason in Swedish and English, because a flag nobody can
 * explain is useless to the parties.
 */
export const PrecheckChecks = {
  ideburen: 'ideburen',
  coFinancing: 'co-financing',
  duration: 'duration',
  purchaseLike: 'purchase-like',
  budget: 'budget',
} as const;
export type PrecheckCheck = (typeof PrecheckChecks)[keyof typeof PrecheckChecks];

export interface PrecheckResult {
  readonly check: PrecheckCheck;
  readonly outcome: 'pass' | 'warn' | 'fail';
  readonly reason: LocalizedText;
  readonly orgId?: string;
  /** The input field the result is about, for pointing a form at it. */
  readonly path?: string;
}

export interface PrecheckInput {
  readonly publicParty: { readonly orgId: string; readonly name: string; readonly contribution: Contribution };
  readonly civilParties: readonly {
    readonly orgId: string;
    readonly name: string;
    readonly contribution: Contribution;
    readonly criteria?: IdeburenCriteria;
  }[];
  readonly durationMonths: number;
  readonly budgetPerYearSek: number;
}

export const totalPerYear = (c: Contribution): number => c.moneySekPerYear + c.inKindSekPerYear;

export function checkIdeburen(orgId: string, name: string, criteria: IdeburenCriteria | undefined, path: string): PrecheckResult {
  const sv: string[] = [];
  const en: string[] = [];
  if (!criteria) {
    return {
      check: 'ideburen',
      outcome: 'fail',
      orgId,
      path,
      reason: { sv: `${name}: uppgifter om idéburen organisation saknas.`, en: `${name}: details about the non-profit status are missing.` },
    };
  }
  if (!criteria.solePublicBenefitPurpose) {
    sv.push('stadgarna anger inte allmännyttigt syfte som enda syfte');
    en.push('its statutes do not state a public-benefit purpose as the sole purpose');
  }
  if (criteria.publicBodyControllingInfluence) {
    sv.push('en offentlig aktör har bestämmande inflytande');
    en.push('a public body has controlling influence');
  }
  if (!criteria.assetsToNonProfitOnDissolution && !criteria.isFoundation) {
    sv.push('tillgångarna går inte till allmännyttigt ändamål om organisationen upplöses');
    en.push('its assets do not go to non-profit purposes on dissolution');
  }
  const reg = criteria.kammarkollegietRegistration;
  const regSv = reg ? ` Registrerad hos Kammarkollegiet (${reg.registrationNumber}, ${reg.registeredAt}).` : ' Ingen registrering hos Kammarkollegiet angiven.';
  const regEn = reg ? ` Registered with Kammarkollegiet (${reg.registrationNumber}, ${reg.registeredAt}).` : ' No Kammarkollegiet registration given.';
  if (sv.length > 0) {
    return {
      check: 'ideburen',
      outcome: 'fail',
      orgId,
      path,
      reason: {
        sv: `${name} uppfyller inte kraven för idéburen organisation: ${sv.join('; ')}.${regSv}`,
        en: `${name} does not meet the criteria of an idéburen organisation: ${en.join('; ')}.${regEn}`,
      },
    };
  }
  return {
    check: 'ideburen',
    outcome: 'pass',
    orgId,
    path,
    reason: {
      sv:
        `${name} är en idéburen organisation: allmännyttigt syfte, ` +
        `inget offentligt bestämmande inflytande${criteria.isFoundation ? ', stiftelse' : ', tillgångar till allmännyttigt ändamål vid upplösning'}.${regSv}`,
      en:
        `${name} is an idéburen organisation: public-benefit purpose, ` +
        `no controlling public influence${criteria.isFoundation ? ', a foundation' : ', assets to non-profits on dissolution'}.${regEn}`,
    },
  };
}

export function checkDuration(durationMonths: number, config: IopConfig, path = 'durationMonths'): PrecheckResult {
  const ok = durationMonths <= config.maxTermMonths;
  return {
    check: 'duration',
    outcome: ok ? 'pass' : 'fail',
    path,
    reason: ok
      ? {
          sv: `Löptiden ${durationMonths} månader ryms inom högst ${config.maxTermMonths} månader.`,
          en: `The term of ${durationMonths} months is within the maximum of ${config.maxTermMonths} months.`,
        }
      : {
          sv: `Löptiden ${durationMonths} månader är längre än högst ${config.maxTermMonths} månader.`,
          en: `The term of ${durationMonths} months exceeds the maximum of ${config.maxTermMonths} months.`,
        },
  };
}

export function precheck(input: PrecheckInput, config: IopConfig): PrecheckResult[] {
  const results: PrecheckResult[] = input.civilParties.map((p, i) => checkIdeburen(p.orgId, p.name, p.criteria, `civilParties.${i}.criteria`));

  const publicTotal = totalPerYear(input.publicParty.contribution);
  const civilTotal = input.civilParties.reduce((sum, p) => sum + totalPerYear(p.contribution), 0);
  const coFinanced = publicTotal > 0 && civilTotal > 0;
  results.push({
    check: 'co-financing',
    outcome: coFinanced ? 'pass' : 'fail',
    path: 'contributions',
    reason: coFinanced
      ? {
          sv: `Båda sidor bidrar: offentlig sida ${publicTotal} kr per år, idéburen sida ${civilTotal} kr per år.`,
          en: `Both sides contribute: public side SEK ${publicTotal} a year, non-profit side SEK ${civilTotal} a year.`,
        }
      : {
          sv: `Båda sidor måste bidra med pengar eller insatser (offentlig sida ${publicTotal} kr, idéburen sida ${civilTotal} kr per år).`,
          en: `Both sides must contribute money or in kind (public side SEK ${publicTotal}, non-profit side SEK ${civilTotal} a year).`,
        },
  });

  results.push(checkDuration(input.durationMonths, config));

  // A public side paying the full cost with nothing from the organisation is a purchase, whatever it is called.
  const publicMoney = input.publicParty.contribution.moneySekPerYear;
  const looksLikePurchase = civilTotal === 0 && publicMoney > 0 && publicMoney >= input.budgetPerYearSek;
  results.push({
    check: 'purchase-like',
    outcome: looksLikePurchase ? 'warn' : 'pass',
    path: 'contributions',
    reason: looksLikePurchase
      ? {
          sv:
            'Ser ut som ett köp: den offentliga sidan betalar hela kostnaden och organisationen bidrar inte själv. ' +
            'Det ska troligen upphandlas, inte bli ett IOP.',
          en:
            'Looks like a purchase: the public side pays the full cost and the organisation makes no contribution of its own. ' +
            'It is likely a procurement, not an IOP.',
        }
      : {
          sv: 'Ser inte ut som ett köp: organisationen bidrar själv till verksamheten.',
          en: 'Does not look like a purchase: the organisation contributes to the activity itself.',
        },
  });
  results.push(checkBudget(input));
  return results;
}

const kr = (n: number) => `${n.toLocaleString('sv-SE')} kr`;
const sekEn = (n: number) => `SEK ${n.toLocaleString('en-GB')}`;

/**
 * The budget per year against what the parties bring: money and in kind
 * together should meet it. A difference is a warning that says how large it
 * is and which way, so the parties can fix the draft or explain it.
 */
export function checkBudget(input: PrecheckInput): PrecheckResult {
  const parties = [input.publicParty, ...input.civilParties];
  const money = parties.reduce((sum, p) => sum + p.contribution.moneySekPerYear, 0);
  const inKind = parties.reduce((sum, p) => sum + p.contribution.inKindSekPerYear, 0);
  const total = money + inKind;
  const budget = input.budgetPerYearSek;
  const parts = {
    sv: `Parternas bidrag är ${kr(total)} per år (pengar ${kr(money)}, insatser ${kr(inKind)}) mot en budget på ${kr(budget)}.`,
    en: `The parties contribute ${sekEn(total)} a year (money ${sekEn(money)}, in kind ${sekEn(inKind)}) against a budget of ${sekEn(budget)}.`,
  };
  const gap = budget - total;
  const reason =
    gap === 0
      ? { sv: `${parts.sv} Budgeten är täckt.`, en: `${parts.en} The budget is covered.` }
      : gap > 0
        ? {
            sv: `${parts.sv} ${kr(gap)} per år saknas: öka bidragen, sänk budgeten eller förklara hur resten finansieras.`,
            en: `${parts.en} ${sekEn(gap)} a year is missing: raise the contributions, lower the budget or explain how the rest is funded.`,
          }
        : {
            sv: `${parts.sv} Bidragen är ${kr(-gap)} mer än budgeten per år: justera budgeten eller bidragen.`,
            en: `${parts.en} The contributions exceed the budget by ${sekEn(-gap)} a year: adjust the budget or the contributions.`,
          };
  return { check: 'budget', outcome: gap === 0 ? 'pass' : 'warn', path: 'budgetPerYearSek', reason };
}

export const hasFailures = (results: readonly PrecheckResult[]): boolean => results.some((r) => r.outcome === 'fail');
