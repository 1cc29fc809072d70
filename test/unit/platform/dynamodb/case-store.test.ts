import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CaseStore } from '../../../../shared/platform/dynamodb/case-store.js';
import { ConflictError } from '../../../../shared/platform/errors/domain-errors.js';
import { fromAttributes, toAttributes } from '../../../../shared/platform/dynamodb/dynamo.js';
import type { TimelineEntry } from '../../../../shared/platform/timeline/timeline-entry.js';
import { useLocalTable } from '../../../support/local-table.js';
import type { LocalDynamoDb } from '../../../../local/engines/dynamodb/local-dynamodb.js';

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
    expect(await store.timeline('c3')).toHaveLength(2);
  });

  it('refuses creating the same id twice', async () => {
    await store.create('c4', { title: 'd', count: 0 }, [entry('created')], index('one'));
    await expect(store.create('c4', { title: 'x', count: 0 }, [entry('created')], index('one'))).rejects.toBeInstanceOf(ConflictError);
  });

  it('writes a change as one transaction: a failing extra item leaves no event, no case and no membership', async () => {
    class Taken extends Error {}
    await store.create('c5', { title: 'e', count: 0 }, [entry('created')], index('one'));
    const blocker = { item: { pk: 'BLOCK#1', sk: 'BLOCK', v: 1 } };
    await store.commit('c5', 1, { title: 'e', count: 1 }, [entry('first')], index('one'), undefined, { also: [blocker] });
    const again = { item: { pk: 'BLOCK#1', sk: 'BLOCK', v: 2 }, condition: 'attribute_not_exists(pk)', conflict: () => new Taken() };
    await expect(
      store.commit('c5', 2, { title: 'e', count: 2 }, [entry('second')], { orgs: ['org-new'], stage: 'two', stageSortKey: 'x' }, undefined, { also: [again] }),
    ).rejects.toBeInstanceOf(Taken);
    expect(await store.get('c5')).toMatchObject({ version: 2, state: { count: 1 }, index: { stage: 'one' } });
    expect((await store.timeline('c5')).map((e) => e.type)).toEqual(['created', 'first']);
    expect(await store.listForOrg('org-new')).toEqual([]);
  });

  it('refuses a version ahead of the case instead of skipping to it', async () => {
    await store.create('c6', { title: 'f', count: 0 }, [entry('created')], index('one'));
    await expect(store.commit('c6', 5, { title: 'f', count: 5 }, [entry('jump')], index('one'))).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get('c6'))?.version).toBe(1);
    expect(await store.timeline('c6')).toHaveLength(1);
  });

  it('stores the change on the event item (entries and effects), never the state after it', async () => {
    await store.create('c7', { title: 'g', count: 0 }, [entry('created')], index('one'), { effects: [{ type: 'start' }] });
    const client = new DynamoDBClient({});
    const out = await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: toAttributes({ pk: 'TEST#c7', sk: 'EVENT#0000000001' }) }));
    const event = fromAttributes<Record<string, unknown>>(out.Item!);
    expect(event).toMatchObject({ kind: 'TEST', caseId: 'c7', version: 1, effects: [{ type: 'start' }], hasEffects: true });
    expect(event).not.toHaveProperty('state');
    await store.commit('c7', 1, { title: 'g', count: 1 }, [entry('quiet')], index('one'));
    const quiet = await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: toAttributes({ pk: 'TEST#c7', sk: 'EVENT#0000000002' }) }));
    expect(fromAttributes<Record<string, unknown>>(quiet.Item!)).not.toHaveProperty('hasEffects');
  });

  it('lists cases by party organisation and by stage in stage order', async () => {
    await store.create('l1', { title: 'l1', count: 0 }, [entry('created')], { orgs: ['org-x', 'org-y'], stage: 'waiting', stageSortKey: '2026-03-01' });
    await store.create('l2', { title: 'l2', count: 0 }, [entry('created')], { orgs: ['org-y'], stage: 'waiting', stageSortKey: '2026-02-01' });
    expect((await store.listForOrg('org-x')).map((c) => c.state.title)).toEqual(['l1']);
    expect((await store.listForOrg('org-y')).map((c) => c.state.title).sort()).toEqual(['l1', 'l2']);
    expect((await store.listByStage('waiting')).map((c) => c.state.title)).toEqual(['l2', 'l1']);
  });
});
