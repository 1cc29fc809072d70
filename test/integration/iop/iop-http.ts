import { afterAll, beforeAll, expect } from 'vitest';
import { waitUntilIdle } from '../../../local/engines/clock/wait-until-idle.js';
import { DemoIopCase, IopDemoUsers } from '../../../local/seed/iop-seed.js';
import { checklist } from '../../unit/iop/fixtures.js';
import { startTestRuntime, type ApiAnswer, type ApiClient, type Caller } from '../../support/local-runtime.js';

/**
 * Helpers shared by the IOP integration tests: callers for the demo users and
 * steps that take a fresh case to a given stage over HTTP.
 */
export interface IopCallers {
  readonly hc: Caller;
  readonly rk: Caller;
  readonly sm: Caller;
  readonly ap: Caller;
  readonly outsider: Caller;
  readonly otherUnit: Caller;
  readonly procurement: Caller;
  readonly admin: Caller;
}

export async function iopCallers(api: ApiClient): Promise<IopCallers> {
  return {
    hc: await api.as(IopDemoUsers.healthcareAngered),
    rk: await api.as(IopDemoUsers.civilRodaKorset),
    sm: await api.as(IopDemoUsers.civilGoteborgsStadsmission),
    ap: await api.as(IopDemoUsers.approver),
    outsider: await api.as(IopDemoUsers.civilRsmh),
    otherUnit: await api.as(IopDemoUsers.healthcareAlingsas),
    procurement: await api.as(IopDemoUsers.procurement),
    admin: await api.as(IopDemoUsers.admin),
  };
}

/**
 * A local runtime (no seed) for the test file, started before its tests and
 * stopped after them, with the demo users' callers: `const t = useIopRuntime()`,
 * then `t.api` and `t.c` inside the tests.
 */
export function useIopRuntime(): { readonly api: ApiClient; readonly c: IopCallers } {
  const held: { api?: ApiClient; c?: IopCallers } = {};
  beforeAll(async () => {
    held.api = await startTestRuntime({ seed: false });
    held.c = await iopCallers(held.api);
  }, 120_000);
  afterAll(async () => held.api?.runtime.stop());
  return {
    get api() {
      return held.api!;
    },
    get c() {
      return held.c!;
    },
  };
}

export const idle = (api: ApiClient) => waitUntilIdle(() => api.runtime.isIdle(), 20_000);

/**
 * Approval on the basis that the activity is no aid (not an economic activity): the cases of one test file share
 * their organisations, and two demo cases together pass de minimis (state-aid.test.ts approves on that basis).
 */
const noAid = { met: true, motivation: 'Verksamheten är inte ekonomisk och utgör inte statligt stöd', basis: 'no-aid' } as const;
export const approveBody = {
  type: 'decide',
  decision: 'approve',
  motivation: 'Uppfyller kraven',
  diarienummer: 'RS 2026-00042',
  checklist: { ...checklist, stateAid: noAid },
} as const;
export const deMinimisApproval = { ...approveBody, checklist } as const;

export const reviewReport = {
  type: 'submit-review-report',
  activities: 'Gruppträffar och lotsning',
  reach: 320,
  outcomes: 'Målen för året är nådda',
  moneyUsedSek: 1_000_000,
  inKindUsedSek: 900_000,
} as const;

/** POSTs an action, waits for the workflows to settle, and returns the answer. */
export async function act(
  api: ApiClient,
  who: Caller,
  caseId: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const answer = await who.post(`/iop/cases/${caseId}/actions`, body, headers);
  await idle(api);
  return answer;
}

/** Like act, but the answer must be 200. */
export async function must(api: ApiClient, who: Caller, caseId: string, body: Record<string, unknown>): Promise<ApiAnswer> {
  const answer = await act(api, who, caseId, body);
  expect(answer.status, `${String(body.type)}: ${JSON.stringify(answer.body)}`).toBe(200);
  return answer;
}

/** Every party states its position at the open review: the decision is recorded only after all were heard. */
export async function hearEveryone(api: ApiClient, c: IopCallers, caseId: string): Promise<void> {
  for (const who of [c.hc, c.rk, c.sm])
    await must(api, who, caseId, { type: 'record-review-position', position: 'continue', statement: 'Samarbetet fungerar' });
}

export async function createCase(api: ApiClient, c: IopCallers, title = DemoIopCase.title): Promise<string> {
  const created = await c.hc.post('/iop/cases', { ...DemoIopCase, title });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await idle(api);
  return created.body.id as string;
}

export async function toDialogue(api: ApiClient, c: IopCallers, title?: string): Promise<string> {
  const id = await createCase(api, c, title);
  await must(api, c.rk, id, { type: 'accept-invitation' });
  await must(api, c.sm, id, { type: 'accept-invitation' });
  return id;
}

export async function toApproval(api: ApiClient, c: IopCallers, title?: string): Promise<string> {
  const id = await toDialogue(api, c, title);
  for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'consent', draftVersion: 1 });
  await must(api, c.hc, id, { type: 'request-decision' });
  return id;
}

export async function toActive(api: ApiClient, c: IopCallers, title?: string): Promise<string> {
  const id = await toApproval(api, c, title);
  await must(api, c.ap, id, approveBody);
  for (const who of [c.hc, c.rk, c.sm]) await must(api, who, id, { type: 'sign' });
  return id;
}

export async function timelineOf(c: IopCallers, caseId: string): Promise<{ type: string; at: string; text: { sv: string; en: string } }[]> {
  const answer = await c.hc.get(`/iop/cases/${caseId}/timeline`);
  expect(answer.status).toBe(200);
  return answer.body.items;
}

/** Moves the local clock forward and waits for what fell due to settle. */
export async function advance(api: ApiClient, duration: string): Promise<void> {
  const answer = await api.anonymous().post('/dev/clock', { advance: duration });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  await idle(api);
}

export const isProblem = (answer: ApiAnswer): boolean => (answer.headers.get('content-type') ?? '').startsWith('application/problem+json');
