import { toCaseSummary, toCaseView } from '../api/case-views.js';
import { DefaultIopConfig } from '../domain/config.js';
import { initiate } from '../domain/initiate.js';
import type { InitiateIopCaseInput } from '../domain/schemas.js';
import type { Actor } from '../../platform/auth/actor.js';
import { routeKeyOf } from '../../platform/http/contract/operation.js';
import { IopContract } from './operations.js';

/**
 * Examples for the OpenAPI document, made by the domain itself from one small
 * initiation, so an example can never show a field the API does not answer.
 * Only the document's writer imports this (it runs the reducer).
 */
const now = new Date('2026-03-02T09:00:00.000Z');
const initiator: Actor = { sub: 'example-user', name: 'Sara Lindqvist', role: 'healthcare', org: 'angereds-narsjukhus' };
const invited: Actor = { sub: 'example-civil', name: 'Ahmed Hassan', role: 'civil', org: 'svenska-roda-korset' };

export const ExampleInitiation: InitiateIopCaseInput = {
  title: 'Hälsokommunikatörer i Angered',
  purpose: 'Minska ojämlikheten i hälsa genom hälsoinformation på eget språk och lotsning i vården.',
  targetGroup: 'Nyanlända och boende i Angered med begränsad kunskap om svensk hälso- och sjukvård.',
  activities: ['Hälsoinformation i grupp på arabiska och somaliska', 'Lotsning till vårdcentral och 1177'],
  healthcareUnit: { orgId: 'angereds-narsjukhus', name: 'Angereds Närsjukhus', contribution: { moneySekPerYear: 900_000, inKindSekPerYear: 250_000 } },
  civilParties: [
    {
      orgId: 'svenska-roda-korset',
      name: 'Svenska Röda Korset',
      contribution: { moneySekPerYear: 150_000, inKindSekPerYear: 400_000, inKindDescription: 'Volontärer och samordning' },
      criteria: { solePublicBenefitPurpose: true, publicBodyControllingInfluence: false, assetsToNonProfitOnDissolution: true, isFoundation: false },
    },
  ],
  budgetPerYearSek: 1_700_000,
  plannedStart: '2026-06-01',
  durationMonths: 36,
} as InitiateIopCaseInput;

/** Route key → an example of its success answer. */
export function iopExamples(): Record<string, unknown> {
  const t = initiate(ExampleInitiation, initiator, now, DefaultIopConfig, { id: 'iop-0a1b2c3d4e5f', reference: 'IOP-2026-0A1B2C' });
  const ctx = { now, config: DefaultIopConfig };
  const asInitiator = toCaseView(t.state, 1, undefined, { ...ctx, actor: initiator });
  return {
    [routeKeyOf(IopContract.initiate)]: asInitiator,
    [routeKeyOf(IopContract.get)]: toCaseView(t.state, 1, undefined, { ...ctx, actor: invited }),
    [routeKeyOf(IopContract.list)]: { items: [toCaseSummary(t.state, 1, ctx)], more: false },
    [routeKeyOf(IopContract.timeline)]: { items: t.timeline },
  };
}
