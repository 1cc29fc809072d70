import { IopDemoUsers, IopOrganisations, DemoIopCase, DemoIopCaseRsmh } from './iop-seed.js';
import { applyAction, initiate } from '../../shared/iop/domain/reducer.js';
import { scheduleReviews } from '../../shared/iop/domain/lifecycle.js';
import type { LegalChecklist } from '../../shared/iop/domain/schemas.js';
import type { IopCase } from '../../shared/iop/domain/case-model.js';
import { iopConfigFromEnv } from '../../shared/iop/domain/config.js';
import type { IopTransition } from '../../shared/iop/domain/transition.js';
import { clock } from '../../shared/platform/clock.js';
import type { IopConfig } from '../../shared/iop/domain/config.js';
import type { IopEffect } from '../../shared/iop/domain/iop-effect.js';
import type { StoredCase } from '../../shared/platform/dynamodb/index.js';
import { iopOutboxOf } from '../../shared/iop/effects/iop-outbox.js';

/** The demo units all belong to Västra Götalandsregionen (see the organisation registry's seed). */
const VGR = IopOrganisations.vgr.orgId;
import { iopIndexOf, iopStore } from '../../shared/iop/store/iop-store.js';

const yes = (motivation: string) => ({ met: true, motivation });

/** The decision-maker's answers for the seeded agreement (Swedish, as in a real decision). */
const DemoChecklist: LegalChecklist = {
  localGovernmentActAndPriorities: yes('Främjar fysisk aktivitet hos äldre, ett prioriterat område i regionens folkhälsoplan'),
  complementsPublicOffering: yes('Kompletterar vårdcentralens fysioterapi med gruppaktiviteter som regionen inte erbjuder'),
  stateAid: { met: true, motivation: 'Regionens bidrag ligger långt under de minimis-taket', basis: 'de-minimis' },
  notPublicContract: yes('Båda parter bidrar och ingen part köper en tjänst av den andra'),
  coFinancingDocumented: yes('Bidragen finns i det godkända utkastet'),
  noOtherRegionalFunding: yes('Verksamheten får inget annat regionalt stöd'),
};

/**
 * Stores each step of a seeded case as its own change, as the API would have.
 * Only the last carries effects (`lastEffects`, without notifications): the
 * seed starts where a real case would wait, and tells nobody.
 */
async function storeSteps(steps: readonly IopTransition[], lastEffects: readonly IopEffect[], config: IopConfig): Promise<IopCase> {
  let version = 0;
  let previous: StoredCase<IopCase> | undefined;
  for (const [i, step] of steps.entries()) {
    const effects = i === steps.length - 1 ? iopOutboxOf(step.state, lastEffects, [], config) : [];
    const options = { effects, previousCollections: previous?.collections };
    previous =
      version === 0
        ? await iopStore.create(step.state.id, step.state, step.timeline, iopIndexOf(step.state), options)
        : await iopStore.commit(step.state.id, version, step.state, step.timeline, iopIndexOf(step.state), previous?.index, options);
    version = previous.version;
  }
  return steps.at(-1)!.state;
}

/**
 * Demo cases for the local runtime: one in dialogue (Angered, two
 * organisations have accepted) and one just initiated by RSMH. Does nothing
 * when they exist, so a restart keeps what the user did with them.
 */
export async function seedIopDemoCases(): Promise<void> {
  const config = iopConfigFromEnv();
  const now = clock.now();
  if (!(await iopStore.get('iop-demo-angered'))) {
    const first = initiate(DemoIopCase, IopDemoUsers.healthcareAngered, now, config, { id: 'iop-demo-angered', reference: 'IOP-DEMO-0001' }, VGR);
    const steps: IopTransition[] = [first];
    for (const user of [IopDemoUsers.civilRodaKorset, IopDemoUsers.civilGoteborgsStadsmission]) {
      steps.push(applyAction(steps.at(-1)!.state, { type: 'accept-invitation' }, user, now, config));
    }
    const id = steps.at(-1)!.state.id;
    await storeSteps(steps, [{ type: 'start-workflow', workflow: 'iop-dialogue', executionName: `${id}-dialogue-1`, input: { caseId: id } }], config);
  }
  if (!(await iopStore.get('iop-demo-alingsas'))) {
    // An agreement in force, so the public register and the review timeline have something to show.
    const hc = IopDemoUsers.healthcareAlingsas;
    const rk = IopDemoUsers.civilRodaKorset;
    const input = {
      ...DemoIopCase,
      title: 'Aktiva seniorer i Alingsås',
      purpose:
        'Fler äldre i Alingsås rör sig regelbundet och bryter ensamhet, genom promenadgrupper och seniorgympa ledda av volontärer ' +
        'med stöd av vårdcentralens fysioterapeuter.',
      targetGroup: 'Personer över 70 år i Alingsås kommun, särskilt de som bor ensamma.',
      activities: ['Promenadgrupper två gånger i veckan', 'Seniorgympa', 'Utbildning av volontärledare'],
      healthcareUnit: {
        orgId: hc.org,
        name: 'Närhälsan Alingsås vårdcentral',
        contribution: { moneySekPerYear: 300_000, inKindSekPerYear: 150_000, inKindDescription: 'Fysioterapeuter och lokaler' },
      },
      civilParties: [DemoIopCase.civilParties[0]!],
      durationMonths: 48,
      budgetPerYearSek: 900_000,
    };
    const steps: IopTransition[] = [initiate(input, hc, now, config, { id: 'iop-demo-alingsas', reference: 'IOP-DEMO-0003' }, VGR)];
    const then = (action: Parameters<typeof applyAction>[1], user: Parameters<typeof applyAction>[2]) =>
      steps.push(applyAction(steps.at(-1)!.state, action, user, now, config));
    then({ type: 'accept-invitation' }, rk);
    then({ type: 'consent', draftVersion: 1 }, hc);
    then({ type: 'consent', draftVersion: 1 }, rk);
    then({ type: 'request-decision' }, hc);
    then(
      { type: 'decide', decision: 'approve', motivation: 'Uppfyller regionens riktlinjer för IOP.', diarienummer: 'VGR 2026-01234', checklist: DemoChecklist },
      { ...IopDemoUsers.approver, publicBody: VGR },
    );
    then({ type: 'sign' }, hc);
    then({ type: 'sign' }, rk);
    steps.push(scheduleReviews(steps.at(-1)!.state, now, config));
    await storeSteps(steps, steps.at(-1)!.effects, config);
  }
  if (!(await iopStore.get('iop-demo-lerum'))) {
    const t = initiate(DemoIopCaseRsmh, IopDemoUsers.civilRsmh, now, config, { id: 'iop-demo-lerum', reference: 'IOP-DEMO-0002' }, VGR);
    await storeSteps([t], t.effects, config);
  }
}
