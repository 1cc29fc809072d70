import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../../shared/platform/auth/actor.js';
import type { IopActionType, IopCase } from '../../../shared/iop/domain/index.js';
import { IopActionTypes, canRead, isAllowed } from '../../../shared/iop/domain/index.js';
import { inApproval, inDialogue, later } from './fixtures.js';

/**
 * The authorisation matrix, written out so a reader can check it against the
 * product's user table. "own" = the user acts for the healthcare unit (public
 * party) or, for civil users, for Svenska Röda Korset (a civil party); for
 * approvers, procurement staff and admins, "own" is the case's public body
 * (Västra Götalandsregionen) and "other" another one (Region Stockholm).
 */
const Y = true;
const N = false;
const columns = [
  ['healthcare', 'own'],
  ['healthcare', 'other'],
  ['civil', 'own'],
  ['civil', 'other'],
  ['approver', 'own'],
  ['approver', 'other'],
  ['procurement', 'own'],
  ['procurement', 'other'],
  ['admin', 'own'],
  ['admin', 'other'],
] as const satisfies readonly (readonly [Role, 'own' | 'other'])[];

const matrix: Record<IopActionType, readonly boolean[]> = {
  //                        healthcare civil    approver  procurement admin
  //                        own other  own other own other own other own other
  'accept-invitation': [Y, N, Y, N, N, N, N, N, N, N],
  'decline-invitation': [Y, N, Y, N, N, N, N, N, N, N],
  'record-meeting': [Y, N, Y, N, N, N, N, N, N, N],
  'revise-draft': [Y, N, Y, N, N, N, N, N, N, N],
  consent: [Y, N, Y, N, N, N, N, N, N, N],
  'start-consultation': [Y, N, Y, N, N, N, N, N, N, N],
  'respond-consultation': [Y, N, Y, N, N, N, N, N, N, N],
  'extend-consultation': [Y, N, Y, N, N, N, N, N, N, N],
  'record-consultation-handling': [Y, N, N, N, N, N, N, N, N, N],
  'request-decision': [Y, N, N, N, N, N, N, N, N, N],
  decide: [N, N, N, N, Y, N, N, N, N, N],
  sign: [Y, N, Y, N, N, N, N, N, N, N],
  'submit-review-report': [N, N, Y, N, N, N, N, N, N, N],
  'record-review-position': [Y, N, Y, N, N, N, N, N, N, N],
  'record-review-reflection': [Y, N, Y, N, N, N, N, N, N, N],
  'review-decision': [Y, N, N, N, N, N, N, N, N, N],
  withdraw: [Y, N, Y, N, N, N, N, N, N, N],
  'give-notice': [Y, N, Y, N, N, N, N, N, N, N],
};

const ownOrg = (role: Role) => (role === 'civil' ? 'svenska-roda-korset' : 'angereds-narsjukhus');
const bodyOf = (own: 'own' | 'other') => (own === 'own' ? 'vgr' : 'region-stockholm');
const actorFor = (role: Role, own: 'own' | 'other'): Actor =>
  role === 'approver' || role === 'procurement' || role === 'admin'
    ? { sub: `${role}-${own}`, name: `${role} ${own}`, role, org: bodyOf(own), publicBody: bodyOf(own) }
    : {
        sub: `${role}-${own}`,
        name: `${role} ${own}`,
        role,
        org: own === 'own' ? ownOrg(role) : role === 'civil' ? 'rsmh' : 'narhalsan-lerum-vc',
        ...(role === 'healthcare' ? { publicBody: 'vgr' } : {}),
      };

// The consultation asks the two "own" organisations, so responders are exactly the own users.
const withConsultation = (state: IopCase): IopCase => ({
  ...state,
  consultation: {
    question: 'q',
    deadline: later(10).toISOString(),
    startedAt: later(0).toISOString(),
    responses: [],
    responders: [
      { orgId: 'angereds-narsjukhus', name: 'Angereds Närsjukhus' },
      { orgId: 'svenska-roda-korset', name: 'Svenska Röda Korset' },
    ],
  },
});

describe('authorisation matrix', () => {
  it('covers every action type', () => {
    expect(Object.keys(matrix).sort()).toEqual([...IopActionTypes].sort());
  });

  const state = withConsultation(inDialogue());
  const cases = IopActionTypes.flatMap((type) => columns.map(([role, own], i) => ({ type, role, own, expected: matrix[type][i]! })));
  it.each(cases)('$type by $role ($own organisation) → $expected', ({ type, role, own, expected }) => {
    expect(isAllowed(type, state, actorFor(role, own))).toBe(expected);
  });

  it('keeps approvers and admins out of a case that belongs to no public body', () => {
    const { publicBody: _, ...noBody } = inApproval();
    expect(canRead(noBody, actorFor('approver', 'own'))).toBe(false);
    expect(canRead(noBody, actorFor('admin', 'own'))).toBe(false);
    expect(isAllowed('decide', noBody, actorFor('approver', 'own'))).toBe(false);
  });

  it('ignores a party user whose role does not match the side of its organisation', () => {
    const civilAtHospital: Actor = { sub: 'x', name: 'x', role: 'civil', org: 'angereds-narsjukhus' };
    expect(isAllowed('consent', inDialogue(), civilAtHospital)).toBe(false);
  });

  it('does not let an organisation that declined act any more', () => {
    const state = {
      ...inDialogue(),
      parties: inDialogue().parties.map((p) => (p.orgId === 'svenska-roda-korset' ? { ...p, invitation: 'declined' as const } : p)),
    };
    expect(isAllowed('consent', state, actorFor('civil', 'own'))).toBe(false);
  });
});

describe('canRead', () => {
  const read: Record<Role, readonly [own: boolean, other: boolean]> = {
    healthcare: [Y, N],
    civil: [Y, N],
    approver: [Y, N],
    procurement: [N, N],
    admin: [Y, N],
  };
  it.each(Object.entries(read) as [Role, readonly [boolean, boolean]][])('%s reads own/other once a decision is asked for: %j', (role, [own, other]) => {
    const state = inApproval();
    expect(canRead(state, actorFor(role, 'own'))).toBe(own);
    expect(canRead(state, actorFor(role, 'other'))).toBe(other);
  });

  it('keeps the decision-maker out until a decision is asked for, and lets consultation responders in', () => {
    expect(canRead(inDialogue(), actorFor('approver', 'own'))).toBe(false);
    const responder: Actor = { sub: 'r', name: 'r', role: 'civil', org: 'rsmh' };
    expect(canRead(inDialogue(), responder)).toBe(false);
    const asked = { ...inDialogue(), consultation: { ...withConsultation(inDialogue()).consultation!, responders: [{ orgId: 'rsmh', name: 'RSMH' }] } };
    expect(canRead(asked, responder)).toBe(true);
  });
});
