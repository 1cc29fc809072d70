import { bundleBenchRuns, runBundleBench } from './bundles.js';
import { runApiLatencyBench } from './api-latency.js';
import { matchingBenchOptions, runMatchingBench } from './matching.js';

/**
 * `npm run bench`: prints the product's speed and size figures. Not a test:
 * targets are shown next to the figures, nothing fails on them.
 * `npm run bench -- bundles api start matching iop` runs only the named parts;
 * `npm run bench -- matching --notices=2000 --bidders=500 --samples=5` runs matching smaller;
 * `npm run bench -- bundles --runs=31` imports each bundle and its floor 31 times (15 by default).
 */
const parts = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = (name: string) => parts.length === 0 || parts.includes(name);
process.env.LOG_LEVEL ??= 'silent';

if (wanted('bundles')) {
  console.log('\n== Lambda bundles against their SDK floor (targets: size ≤ 1.15×, import ≤ 1.2×) ==');
  await runBundleBench({ runs: bundleBenchRuns(process.argv) });
}
if (wanted('api')) {
  console.log('\n== Local API round trips ==');
  await runApiLatencyBench();
}
if (wanted('start')) {
  console.log('\n== `npm start` time to ready ==');
  const { runStartTimeBench } = await import('./start-time.js');
  await runStartTimeBench();
}
if (wanted('iop')) {
  console.log('\n== IOP lifecycle on the local runtime ==');
  const { runIopLifecycleBench } = await import('./iop-lifecycle.js');
  await runIopLifecycleBench();
}
if (wanted('matching')) {
  const options = matchingBenchOptions(process.argv.slice(2));
  console.log(`\n== Matching at scale through the local engine (${options.notices ?? 20_000} notices, ${options.bidders ?? 5_000} bidders) ==`);
  await runMatchingBench(options);
}
process.exit(0);
