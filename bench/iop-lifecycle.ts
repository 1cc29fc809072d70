import { waitUntilIdle } from '../local/engines/clock/wait-until-idle.js';
import { startLocalRuntime } from '../local/runtime/local-runtime.js';
import { IopDemoUsers } from '../local/seed/iop-seed.js';
import type { Actor } from '../shared/platform/auth/actor.js';
import { round } from './percentiles.js';
import { executionsOf } from './iop-lifecycle/case-footprint.js';
import { sum } from './iop-lifecycle/dynamo-usage.js';
import { actionFigures, caseFigures, IN_FLIGHT, type IopLifecycleFigures, LIFECYCLES, mean } from './iop-lifecycle/figures.js';
import { attachProbe } from './iop-lifecycle/probe.js';
import { printLifecycleReport } from './iop-lifecycle/report.js';
import { http, lifecycle, type measuredAction, type Session, toActive } from './iop-lifecycle/session.js';

export type { StoredKind } from './iop-lifecycle/case-footprint.js';
export { type ActionFigures, AwsPrices, type IopLifecycleFigures } from './iop-lifecycle/figures.js';

/**
 * The IOP lifecycle on the local runtime, over HTTP: machine time per full
 * lifecycle (initiation to the renewal after five years of reviews), cases per
 * second with 20 in flight, DynamoDB requests and write units per action (item
 * sizes counted), the Effects function's invocations per action, state
 * transitions per case, the bytes a case keeps stored, and from them the AWS
 * cost of one case over five years.
 *
 * The parts, under iop-lifecycle/: the HTTP session that drives a case
 * (session.ts), the probe that puts every DynamoDB request down to its function
 * and case (probe.ts, with the unit arithmetic in dynamo-usage.ts), what a case
 * leaves behind (case-footprint.ts), the figures and the cost model
 * (figures.ts), and the printed tables (report.ts).
 */

export async function runIopLifecycleBench(): Promise<IopLifecycleFigures> {
  process.env.LOG_LEVEL ??= 'silent';
  const runtime = await startLocalRuntime({ port: 0, web: false, seed: false });
  try {
    const probe = attachProbe(runtime);
    const token = (u: Actor) => runtime.token({ sub: u.sub, name: u.name, role: u.role, org: u.org });
    const tokens = {
      hc: await token(IopDemoUsers.healthcareAngered),
      rk: await token(IopDemoUsers.civilRodaKorset),
      sm: await token(IopDemoUsers.civilGoteborgsStadsmission),
      ap: await token(IopDemoUsers.approver),
    };
    const idle = async () => {
      if (!(await waitUntilIdle(() => runtime.isIdle(), 30_000, 1))) throw new Error('workflows did not settle');
    };
    const session = (): Session => ({ probe, tokens, samples: [], idle });

    // Warm-up lifecycle (JIT, first module paths), then the measured ones.
    await lifecycle(session());
    const runs: { cpuMs: number; wallMs: number; s: Session; caseId: string }[] = [];
    for (let i = 0; i < LIFECYCLES; i++) {
      const s = session();
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const { caseId } = await lifecycle(s);
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - wall;
      runs.push({ cpuMs: (used.user + used.system) / 1000, wallMs, s, caseId });
    }

    // 20 cases in flight at once, initiation → active agreement; actions go back to back, without waiting for idle.
    const loose: typeof measuredAction = async (s, who, path, body, expected = 200) => {
      for (let attempt = 1; ; attempt++) {
        const answer = await http(s, 'POST', path, s.tokens[who], body);
        if (answer.status === expected) return answer.body;
        if (answer.status !== 409 || attempt > 5) throw new Error(`${String(body.type ?? path)}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };
    const flightCpu = process.cpuUsage();
    const flightStart = performance.now();
    const ids = await Promise.all(Array.from({ length: IN_FLIGHT }, () => toActive(session(), loose)));
    await idle();
    const flightMs = performance.now() - flightStart;
    const flightUsed = process.cpuUsage(flightCpu);
    // A figure, not an assertion: the cases that did not reach an active agreement with its reviews scheduled.
    const inFlightNotActive: string[] = [];
    for (const id of ids) {
      const c = (await http(session(), 'GET', `/iop/cases/${id}`, tokens.hc)).body;
      if (!c.agreementInForce || !c.reviewsScheduledAt) {
        const executions = executionsOf(runtime, id)
          .map((e) => `${e.stage} ${e.status}`)
          .join(', ');
        const attention = c.flags?.needsAttention ? `, needs attention: ${c.flags.needsAttention.error}` : '';
        inFlightNotActive.push(
          `${id}: stage ${c.stage}, agreementInForce ${c.agreementInForce ? 'yes' : 'no'}, ` +
            `reviewsScheduledAt ${c.reviewsScheduledAt ?? 'none'}${attention}; executions: ${executions || 'none'}`,
        );
      }
    }

    // ---- figures ----
    const samples = runs.flatMap((r) => r.s.samples);
    const { perAction, actionsOverTarget } = actionFigures(samples);
    const last = runs.at(-1)!;
    const lastCase = await caseFigures(runtime, probe, last.caseId);

    const figures: IopLifecycleFigures = {
      lifecycleCpuMs: round(mean(runs.map((r) => r.cpuMs)), 0),
      lifecycleWallMs: round(mean(runs.map((r) => r.wallMs)), 0),
      casesPerSecondWith20InFlight: round(IN_FLIGHT / (flightMs / 1000)),
      inFlightCpuMsPerCase: round((flightUsed.user + flightUsed.system) / 1000 / IN_FLIGHT, 0),
      inFlightNotActive,
      perAction,
      actionsOverTarget,
      stateTransitionsPerCase: lastCase.transitions,
      executionsPerCase: lastCase.executions,
      perCase: {
        dynamoRequests: sum(lastCase.caseCounts),
        writeUnits: lastCase.wru,
        readUnits: lastCase.tally.usage.rru,
        lambdaInvocations: lastCase.lambdaInvocations,
        effectsInvocations: lastCase.lambdas.get('Effects')?.length ?? 0,
        eventBridgeEvents: lastCase.events,
        storedBytes: lastCase.storedBytes,
        storedItems: lastCase.storedItems,
      },
      costPerCaseUsd: {
        stepFunctions: round(lastCase.cost.stepFunctions, 6),
        lambda: round(lastCase.cost.lambda, 6),
        dynamodbWrites: round(lastCase.cost.dynamodbWrites, 6),
        dynamodbReads: round(lastCase.cost.dynamodbReads, 6),
        dynamodbStorage: round(lastCase.cost.dynamodbStorage, 6),
        eventBridge: round(lastCase.cost.eventBridge, 6),
        total: round(lastCase.total, 6),
      },
    };

    printLifecycleReport({ runs, actions: samples.length, flightMs, figures, engineCheck: probe.engineCheck, lastCase });
    return figures;
  } finally {
    await runtime.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runIopLifecycleBench();
  process.exit(0);
}
