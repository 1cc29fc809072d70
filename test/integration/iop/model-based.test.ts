import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type ApiClient, type Caller } from '../../support/local-runtime.js';
import { act, approveBody, createCase, iopCallers, isProblem, must, toApproval, toDialogue, type IopCallers } from './iop-http.js';

/**
 * Model-based test against the API: random sequences of IOP actions by random
 * demo users, sent over HTTP to the local runtime, compared after every step
 * with a small model of the stage rules: the status code class and the stage.
 * One runtime for all runs, a new case per run.
 */
type Who = 'hc' | 'rk' | 'sm' | 'ap' | 'ot' | 'ou';
type Outcome = 200 | 403 | 404 | 409 | 422;

interface Model {
  stage: string;
  /** Parties still in the case (a declining organisation leaves it). */
  parties: Set<Who>;
  pending: Set<Who>;
  consents: Set<Who>;
  signed: Set<Who>;
  awaitingSignatures: boolean;
  inForce: boolean;
  /** A decision was asked for once: from then on the decision-maker may read the case. */
  approvalRequested: boolean;
}
interface Real {
  caseId: string;
  version: number;
  draftVersion: number;
}
interface Prediction {
  outcome: Outcome;
  apply?: (m: Model) => void;
}

const ok = (apply: (m: Model) => void): Prediction => ({ outcome: 200, apply });
const no = (outcome: Exclude<Outcome, 200>): Prediction => ({ outcome });
const civil = (w: Who) => w === 'rk' || w === 'sm';

/**
 * Who may know the case exists: its parties, and the decision-maker once a decision was asked for. To anyone else
 * the case is unknown (404, the same as a case that does not exist), whatever the action.
 */
function predict(kind: string, m: Model, w: Who, variant: string): Prediction {
  if (w === 'ot' || w === 'ou') return no(404);
  if (w === 'ap' && !m.approvalRequested) return no(404);
  return rules[kind]!(m, w, variant);
}

/** The stage rules as a reader of the product spec would write them down. */
const rules: Record<string, (m: Model, w: Who, variant: string) => Prediction> = {
  accept: (m, w) =>
    !m.parties.has(w)
      ? no(403)
      : m.stage !== 'initiation' || !m.pending.has(w)
        ? no(409)
        : ok((x) => {
            x.pending.delete(w);
            if (x.pending.size === 0) x.stage = 'dialogue';
          }),
  decline: (m, w) =>
    !m.parties.has(w)
      ? no(403)
      : m.stage !== 'initiation' || !m.pending.has(w)
        ? no(409)
        : ok((x) => {
            x.pending.delete(w);
            x.parties.delete(w);
            if (![...x.parties].some(civil)) x.stage = 'withdrawn';
            else if (x.pending.size === 0) x.stage = 'dialogue';
          }),
  meeting: (m, w) => (!m.parties.has(w) ? no(403) : m.stage !== 'dialogue' ? no(409) : ok(() => undefined)),
  revise: (m, w) => (!m.parties.has(w) ? no(403) : m.stage !== 'dialogue' ? no(409) : ok((x) => x.consents.clear())),
  consent: (m, w) => (!m.parties.has(w) ? no(403) : m.stage !== 'dialogue' || m.consents.has(w) ? no(409) : ok((x) => x.consents.add(w))),
  requestDecision: (m, w) =>
    w !== 'hc'
      ? no(403)
      : m.stage !== 'dialogue'
        ? no(409)
        : [...m.parties].some((p) => !m.consents.has(p))
          ? no(422)
          : ok((x) => {
              x.stage = 'approval';
              x.approvalRequested = true;
            }),
  decide: (m, w, v) =>
    w !== 'ap'
      ? no(403)
      : m.stage !== 'approval'
        ? no(409)
        : ok((x) => {
            if (v === 'approve') {
              x.stage = 'agreement';
              x.awaitingSignatures = true;
            } else if (v === 'return') {
              x.stage = 'dialogue';
              x.consents.clear();
            } else x.stage = 'rejected';
          }),
  sign: (m, w) =>
    !m.parties.has(w)
      ? no(403)
      : m.stage !== 'agreement' || !m.awaitingSignatures || m.signed.has(w)
        ? no(409)
        : ok((x) => {
            x.signed.add(w);
            if ([...x.parties].every((p) => x.signed.has(p))) {
              x.inForce = true;
              x.awaitingSignatures = false;
            }
          }),
  // The case goes on while the healthcare unit and one organisation remain; one that leaves voids the consents,
  // and a decision asked for or an agreement awaiting signatures goes back to dialogue without it.
  withdraw: (m, w) =>
    !m.parties.has(w)
      ? no(403)
      : !['initiation', 'dialogue', 'approval', 'agreement'].includes(m.stage) || m.inForce
        ? no(409)
        : ok((x) => {
            const goesOn = civil(w) && [...x.parties].some((p) => p !== w && civil(p));
            if (!goesOn) {
              x.stage = 'withdrawn';
              return;
            }
            x.parties.delete(w);
            x.pending.delete(w);
            x.consents.clear();
            if (x.stage === 'initiation' && x.pending.size === 0) x.stage = 'dialogue';
            if (x.stage === 'approval' || x.stage === 'agreement') {
              x.stage = 'dialogue';
              x.awaitingSignatures = false;
              x.signed.clear();
            }
          }),
};

function bodyOf(kind: string, variant: string, real: Real): Record<string, unknown> {
  switch (kind) {
    case 'accept':
      return { type: 'accept-invitation' };
    case 'decline':
      return { type: 'decline-invitation', reason: 'Vi har inte resurser i år' };
    case 'meeting':
      return { type: 'record-meeting', date: '2026-12-20', participants: ['Sara Lindqvist'], notes: 'Anteckningar' };
    case 'revise':
      return { type: 'revise-draft', changes: { governance: `Styrgrupp ${real.draftVersion + 1}` } };
    case 'consent':
      return { type: 'consent', draftVersion: real.draftVersion };
    case 'requestDecision':
      return { type: 'request-decision' };
    // "No aid" as the basis (approveBody): the cases of a run share their organisations, and the state-aid sum across
    // cases is a gate rule this model does not follow (the unit and state-aid tests of the gate do).
    case 'decide':
      return variant === 'approve' ? approveBody : { type: 'decide', decision: variant, motivation: 'Motivering', diarienummer: 'RS 2026-7' };
    case 'sign':
      return { type: 'sign' };
    default:
      return { type: 'withdraw', reason: 'Skäl' };
  }
}

let api: ApiClient;
let c: IopCallers;
let callers: Record<Who, Caller>;

class ActionCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly kind: string,
    readonly who: Who,
    readonly variant: string,
  ) {}
  check = () => true;
  async run(m: Model, r: Real): Promise<void> {
    const prediction = predict(this.kind, m, this.who, this.variant);
    const answer = await act(api, callers[this.who], r.caseId, bodyOf(this.kind, this.variant, r));
    expect(answer.status, `${this.toString()}: ${JSON.stringify(answer.body)}`).toBe(prediction.outcome);
    if (prediction.outcome !== 200) expect(isProblem(answer)).toBe(true);
    if (prediction.outcome === 409 && answer.body.stage !== undefined) expect(answer.body.stage).toBe(m.stage);
    if (prediction.apply) prediction.apply(m);
    const now = (await callers.hc.get(`/iop/cases/${r.caseId}`)).body;
    expect(now.stage).toBe(m.stage);
    // A refusal changes nothing; a success is exactly one new version (the workflow's own steps, such as
    // scheduling the reviews once every party has signed, may add more after it).
    if (prediction.outcome === 200) {
      expect(answer.body.version).toBe(r.version + 1);
      expect(now.version).toBeGreaterThanOrEqual(r.version + 1);
    } else {
      expect(now.version).toBe(r.version);
    }
    r.version = now.version;
    r.draftVersion = now.draft.version;
  }
  toString = () => `${this.who}:${this.kind}${this.variant ? `(${this.variant})` : ''}`;
}

/** The step a cooperative party would take next, so runs reach the later stages. */
class ProgressCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly variant: string) {}
  check = () => true;
  async run(m: Model, r: Real): Promise<void> {
    const first = (done: Set<Who>) => [...m.parties].find((w) => !done.has(w));
    let next: ActionCommand | undefined;
    switch (m.stage) {
      case 'initiation':
        next = new ActionCommand('accept', [...m.pending][0] ?? 'rk', '');
        break;
      case 'dialogue': {
        const w = first(m.consents);
        next = w ? new ActionCommand('consent', w, '') : new ActionCommand('requestDecision', 'hc', '');
        break;
      }
      case 'approval':
        next = new ActionCommand('decide', 'ap', this.variant === 'b' ? 'return' : 'approve');
        break;
      case 'agreement':
        if (m.awaitingSignatures) next = new ActionCommand('sign', first(m.signed) ?? 'hc', '');
        break;
    }
    if (next) await next.run(m, r);
  }
  toString = () => `progress(${this.variant})`;
}

const anyone = fc.constantFrom<Who>('hc', 'rk', 'sm', 'ap', 'ot', 'ou');
const party = fc.constantFrom<Who>('hc', 'rk', 'sm');
const by = (kind: string, who: fc.Arbitrary<Who>, variants: fc.Arbitrary<string> = fc.constant('')) =>
  fc.tuple(who, variants).map(([w, v]) => new ActionCommand(kind, w, v) as fc.AsyncCommand<Model, Real>);
const commands = [
  by('accept', fc.oneof(party, anyone)),
  by('accept', party),
  by('decline', fc.oneof(party, anyone)),
  by('meeting', anyone),
  by('revise', fc.oneof(party, anyone)),
  by('consent', fc.oneof(party, anyone)),
  by('consent', party),
  by('requestDecision', fc.oneof(fc.constant<Who>('hc'), anyone)),
  by('decide', fc.oneof(fc.constant<Who>('ap'), anyone), fc.constantFrom('approve', 'approve', 'return', 'reject')),
  by('sign', fc.oneof(party, anyone)),
  by('sign', party),
  by('withdraw', anyone),
  ...Array.from({ length: 2 }, () => fc.constantFrom('a', 'a', 'b').map((v) => new ProgressCommand(v) as fc.AsyncCommand<Model, Real>)),
];

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  c = await iopCallers(api);
  callers = { hc: c.hc, rk: c.rk, sm: c.sm, ap: c.ap, ot: c.outsider, ou: c.otherUnit };
}, 120_000);
afterAll(async () => api?.runtime.stop());

/** Where a run starts: a case taken along the happy path first, so twelve commands reach every stage. */
const StartStages = ['initiation', 'dialogue', 'approval', 'agreement'] as const;
type StartStage = (typeof StartStages)[number];

async function caseAt(stage: StartStage, run: number): Promise<{ caseId: string; model: Model }> {
  const title = `Modellprov ${run}`;
  const model: Model = {
    stage,
    parties: new Set(['hc', 'rk', 'sm']),
    pending: new Set(stage === 'initiation' ? ['rk', 'sm'] : []),
    consents: new Set(stage === 'approval' || stage === 'agreement' ? ['hc', 'rk', 'sm'] : []),
    signed: new Set(),
    awaitingSignatures: stage === 'agreement',
    inForce: false,
    approvalRequested: stage === 'approval' || stage === 'agreement',
  };
  if (stage === 'initiation') return { caseId: await createCase(api, c, title), model };
  if (stage === 'dialogue') return { caseId: await toDialogue(api, c, title), model };
  const caseId = await toApproval(api, c, title);
  if (stage === 'agreement') await must(api, c.ap, caseId, approveBody);
  return { caseId, model };
}

describe('IOP stage rules over HTTP, model-based', () => {
  it('the API agrees with the model over random action sequences', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...StartStages), fc.commands(commands, { maxCommands: 12, size: 'max' }), async (start, cmds) => {
        const { caseId, model } = await caseAt(start, ++run);
        const created = (await c.hc.get(`/iop/cases/${caseId}`)).body;
        await fc.asyncModelRun(() => ({ model, real: { caseId, version: created.version, draftVersion: created.draft.version } }), cmds);
      }),
      // MODEL_SEED=<seed> replays the sequences of a failed run (fast-check prints the seed).
      // 30 runs of up to 12 commands: about 40 s on a quiet 2-core machine; the timeout leaves room for a busy one.
      { numRuns: 30, ...(process.env.MODEL_SEED && { seed: Number(process.env.MODEL_SEED) }) },
    );
  }, 180_000);
});
