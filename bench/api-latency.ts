import { startLocalRuntime } from '../local/runtime/local-runtime.js';
import { percentile, round } from './percentiles.js';

/**
 * Local API round trips over HTTP on loopback: GET /health (no auth, no data)
 * and an authenticated read (JWT verification, a Lambda handler, DynamoDB).
 */
export async function runApiLatencyBench(requests = 300): Promise<Record<string, number>> {
  const runtime = await startLocalRuntime({ port: 0, web: false });
  try {
    const token = await runtime.token({ sub: 'bench', name: 'Bench', role: 'healthcare', org: 'angereds-narsjukhus' });
    const time = async (path: string, headers: Record<string, string> = {}) => {
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) {
        const started = performance.now();
        const res = await fetch(`${runtime.url}${path}`, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        samples.push(performance.now() - started);
      }
      return samples.slice(Math.floor(requests / 10)); // the first tenth is warm-up
    };
    const health = await time('/health');
    const read = await time('/iop/cases', { authorization: `Bearer ${token}` });
    const figures = {
      healthP50Ms: round(percentile(health, 50)),
      healthP95Ms: round(percentile(health, 95)),
      authenticatedReadP50Ms: round(percentile(read, 50)),
      authenticatedReadP95Ms: round(percentile(read, 95)),
    };
    console.log('\nLocal API round trip (ms, loopback, after warm-up)');
    console.table([
      { route: 'GET /health', p50: figures.healthP50Ms, p95: figures.healthP95Ms },
      { route: 'GET /iop/cases (JWT + DynamoDB)', p50: figures.authenticatedReadP50Ms, p95: figures.authenticatedReadP95Ms },
    ]);
    return figures;
  } finally {
    await runtime.stop();
  }
}
