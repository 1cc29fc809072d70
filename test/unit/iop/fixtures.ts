import type { Actor } from '../../../shared/platform/auth/actor.js';
import type { IopAction, IopCase, IopConfig, LegalChecklist } from '../../../shared/iop/domain/index.js';
import { DefaultIopConfig, applyAction, initiate, openReview } from '../../../shared/iop/domain/index.js';
import { DemoIopCase, IopDemoUsers } from '../../../local/seed/iop-seed.js';

export const config: IopConfig = DefaultIopConfig;
export const t0 = new Date('2026-12-01T09:00:00.000Z');
export const later = (days: number, from: Date = t0) => new Date(from.getTime() + days * 86_400_000);

export const users = {
  healthcare: IopDemoUsers.healthcareAngered,
  redCross: IopDemoUsers.civilRodaKorset,
  stadsmission: IopDemoUsers.civilGoteborgsStadsmission,
  otherHealthcare: IopDemoUsers.healthcareAlingsas,
  otherCivil: IopDemoUsers.civilRsmh,
  // The public body the HTTP edge resolves from the organisation registry.
  approver: { ...IopDemoUsers.approver, publicBody: 'vgr' },
  otherBodyApprover: { ...IopDemoUsers.approverStockholm, publicBody: 'region-stockholm' },
  procurement: { ...IopDemoUsers.procurement, publicBody: 'vgr' },
  admin: { ...IopDemoUsers.admin, publicBody: 'vgr' },
} as const satisfies Record<string, Actor>;

export const input = DemoIopCase;
export const ids = { id: 'iop-test000001', reference: 'IOP-2026-TEST01' };
export const partyUsers = [users.healthcare, users.redCross, users.stadsmission] as const;

const yes = (motivation: string) => ({ met: true, motivation });
export const checklist: LegalChecklist = {
  localGovernmentActAndPriorities: yes('Hälsofrämjande arbete i regionens prioriterade områden'),
  complementsPublicOffering: yes('Kompletterar vårdcentralernas uppdrag'),
  stateAid: { met: true, motivation: 'Under de minimis-taket', basis: 'de-minimis' },
  notPublicContract: yes('Båda parter bidrar, ingen ersättning för tjänst'),
  coFinancingDocumented: yes('Bidragen finns i utkastet'),
  noOtherRegionalFunding: yes('Inget annat regionalt stöd'),
};

/** Applies actions in order, returning the final state. */
export function run(state: IopCase, steps: readonly [IopAction, Actor][], now: Date = t0): IopCase {
  return steps.reduce((s, [action, actor]) => applyAction(s, action, actor, now, config).state, state);
}

export const initiated = (): IopCase => initiate(input, users.healthcare, t0, config, ids, 'vgr').state;

export const inDialogue = (): IopCase =>
  run(initiated(), [
    [{ type: 'accept-invitation' }, users.redCross],
    [{ type: 'accept-invitation' }, users.stadsmission],
  ]);

export const allConsent = (state: IopCase): IopCase =>
  run(
    state,
    partyUsers.map((u) => [{ type: 'consent', draftVersion: state.draft.version }, u] as [IopAction, Actor]),
  );

export const inApproval = (): IopCase => run(allConsent(inDialogue()), [[{ type: 'request-decision' }, users.healthcare]]);

export const approve: IopAction = { type: 'decide', decision: 'approve', motivation: 'Uppfyller alla krav', diarienummer: 'RS 2026-01234', checklist };

export const inAgreement = (): IopCase => run(inApproval(), [[approve, users.approver]]);

export const active = (): IopCase =>
  run(
    inAgreement(),
    partyUsers.map((u) => [{ type: 'sign' }, u] as [IopAction, Actor]),
  );

export const inReview = (final = false, reviewNumber = 1): IopCase => openReview(active(), { reviewNumber, final }, later(365), config).state;

/** Every party still in the case states its position at the open review: a decision may be recorded only then. */
export function hearEveryone(state: IopCase, now: Date = later(370)): IopCase {
  return state.parties
    .filter((p) => p.invitation !== 'declined' && p.invitation !== 'withdrawn')
    .reduce(
      (s, p) =>
        applyAction(
          s,
          { type: 'record-review-position', position: 'continue', statement: 'Samarbetet fungerar' },
          partyUsers.find((u) => u.org === p.orgId)!,
          now,
          config,
        ).state,
      state,
    );
}
