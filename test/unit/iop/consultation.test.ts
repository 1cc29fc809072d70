import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import { ConflictError, ExpiredError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import type { IopAction, IopCase } from '../../../shared/iop/domain/index.js';
import { allowedActions, applyAction, statusOf } from '../../../shared/iop/domain/index.js';
import { closeConsultationAtDeadline, consultationExecutionName } from '../../../shared/iop/domain/actions/consultation-actions.js';
import { iopOutboxOf } from '../../../shared/iop/effects/iop-outbox.js';
import { allConsent, config, inDialogue, later, t0, users } from './fixtures.js';

const act = (state: IopCase, action: IopAction, actor: Actor = users.healthcare, now = t0) => applyAction(state, action, actor, now, config);
const rsmh = users.otherCivil;
const lerum: Actor = { sub: 'lerum', name: 'Maria Ek', role: 'healthcare', org: 'narhalsan-lerum-vc' };
/** A round asking RSMH and Närhälsan Lerum, answers due in ten days. */
const round = (state: IopCase = inDialogue()) =>
  act(state, {
    type: 'start-consultation',
    responders: [
      { orgId: 'rsmh', name: 'RSMH' },
      { orgId: 'narhalsan-lerum-vc', name: 'Närhälsan Lerum vårdcentral' },
    ],
    question: 'Synpunkter på utkastet?',
    deadline: later(10).toISOString(),
  }).state;
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
};

describe('the consultation round (remiss)', () => {
  it('starts the execution that closes it at its deadline, which waits again for an extended deadline and closes it then', () => {
    const started = act(inDialogue(), {
      type: 'start-consultation',
      responders: [{ orgId: 'rsmh', name: 'RSMH' }],
      question: 'Synpunkter?',
      deadline: later(10).toISOString(),
    });
    const startedAt = t0.toISOString();
    expect(started.effects).toContainEqual({
      type: 'watch-consultation',
      executionName: consultationExecutionName(started.state.id, startedAt),
      startedAt,
      deadline: later(10).toISOString(),
    });
    const extended = act(started.state, { type: 'extend-consultation', deadline: later(20).toISOString() }, users.redCross, later(5)).state;
    const atFirst = closeConsultationAtDeadline(extended, startedAt, later(10));
    expect(atFirst).toMatchObject({ open: true, deadline: later(20).toISOString(), timeline: [] });
    const atSecond = closeConsultationAtDeadline(extended, startedAt, later(20));
    expect(atSecond.open).toBe(false);
    expect(atSecond.state.consultation?.closed).toMatchObject({ how: 'deadline', answered: [], unanswered: ['rsmh'] });
    expect(atSecond.timeline.map((e) => e.type)).toEqual(['consultation-closed']);
    // A round that closed otherwise, or was replaced by a new one, is left alone.
    expect(closeConsultationAtDeadline(atSecond.state, startedAt, later(21))).toMatchObject({ open: false, timeline: [] });
    expect(closeConsultationAtDeadline(extended, later(1).toISOString(), later(20))).toMatchObject({ open: false, timeline: [], state: extended });
  });

  it('when its deadline passes it closes on the next change, recording who answered and who did not', () => {
    const answered = act(round(), { type: 'respond-consultation', response: 'Bra förslag' }, rsmh, later(2)).state;
    const r = act(answered, { type: 'record-meeting', date: '2026-12-15', participants: ['Sara'], notes: 'Möte' }, users.healthcare, later(11));
    expect(r.state.consultation?.closed).toEqual({ at: later(10).toISOString(), how: 'deadline', answered: ['rsmh'], unanswered: ['narhalsan-lerum-vc'] });
    const closed = r.timeline.find((e) => e.type === 'consultation-closed')!;
    expect(closed.text.sv).toMatch(/Svarade: RSMH\. Svarade inte: Närhälsan Lerum vårdcentral\./);
    expect(closed.text.en).toMatch(/Answered: RSMH\. Did not answer: Närhälsan Lerum vårdcentral\./);
    expect(closed.material).toBe(true);
  });

  it('closes as soon as every organisation asked has answered', () => {
    const one = act(round(), { type: 'respond-consultation', response: 'Ja' }, rsmh, later(1)).state;
    const r = act(one, { type: 'respond-consultation', response: 'Också ja' }, lerum, later(2));
    expect(r.state.consultation?.closed).toMatchObject({ how: 'all-answered', answered: ['rsmh', 'narhalsan-lerum-vc'], unanswered: [] });
  });

  it('lets several organisations answer jointly: one answer, each of them counted as having answered', () => {
    const r = act(round(), { type: 'respond-consultation', response: 'Vårt gemensamma svar', jointWith: ['narhalsan-lerum-vc'] }, rsmh, later(1));
    expect(r.state.consultation?.responses).toEqual([
      { orgId: 'rsmh', response: 'Vårt gemensamma svar', at: later(1).toISOString(), jointWith: ['narhalsan-lerum-vc'] },
    ]);
    expect(r.timeline[0]!.text.sv).toBe('RSMH, Närhälsan Lerum vårdcentral har svarat gemensamt på remissen.');
    expect(r.state.consultation?.closed?.answered).toEqual(['rsmh', 'narhalsan-lerum-vc']);
    expect(
      allowedActions(act(round(), { type: 'respond-consultation', response: 'x', jointWith: ['narhalsan-lerum-vc'] }, rsmh).state, lerum, t0),
    ).not.toContain('respond-consultation');
    const e = errorOf(() => act(round(), { type: 'respond-consultation', response: 'x', jointWith: ['okand'] }, rsmh)) as RuleViolationError;
    expect(e.errors[0]).toMatchObject({ path: 'jointWith.0', text: { sv: 'Organisationen är inte inbjuden att svara på remissen.' } });
  });

  it('extends the deadline, recorded in the timeline and told to the organisations asked', () => {
    const r = act(round(), { type: 'extend-consultation', deadline: later(20).toISOString(), reason: 'Sommaruppehåll' }, users.redCross, later(5));
    expect(r.state.consultation?.deadline).toBe(later(20).toISOString());
    expect(r.state.consultation?.extensions).toEqual([
      {
        previousDeadline: later(10).toISOString(),
        deadline: later(20).toISOString(),
        reason: 'Sommaruppehåll',
        by: users.redCross.sub,
        at: later(5).toISOString(),
      },
    ]);
    expect(r.timeline[0]!.text.sv).toMatch(/förlängd från .* till .*\. Skäl: Sommaruppehåll/);
    const notify = iopOutboxOf(r.state, r.effects, r.timeline, config).find((e) => e.type === 'notify');
    expect(notify && 'to' in notify ? notify.to : []).toEqual(expect.arrayContaining(['rsmh', 'narhalsan-lerum-vc', 'angereds-narsjukhus']));
    // An answer within the new deadline is taken.
    expect(act(r.state, { type: 'respond-consultation', response: 'Sent men i tid' }, rsmh, later(15)).state.consultation?.responses).toHaveLength(1);
    const earlier = errorOf(() =>
      act(r.state, { type: 'extend-consultation', deadline: later(15).toISOString() }, users.redCross, later(6)),
    ) as RuleViolationError;
    expect(earlier.errors[0]!.text?.sv).toMatch(/måste ligga efter den nuvarande/);
  });

  it('the unit records how the answers were handled once the round closed, shown in the timeline', () => {
    const open = round();
    expect((errorOf(() => act(open, { type: 'record-consultation-handling', handling: 'x' })) as ConflictError).extensions.text).toBeDefined();
    const closed = act(open, { type: 'record-meeting', date: '2026-12-20', participants: ['Sara'], notes: 'Möte' }, users.healthcare, later(11)).state;
    expect(allowedActions(closed, users.healthcare, later(11))).toContain('record-consultation-handling');
    expect(allowedActions(closed, users.redCross, later(11))).not.toContain('record-consultation-handling');
    const r = act(closed, { type: 'record-consultation-handling', handling: 'RSMH:s synpunkter finns i utkast version 2' }, users.healthcare, later(12));
    expect(r.state.consultation?.handling).toEqual({
      text: 'RSMH:s synpunkter finns i utkast version 2',
      by: users.healthcare.sub,
      at: later(12).toISOString(),
    });
    expect(r.timeline[0]!.text.sv).toMatch(/^Angereds Närsjukhus har redovisat hur remissvaren har hanterats/);
  });

  it('request-decision is offered only when allowed, and with the round open it is refused in both languages unless the unit closes it early with a reason', () => {
    expect(allowedActions(inDialogue(), users.healthcare, t0)).not.toContain('request-decision');
    const consented = allConsent(round());
    expect(allowedActions(consented, users.healthcare, t0)).toContain('request-decision');
    const refused = errorOf(() => act(consented, { type: 'request-decision' })) as RuleViolationError;
    expect(refused.errors).toEqual([
      expect.objectContaining({
        path: 'consultation',
        text: { sv: expect.stringMatching(/^Remissen är fortfarande öppen/), en: expect.stringMatching(/^The consultation is still open/) },
      }),
    ]);
    const r = act(consented, { type: 'request-decision', closeConsultationReason: 'Beslutet måste fattas före budgetåret' });
    expect(r.state.stage).toBe('approval');
    expect(r.state.consultation?.closed).toMatchObject({
      how: 'early',
      reason: 'Beslutet måste fattas före budgetåret',
      unanswered: ['rsmh', 'narhalsan-lerum-vc'],
    });
    expect(r.timeline[0]!.text.sv).toMatch(/^Remissen stängdes i förtid av vårdenheten\. Skäl: Beslutet måste fattas före budgetåret/);
    const notConsented = errorOf(() => act(inDialogue(), { type: 'request-decision' })) as RuleViolationError;
    expect(notConsented.errors[0]!.text?.sv).toMatch(/^Alla parter måste samtycka till utkast version 1\. Samtycke saknas från/);
  });

  it('a late answer is refused as expired; the status no longer names a deadline once the round closed', () => {
    const started = round();
    expect(errorOf(() => act(started, { type: 'respond-consultation', response: 'Sent' }, rsmh, later(11)))).toBeInstanceOf(ExpiredError);
    const closed = act(started, { type: 'record-meeting', date: '2026-12-20', participants: ['Sara'], notes: 'Möte' }, users.healthcare, later(11)).state;
    expect(statusOf(closed, later(11), config).next.sv).not.toMatch(/Remissvar senast/);
  });
});
