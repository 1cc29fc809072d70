import { IopDemoUsers, DemoIopCase, DemoIopCaseRsmh } from '../seed.js';
import { applyAction, initiate } from '../reducer.js';
import { iopConfigFromEnv } from '../config.js';
import type { IopTransition } from '../transition.js';
import { clock } from '../../platform/clock.js';
import { iopIndexOf, iopStore } from './iop-store.js';
import { runIopEffects } from './run-iop-effects.js';

/**
 * Demo cases for the local runtime: one in dialogue (Angered, two
 * organisations have accepted) and one just initiated by RSMH. Does nothing
 * when they exist, so a restart keeps what the user did with them.
 */
export async function seedIopDemoCases(): Promise<void> {
  const config = iopConfigFromEnv();
  const now = clock.now();
  if (!(await iopStore.get('iop-demo-angered'))) {
    const first = initiate(DemoIopCase, IopDemoUsers.healthcareAngered, now, config, { id: 'iop-demo-angered', reference: 'IOP-DEMO-0001' });
    const steps: IopTransition[] = [first];
    for (const user of [IopDemoUsers.civilRodaKorset, IopDemoUsers.civilGoteborgsStadsmission]) {
      steps.push(applyAction(steps.at(-1)!.state, { type: 'accept-invitation' }, user, now, config));
    }
    let version = 0;
    for (const step of steps) {
      const stored = version === 0
        ? await iopStore.create(step.state.id, step.state, step.timeline, iopIndexOf(step.state))
        : await iopStore.commit(step.state.id, version, step.state, step.timeline, iopIndexOf(step.state));
      version = stored.version;
    }
    const last = steps.at(-1)!.state;
    await runIopEffects(last, [{ type: 'start-workflow', workflow: 'iop-dialogue', executionName: `${last.id}-dialogue-1`, input: { caseId: last.id } }], [], config);
  }
  if (!(await iopStore.get('iop-demo-lerum'))) {
    const t = initiate(DemoIopCaseRsmh, IopDemoUsers.civilRsmh, now, config, { id: 'iop-demo-lerum', reference: 'IOP-DEMO-0002' });
    await iopStore.create(t.state.id, t.state, t.timeline, iopIndexOf(t.state));
    await runIopEffects(t.state, t.effects, [], config);
  }
}
