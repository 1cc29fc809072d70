import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { percentile, round } from './percentiles.js';

/**
 * `npm start` time to ready: spawns the local runtime as `npm start` does
 * (`tsx local/start.ts`, with --memory so no data folder is touched) on a free
 * port and measures, from the spawn, when GET /health first answers 200 and
 * when the ready line ("… are running at …") is printed: the web app is built,
 * DynamoDB Local (Java) is up with the table, the functions are warmed up,
 * the demo data is seeded and the reconciler has run. Then it stops the
 * process group (SIGTERM, as Ctrl+C would; SIGKILL after 20 s) and measures that too.
 */
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const READY_LINE = /workflows are running at (http:\/\/\S+)/;
const TIMEOUT_MS = 120_000;

export interface StartTimeFigures {
  readonly runs: readonly { healthMs: number; readyMs: number; stopMs: number }[];
  readonly readyMedianMs: number;
  readonly healthMedianMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Does the process group still have a member? */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(child: ChildProcess): Promise<number> {
  const pid = child.pid!;
  const started = performance.now();
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return 0;
  }
  const deadline = Date.now() + 20_000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  return performance.now() - started;
}

async function startOnce(): Promise<{ healthMs: number; readyMs: number; stopMs: number }> {
  const port = await freePort();
  const started = performance.now();
  // Its own process group (detached), so npx, tsx, node and java are stopped together.
  const child = spawn('npx', ['tsx', 'local/start.ts', '--', '--memory'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let readyMs: number | undefined;
  let healthMs: number | undefined;
  let exited = false;
  let stopMs = 0;
  let measured: { healthMs: number; readyMs: number };
  const ready = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8_000);
      if (readyMs === undefined && READY_LINE.test(output)) {
        readyMs = performance.now() - started;
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  try {
    const health = (async () => {
      while (healthMs === undefined && !exited && performance.now() - started < TIMEOUT_MS) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1_000) });
          await res.arrayBuffer();
          if (res.status === 200) healthMs = performance.now() - started;
        } catch {
          // not listening yet
        }
        if (healthMs === undefined) await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, TIMEOUT_MS).unref());
    await Promise.race([ready, timeout]);
    await Promise.race([health, timeout]);
    if (readyMs === undefined || healthMs === undefined) {
      throw new Error(
        `npm start did not get ready within ${TIMEOUT_MS / 1000} s${exited ? ` (it exited with ${child.exitCode})` : ''}:\n${output.slice(-2_000)}`,
      );
    }
    if (!output.includes('in memory')) throw new Error(`npm start did not run in memory:\n${output.slice(-2_000)}`);
    measured = { healthMs, readyMs };
  } finally {
    stopMs = await stopGroup(child);
  }
  return { ...measured, stopMs };
}

export async function runStartTimeBench(runs = 3): Promise<StartTimeFigures> {
  const results: { healthMs: number; readyMs: number; stopMs: number }[] = [];
  for (let i = 0; i < runs; i++) results.push(await startOnce());
  const figures: StartTimeFigures = {
    runs: results.map((r) => ({ healthMs: round(r.healthMs, 0), readyMs: round(r.readyMs, 0), stopMs: round(r.stopMs, 0) })),
    readyMedianMs: round(
      percentile(
        results.map((r) => r.readyMs),
        50,
      ),
      0,
    ),
    healthMedianMs: round(
      percentile(
        results.map((r) => r.healthMs),
        50,
      ),
      0,
    ),
  };
  console.log(
    `\`npm start -- --memory\` (tsx local/start.ts; web app build, DynamoDB Local, seed data), ms from spawn; ${runs} runs one after another. ` +
      '"health" = GET /health first answers 200 (the API listens); "ready" = the ready line is printed (seeded, reconciled); ' +
      '"stop" = SIGTERM until the whole process group (java included) is gone',
  );
  console.table(figures.runs.map((r, i) => ({ run: i + 1, ...r })));
  console.log(`Median: ready in ${figures.readyMedianMs} ms (GET /health answers after ${figures.healthMedianMs} ms)`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStartTimeBench();
  process.exit(0);
}
