import { describe, expect, it } from 'vitest';
import type { MatchCaseView } from '../../../shared/procurement/contract.js';
import { ConfigError, parseRuntimeConfig } from '../../../web/src/auth/runtime-config.js';
import { isExpired, sessionFromToken } from '../../../web/src/auth/session.js';
import { initiationBody, precheckInputOf } from '../../../web/src/cases/initiation-form.js';
import { matchActionsToShow, matchDates } from '../../../web/src/procurement/match-actions.js';
import { profileBody } from '../../../web/src/procurement/profile-form.js';
import { noticeBody } from '../../../web/src/procurement/notice-form.js';
import { reservationKeys } from '../../../web/src/procurement/reservation-label.js';
import { matchRoute, pathTo } from '../../../web/src/router/routes.js';

describe('routes', () => {
  it('matches literal paths before patterns', () => {
    expect(matchRoute('/arenden/nytt')).toEqual({ page: 'newCase', params: {} });
    expect(matchRoute('/arenden/iop-1')).toEqual({ page: 'case', params: { id: 'iop-1' } });
    expect(matchRoute('/arenden/')).toEqual({ page: 'cases', params: {} });
    expect(matchRoute('/nowhere')).toEqual({ page: 'notFound', params: {} });
  });

  it('encodes parameters both ways', () => {
    const path = pathTo('notice', { id: 'VGR 2026/1' });
    expect(path).toBe('/upphandlingar/VGR%202026%2F1');
    expect(matchRoute(path).params).toEqual({ id: 'VGR 2026/1' });
  });
});

describe('runtime configuration', () => {
  it('reads the local and the Cognito shapes', () => {
    expect(parseRuntimeConfig({ auth: 'local' })).toEqual({ auth: 'local', apiUrl: '' });
    const cognito = {
      auth: 'cognito',
      authority: 'https://cognito-idp.eu-north-1.amazonaws.com/pool',
      clientId: 'abc',
      redirectUri: 'https://app.example/auth/callback',
      apiUrl: 'https://api.example',
    };
    expect(parseRuntimeConfig(cognito)).toEqual(cognito);
  });

  it('refuses a Cognito config without its client id', () => {
    expect(() => parseRuntimeConfig({ auth: 'cognito', authority: 'x', redirectUri: 'y', apiUrl: 'z' })).toThrow(ConfigError);
    expect(() => parseRuntimeConfig({ auth: 'magic' })).toThrow(ConfigError);
  });
});

describe('sessionFromToken', () => {
  const token = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

  it('reads the actor from Cognito-shaped claims, non-ASCII names included', () => {
    const session = sessionFromToken(token({ sub: 'u1', name: 'Åsa Öberg', 'custom:role': 'civil', 'custom:org': 'rsmh', exp: 100 }));
    expect(session?.actor).toEqual({ sub: 'u1', name: 'Åsa Öberg', role: 'civil', org: 'rsmh' });
    expect(isExpired(session!, 99)).toBe(false);
    expect(isExpired(session!, 100)).toBe(true);
  });

  it('rejects tokens without a known role or an organisation', () => {
    expect(sessionFromToken(token({ sub: 'u1', 'custom:role': 'king', 'custom:org': 'x' }))).toBeUndefined();
    expect(sessionFromToken(token({ sub: 'u1', 'custom:role': 'civil' }))).toBeUndefined();
    expect(sessionFromToken('garbage')).toBeUndefined();
  });
});

describe('the start-an-IOP form', () => {
  const values = {
    title: ' Peer support ',
    purpose: 'Stöd',
    targetGroup: 'Vuxna',
    activities: 'Samtal\n\n Grupper ',
    'healthcareUnit.orgId': 'lerum-vc',
    'healthcareUnit.name': 'Lerum',
    'healthcareUnit.contribution.moneySekPerYear': '400 000',
    'healthcareUnit.contribution.inKindSekPerYear': '',
    'civilParties.0.orgId': 'rsmh',
    'civilParties.0.name': 'RSMH',
    'civilParties.0.contribution.moneySekPerYear': '',
    'civilParties.0.contribution.inKindSekPerYear': '',
    'civilParties.0.criteria.solePublicBenefitPurpose': true,
    'civilParties.0.criteria.publicBodyControllingInfluence': false,
    'civilParties.0.criteria.assetsToNonProfitOnDissolution': true,
    'civilParties.0.criteria.isFoundation': false,
    'civilParties.0.criteria.kammarkollegietRegistration.registrationNumber': '',
    plannedStart: '2027-03-01',
    durationMonths: '72',
    budgetPerYearSek: '400000',
  };

  it('shapes the request: trimmed texts, one activity per line, empty amounts left out', () => {
    const body = initiationBody(values, 1);
    expect(body.title).toBe('Peer support');
    expect(body.activities).toEqual(['Samtal', 'Grupper']);
    expect(body.healthcareUnit.contribution).toEqual({ moneySekPerYear: 400000 });
    expect(body.civilParties[0]!.contribution).toEqual({});
    expect(body.civilParties[0]!.criteria).not.toHaveProperty('kammarkollegietRegistration');
    expect(body.durationMonths).toBe(72);
  });

  it('sends an empty number as "" so the API names the field', () => {
    expect(initiationBody({ ...values, durationMonths: '' }, 1).durationMonths).toBe('');
    expect(precheckInputOf(initiationBody({ ...values, durationMonths: '' }, 1))).toBeUndefined();
  });

  it('gives the pre-check missing amounts as 0 kr, as the API reads them', () => {
    const input = precheckInputOf(initiationBody(values, 1))!;
    expect(input.civilParties[0]!.contribution).toEqual({ moneySekPerYear: 0, inKindSekPerYear: 0 });
    expect(input.publicParty.contribution).toEqual({ moneySekPerYear: 400000, inKindSekPerYear: 0 });
  });
});

describe('the bidder profile form', () => {
  it('splits code lists, reads the ticked counties and sends the share as 0–1', () => {
    const body = profileBody({
      name: 'X',
      description: 'Y',
      cpv: '85312400, 85311100;85312320',
      'regions:SE232': true,
      'regions:SE231': false,
      capacitySekPerYear: '2000000',
      staff: '12',
      disadvantagedShare: '35',
      ideburen: true,
      consortiumWilling: false,
    });
    expect(body).toMatchObject({
      cpv: ['85312400', '85311100', '85312320'],
      regions: ['SE232'],
      capacitySekPerYear: 2000000,
      disadvantagedShare: 0.35,
      socialObjectives: [],
    });
  });
});

describe('match cases', () => {
  const base = {
    id: 'm1',
    reference: 'M-1',
    noticeId: 'n',
    lotId: '1',
    noticeTitle: 'T',
    buyerOrgId: 'vgr',
    bidderOrgId: 'rsmh',
    consortiumOrgIds: [],
    initiatedBy: 'bidder',
    stage: 'approval',
    directAward: false,
    reservation: 'none',
    reservedForIdeburna: false,
    tenderDeadline: '2027-01-10T12:00:00Z',
    tenderSchool: null,
    tenderSubmittedAt: '2027-01-09T10:00:00Z',
    evaluation: { at: '2027-01-20T10:00:00Z', note: 'ok' },
    award: {
      decidedAt: '2027-02-01T09:00:00Z',
      outcome: 'awarded',
      sentElectronically: true,
      standstill: { lastDay: '2027-02-11', endsAt: '2027-02-11T23:00:00Z' },
    },
    appeal: null,
    contract: null,
    reviews: [],
    needsAttention: null,
    createdAt: '',
    updatedAt: '',
  } as unknown as MatchCaseView;

  it('offers the actions the API allows, stage by stage in the page’s order, withdrawing last', () => {
    expect(matchActionsToShow({ allowedActions: ['withdraw', 'file-appeal'] })).toEqual(['file-appeal', 'withdraw']);
    expect(matchActionsToShow({ allowedActions: ['withdraw', 'invite-tender-school', 'submit-tender'] })).toEqual([
      'submit-tender',
      'invite-tender-school',
      'withdraw',
    ]);
    expect(matchActionsToShow({ allowedActions: [] })).toEqual([]);
  });

  it('leaves out an allowed action the page has no form for, rather than offer one that cannot be filled in', () => {
    expect(matchActionsToShow({ allowedActions: ['form-consortium', 'submit-tender'] })).toEqual(['submit-tender']);
  });

  it('puts award, standstill and appeal dates on the line', () => {
    const appealed: MatchCaseView = {
      ...base,
      appeal: { filedAt: '2027-02-05T09:00:00Z', courtDecidedAt: '2027-05-02T09:00:00Z', holdUntil: { lastDay: '2027-05-12', endsAt: '' } },
    };
    expect(matchDates(appealed).map((d) => d.label)).toEqual([
      'tenderDeadline',
      'tenderSubmitted',
      'awardDecision',
      'standstillLastDay',
      'appealFiled',
      'courtDecision',
      'appealHoldLastDay',
    ]);
  });
});

describe('a notice reservation', () => {
  it('reads the same in the list and on the page: 25 a § is shown beside any other reservation, "none" only when there is none', () => {
    expect(reservationKeys({ reservation: 'none', reservedForIdeburna: false })).toEqual(['reservation.none']);
    expect(reservationKeys({ reservation: 'none', reservedForIdeburna: true })).toEqual(['reservation.ideburna']);
    expect(reservationKeys({ reservation: 'res-pub-ser', reservedForIdeburna: true })).toEqual(['reservation.res-pub-ser', 'reservation.ideburna']);
  });
});

describe('the register-a-notice form', () => {
  it('sends one social clause per line and a lot its own regions only when given', () => {
    const body = noticeBody(
      {
        title: 'Anhörigstöd',
        deadline: '2027-04-20',
        socialClauses: 'Två praktikplatser.\n\n  Tillgänglig för personer med funktionsnedsättning. ',
        'lots.0.title': 'Borås',
        'lots.0.nuts': 'SE232',
        'lots.1.title': 'Alingsås',
        'lots.1.nuts': '',
      },
      2,
    );
    expect(body.socialClauses).toEqual([{ text: 'Två praktikplatser.' }, { text: 'Tillgänglig för personer med funktionsnedsättning.' }]);
    expect(body.lots[0]?.nuts).toEqual(['SE232']);
    expect(body.lots[1]).not.toHaveProperty('nuts');
  });
});
