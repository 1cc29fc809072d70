import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CaseStore } from '../../../shared/data/case-store.js';
import { ConflictError } from '../../../shared/errors/problem-errors.js';
import { toAttributes } from '../../../shared/data/dynamo.js';
import type { TimelineEntry } from '../../../shared/timeline/timeline-entry.js';
import { useLocalTable } from '../../support/local-table.js';
import type { LocalDynamoDb } from '../../../shared/local/dynamodb/local-dynamodb.js';

interface Thing {
  title: string;
  count: number;
}
const entry = (type: string): TimelineEntry => ({
  at: new Date().toISOString(),
  actor: { sub: 'u', name: 'U', org: 'o', role: 'civil' },
  type,
  text: { sv: type, en: type },
  material: false,
});
const index = (stage: string, orgs = ['org-a']) => ({ orgs, stage, stageSortKey: '2026-01-01' });

let db: LocalDynamoDb;
const store = new CaseStore<Thing>('TEST');
beforeAll(async () => {
  db = await useLocalTable();
});
afterAll(async () => db.close());

describe('CaseStore', () => {
  it('creates, commits and reads back the newest state and the whole timeline', async () => {
    await store.create('c1', { title: 'a', count: 0 }, [entry('created')], index('one'));
    const read = await store.get('c1');
    expect(read?.version).toBe(1);
    await store.commit('c1', 1, { title: 'a', count: 1 }, [entry('counted'), entry('noted')], index('two'), read!.index);
    const after = await store.get('c1');
    expect(after).toMatchObject({ version: 2, state: { count: 1 }, index: { stage: 'two' } });
    expect((await store.timeline('c1')).map((e) => e.type)).toEqual(['created', 'counted', 'noted']);
  });

  it('refuses a stale expectedVersion with 409 and writes nothing', async () => {
    await store.create('c2', { title: 'b', count: 0 }, [entry('created')], index('one'));
    await store.commit('c2', 1, { title: 'b', count: 1 }, [entry('first')], index('one'));
    await expect(store.commit('c2', 1, { title: 'b', count: 99 }, [entry('second')], index('one'))).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get('c2'))?.state.count).toBe(1);
    expect((await store.timeline('c2')).map((e) => e.type)).toEqual(['created', 'first']);
  });

  it('lets exactly one of many concurrent writers win', async () => {
    await store.create('c3', { title: 'c', count: 0 }, [entry('created')], index('one'));
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => store.commit('c3', 1, { title: 'c', count: i + 1 }, [entry(`w${i}`)], index('one'))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await store.timeline('c3'))).toHaveLength(2);
  });

  it('refuses creating the same id twice', async () => {
    await store.create('c4', { title: 'd', count: 0 }, [entry('created')], index('one'));
    await expect(store.create('c4', { title: 'x', count: 0 }, [entry('created')], index('one'))).rejects.toBeInstanceOf(ConflictError);
  });

  it('repairs a projection left behind by a writer that died between its two puts', async () => {
    await store.create('c5', { title: 'e', count: 0 }, [entry('created')], index('one'));
    // Simulate the crash: the event for version 2 exists, the case item still says version 1.
    const client = new DynamoDBClient({});
    await client.send(new PutItemCommand({
      TableName: process.env.TABLE_NAME,
      Item: toAttributes({ pk: 'TEST#c5', sk: 'EVENT#0000000002', version: 2, timeline: [entry('lost-projection')], state: { title: 'e', count: 2 } }),
    }));
    await expect(store.commit('c5', 1, { title: 'e', count: 9 }, [entry('late')], index('one'))).rejects.toBeInstanceOf(ConflictError);
    const repaired = await store.get('c5');
    expect(repaired).toMatchObject({ version: 2, state: { count: 2 } });
    await store.commit('c5', 2, { title: 'e', count: 3 }, [entry('next')], index('one'), repaired!.index);
    expect((await store.get('c5'))?.version).toBe(3);
  });

  it('lists cases by party organisation and by stage in stage order', async () => {
    await store.create('l1', { title: 'l1', count: 0 }, [entry('created')], { orgs: ['org-x', 'org-y'], stage: 'waiting', stageSortKey: '2026-03-01' });
    await store.create('l2', { title: 'l2', count: 0 }, [entry('created')], { orgs: ['org-y'], stage: 'waiting', stageSortKey: '2026-02-01' });
    expect((await store.listForOrg('org-x')).map((c) => c.state.title)).toEqual(['l1']);
    expect((await store.listForOrg('org-y')).map((c) => c.state.title).sort()).toEqual(['l1', 'l2']);
    expect((await store.listByStage('waiting')).map((c) => c.state.title)).toEqual(['l2', 'l1']);
  });
});
