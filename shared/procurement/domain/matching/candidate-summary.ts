import type { BidderProfile } from '../bidder-profile.js';
import type { Notice } from '../notice.js';
import type { MatchableProfile, MatchTarget, PreparedNotice, PreparedProfile } from './evaluate-match.js';
import { prepareNotice, prepareProfile, preparedNoticeOf, preparedProfileOf } from './evaluate-match.js';
import { type TextVectorEntries, textVectorEntries, textVectorFromEntries } from './swedish-text.js';

/**
 * What a candidate bucket holds of a notice or profile: exactly what matching
 * reads, already tokenised, as one JSON string. Reading candidates back costs a
 * JSON.parse, not a tokeniser run per text (the costly part of a pair) nor the
 * unmarshalling of nested attributes; the free texts themselves stay behind.
 */
type StoredTarget = Omit<MatchTarget, 'text'> & { readonly text: TextVectorEntries };

interface NoticeSummary {
  readonly id: string;
  readonly deadline: string;
  readonly targets: readonly StoredTarget[];
}

type ProfileSummary = MatchableProfile & { readonly text: TextVectorEntries };

export function noticeSummary(notice: Notice): string {
  const prepared = prepareNotice(notice);
  const summary: NoticeSummary = {
    id: prepared.id,
    deadline: prepared.deadline,
    targets: prepared.targets.map((t) => ({ ...t, text: textVectorEntries(t.text) })),
  };
  return JSON.stringify(summary);
}

export function noticeFromSummary(json: string): PreparedNotice {
  const s = JSON.parse(json) as NoticeSummary;
  return preparedNoticeOf(
    s.id,
    s.deadline,
    s.targets.map((t) => ({ ...t, text: textVectorFromEntries(t.text) })),
  );
}

export function profileSummary(profile: BidderProfile): string {
  const { orgId, name, cpv, regions, capacitySekPerYear, disadvantagedShare, ideburen, consortiumWilling, socialObjectives } = profile;
  const summary: ProfileSummary = {
    orgId,
    name,
    cpv,
    regions,
    capacitySekPerYear,
    disadvantagedShare,
    ideburen,
    consortiumWilling,
    socialObjectives,
    text: textVectorEntries(prepareProfile(profile).text),
  };
  return JSON.stringify(summary);
}

export function profileFromSummary(json: string): PreparedProfile {
  const { text, ...profile } = JSON.parse(json) as ProfileSummary;
  return preparedProfileOf(profile, textVectorFromEntries(text));
}
