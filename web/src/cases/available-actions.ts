import type { Actor } from '../../../shared/platform/auth/actor.js';
import type { IopActionType } from '../../../shared/iop/domain/schemas.js';

/**
 * The parts of an IOP case the web app reads. The API is the judge of every
 * action (403/409/422); this only decides which forms are worth offering, so a
 * reader is not shown buttons that cannot work.
 */
export interface CaseView {
  readonly id: string;
  readonly reference?: string;
  readonly title?: string;
  readonly stage: string;
  readonly version?: number;
  readonly parties?: readonly { readonly orgId: string; readonly name: string; readonly side: 'public' | 'civil'; readonly invitation?: string }[];
  readonly draft?: { readonly version: number };
  readonly consents?: Readonly<Record<string, number>>;
  readonly consultation?: { readonly responders: readonly { readonly orgId: string }[]; readonly responses: readonly { readonly orgId: string }[] };
  readonly agreement?: { readonly signatures?: Readonly<Record<string, unknown>> };
  readonly reviews?: readonly { readonly reports?: readonly { readonly orgId: string }[]; readonly decision?: unknown }[];
}

const sideOfRole = { healthcare: 'public', civil: 'civil' } as const;

export function actingPartyOf(view: CaseView, actor: Actor) {
  const side = (sideOfRole as Record<string, 'public' | 'civil' | undefined>)[actor.role];
  return view.parties?.find((p) => p.orgId === actor.org && p.side === side && p.invitation !== 'declined');
}

/** Every active party has consented to the current draft version. */
export function everyoneConsented(view: CaseView): boolean {
  const version = view.draft?.version;
  const active = (view.parties ?? []).filter((p) => p.invitation !== 'declined');
  return version !== undefined && active.length > 0 && active.every((p) => view.consents?.[p.orgId] === version);
}

export function availableActions(view: CaseView, actor: Actor): IopActionType[] {
  const party = actingPartyOf(view, actor);
  const actions: IopActionType[] = [];
  const isResponder = view.consultation?.responders.some((r) => r.orgId === actor.org) ?? false;
  switch (view.stage) {
    case 'initiation':
      if (party?.invitation === 'pending') actions.push('accept-invitation', 'decline-invitation');
      break;
    case 'dialogue':
      if (party) {
        if (view.draft && view.consents?.[party.orgId] !== view.draft.version) actions.push('consent');
        actions.push('record-meeting', 'revise-draft');
        if (!view.consultation) actions.push('start-consultation');
        if (party.side === 'public' && everyoneConsented(view)) actions.push('request-decision');
      }
      if (isResponder && !view.consultation?.responses.some((r) => r.orgId === actor.org)) actions.push('respond-consultation');
      break;
    case 'approval':
      if (actor.role === 'approver') actions.push('decide');
      break;
    case 'agreement':
      if (party && !view.agreement?.signatures?.[party.orgId]) actions.push('sign');
      break;
    case 'review': {
      const open = view.reviews?.at(-1);
      if (party?.side === 'civil' && !open?.reports?.some((r) => r.orgId === party.orgId)) actions.push('submit-review-report');
      if (party?.side === 'public' && open && !open.decision) actions.push('review-decision');
      break;
    }
  }
  // Any party may withdraw before the agreement is signed by everyone.
  if (party && ['initiation', 'dialogue', 'approval', 'agreement'].includes(view.stage)) actions.push('withdraw');
  return actions;
}
