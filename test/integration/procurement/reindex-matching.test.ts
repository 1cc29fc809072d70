import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexMatching, type ReindexTarget } from '../../../infra/ops/reindex-matching.js';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { EnvNames } from '../../../shared/platform/env-names.js';
import { ItemStore } from '../../../shared/platform/dynamodb/index.js';
import { matchItemKeys } from '../../../shared/procurement/domain/matching/match-keys.js';
import { BUCKET_HEAD_SK } from '../../../shared/procurement/store/bucket-heads.js';
import { listNotices, MATCHING_SK, noticeBucket, noticeKey, storedNoticeMatches } from '../../../shared/procurement/store/procurement-repository.js';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';

/**
 * The operator's reindex (infra/ops/reindex-matching.ts) against the local
 * engines: a notice left as one stored before candidate buckets (no summaries
 * in its buckets, no matches, a matching record without buckets) and a bucket
 * without its head. The command's events go through the local bus to
 * ProcurementTasks, as in AWS; after them the notice's matches are back and
 * the bucket has its head.
 */
let api: ApiClient;
const items = new ItemStore();
const settled = () => waitUntilIdle(() => api.runtime.isIdle(), 60_000);
let target: ReindexTarget;
const clients = () => ({ dynamo: new DynamoDBClient({}), events: new EventBridgeClient({}) });

beforeAll(async () => {
  api = await startTestRuntime();
  await settled();
  target = { table: process.env[EnvNames.tableName]!, eventBus: process.env[EnvNames.eventBusName]! };
}, 180_000);
afterAll(async () => api?.runtime.stop());

describe('reindex-matching on the local engines', () => {
  it('brings back the matches of a notice stored before candidate buckets, and gives a headless bucket its head', async () => {
    let noticeId: string | undefined;
    for (const notice of await listNotices({ limit: 50 })) {
      if ((await storedNoticeMatches(notice.id)).length > 0) {
        noticeId = notice.id;
        break;
      }
    }
    expect(noticeId, 'a seeded notice with stored matches').toBeDefined();
    const id = noticeId!;
    const matches = await storedNoticeMatches(id);
    const pairs = (list: readonly { orgId: string; lotId: string; score: number }[]) => list.map((m) => `${m.orgId} ${m.lotId} ${m.score}`).sort();
    const key = noticeKey(id);
    const record = (await items.get<{ buckets: string[] } & Record<string, unknown>>(key.pk, MATCHING_SK))!;
    expect(record.buckets.length).toBeGreaterThan(0);

    // A bucket of the notice that other notices share, to leave without a head.
    let shared: string | undefined;
    for (const b of record.buckets) {
      const others = (await items.query<{ sk: string }>(noticeBucket(b))).filter((i) => i.sk !== id && i.sk !== BUCKET_HEAD_SK);
      if (others.length > 0) {
        shared = noticeBucket(b);
        break;
      }
    }
    expect(shared, 'a bucket the notice shares with others').toBeDefined();

    // As stored before buckets: nothing in its buckets, no matches, a record without buckets; and one bucket without a head.
    for (const b of record.buckets) await items.delete(noticeBucket(b), id);
    for (const m of matches) {
      const k = matchItemKeys(m);
      await items.delete(k.pk, k.sk);
    }
    const { buckets: _dropped, pk: _pk, sk: _sk, ...rest } = record;
    await items.put(key.pk, MATCHING_SK, rest);
    await items.delete(shared!, BUCKET_HEAD_SK);
    await settled();
    expect(await storedNoticeMatches(id)).toEqual([]);

    const dry = await reindexMatching(target, false, clients(), () => undefined);
    expect(dry.headlessBuckets).toBeGreaterThanOrEqual(1);
    await settled();
    expect(await storedNoticeMatches(id), 'a dry run changes nothing').toEqual([]);

    const lines: string[] = [];
    const done = await reindexMatching(target, true, clients(), (l) => lines.push(l));
    expect(done.notices).toBeGreaterThan(0);
    expect(done.profiles).toBeGreaterThan(0);
    await settled();

    expect(pairs(await storedNoticeMatches(id))).toEqual(pairs(matches));
    expect((await items.get<{ buckets: string[] }>(key.pk, MATCHING_SK))?.buckets.sort()).toEqual([...record.buckets].sort());
    expect(await items.get(shared!, BUCKET_HEAD_SK)).toMatchObject({ rev: expect.any(String) });
    expect(lines.at(-1)).toMatch(/published \d+ NoticeChanged and \d+ ProfileChanged events/);

    // Once more: nothing headless is left, and the matches stay as they are.
    expect((await reindexMatching(target, false, clients(), () => undefined)).headlessBuckets).toBe(0);
  }, 240_000);
});
