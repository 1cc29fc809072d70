import { describe, expect, it } from 'vitest';
import { applyAction } from '../../../shared/iop/domain/index.js';
import { buildDigests } from '../../../shared/notifications/digest.js';
import { iopDigestInput } from '../../../shared/notifications/run-digest.js';
import type { TimelineEntry } from '../../../shared/platform/timeline/timeline-entry.js';
import { config, inDialogue, initiated, later, users } from '../iop/fixtures.js';

const period = { since: later(0).toISOString(), until: later(30).toISOString() };
const note: TimelineEntry = {
  at: later(20).toISOString(),
  type: 'meeting-recorded',
  material: false,
  text: { sv: 'Möte', en: 'Meeting' },
  actor: { sub: 'u', name: 'Sara', org: 'angereds-narsjukhus', role: 'healthcare' },
};
const recipients = (state: Parameters<typeof iopDigestInput>[0]) => buildDigests([iopDigestInput(state, [note])], period).map((d) => d.org);

describe('the daily digest of an IOP case goes to the parties taking part now', () => {
  it('reaches every party while all take part', () => {
    expect(recipients(inDialogue()).sort()).toEqual(['angereds-narsjukhus', 'goteborgs-stadsmission', 'svenska-roda-korset']);
  });

  it('leaves out an organisation that withdrew while the case went on', () => {
    const left = applyAction(inDialogue(), { type: 'withdraw', reason: 'Styrelsen sa nej' }, users.stadsmission, later(10), config).state;
    expect(left.parties.find((p) => p.orgId === 'goteborgs-stadsmission')?.invitation).toBe('withdrawn');
    expect(recipients(left).sort()).toEqual(['angereds-narsjukhus', 'svenska-roda-korset']);
  });

  it('leaves out an organisation that declined its invitation', () => {
    const declined = applyAction(initiated(), { type: 'decline-invitation' }, users.stadsmission, later(1), config).state;
    expect(recipients(declined)).not.toContain('goteborgs-stadsmission');
  });
});
