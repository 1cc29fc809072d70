import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { fromAttributes } from '../../platform/dynamodb/dynamo.js';
import { matchItemKeys } from '../domain/matching/match-keys.js';
import type { Match } from '../domain/matching/match-types.js';
import type { ReachEntry } from '../domain/matching/reach.js';

/**
 * A stored match item (keys in domain/matching/match-keys.ts):
 *   m       the match as one JSON string: a match has nested reasons, texts in
 *           two languages and a CPV path, which as a DynamoDB map cost the SDK
 *           and DynamoDB Local far more to write and read than one string;
 *   r       what the reach view reads of it (ReachEntry), as a JSON string, so the
 *           reach of every stored match is read without the rest;
 *   digest  the match's digest: a recompute writes only matches whose digest differs.
 * Items written before (`match`, a map) are still read: a recompute leaves an
 * unchanged match where it is, so both kinds live side by side.
 */
export const matchDigest = (m: Match): string => createHash('sha1').update(JSON.stringify(m)).digest('base64url').slice(0, 20);

export const reachEntryOf = ({ lotId, orgId, bidderName, kind, score, blockers }: ReachEntry): ReachEntry => ({
  lotId,
  orgId,
  bidderName,
  kind,
  score,
  blockers,
});

export function matchItem(match: Match, digest = matchDigest(match)): Record<string, unknown> {
  return { ...matchItemKeys(match), m: JSON.stringify(match), r: JSON.stringify(reachEntryOf(match)), digest };
}

/** Projection of the match, either kind of item (`#match` names the older map attribute). */
export const MATCH_PROJECTION = { ProjectionExpression: 'm, #match', ExpressionAttributeNames: { '#match': 'match' } };

/** Projection of the reach entry, either kind of item (a literal, so a bundle that does not read it leaves it out). */
export const REACH_PROJECTION = {
  ProjectionExpression: 'r, #match.#lot, #match.#org, #match.#name, #match.#kind, #match.#score, #match.#blockers',
  ExpressionAttributeNames: {
    '#match': 'match',
    '#lot': 'lotId',
    '#org': 'orgId',
    '#name': 'bidderName',
    '#kind': 'kind',
    '#score': 'score',
    '#blockers': 'blockers',
  },
};

export const matchOfItem = (raw: Record<string, AttributeValue>): Match =>
  raw.m?.S !== undefined ? (JSON.parse(raw.m.S) as Match) : fromAttributes<{ match: Match }>(raw).match;

export const reachEntryOfItem = (raw: Record<string, AttributeValue>): ReachEntry =>
  raw.r?.S !== undefined ? (JSON.parse(raw.r.S) as ReachEntry) : reachEntryOf(fromAttributes<{ match: ReachEntry }>(raw).match);
