import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BundleTargets,
  benchEnv,
  bundleFunction,
  clientsIn,
  esbuildOptions,
  type FunctionBundle,
  keptInputs,
  type SdkFloor,
  sdkFloorOf,
} from '../../../bench/bundles.js';
import { FunctionCatalog, type FunctionSpec } from '../../../shared/platform/function-catalog.js';
import { ForbiddenModules, RunTimeFiles, SizeBudgets } from './bundle-rules.js';

/**
 * Every catalog function bundled once with the CDK app's esbuild settings
 * (bench/bundles.ts, LambdaBundling); its metafile says what it carries.
 */
interface Built {
  readonly spec: FunctionSpec;
  readonly bundle: FunctionBundle;
  readonly floor: SdkFloor | undefined;
  /** Every module esbuild reached from the entry, tree-shaken or not. */
  readonly inputs: readonly string[];
}

const RepoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let workDir: string;
const built = new Map<string, Built>();

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'bundles-test-'));
  for (const spec of FunctionCatalog) {
    const bundle = await bundleFunction(spec, workDir);
    const floor = await sdkFloorOf(bundle, workDir, spec.id);
    built.set(spec.id, { spec, bundle, floor, inputs: Object.keys(bundle.metafile.inputs) });
  }
}, 300_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const get = (id: string): Built => built.get(id)!;
const ids = FunctionCatalog.map((f) => f.id);

describe.each(ids)('the %s bundle', (id) => {
  it('reaches no module it must not (seeds, demo, local engines, web code, classic zod, bundled vocabularies, build tools)', () => {
    const offending = get(id).inputs.flatMap((input) => {
      const rule = ForbiddenModules.find((r) => r.pattern.test(input));
      return rule ? [`${input} (${rule.why})`] : [];
    });
    expect(offending).toEqual([]);
  });

  it('is granted no SDK client its bundle does not contain (its catalog entry names what it calls)', () => {
    const { spec, bundle } = get(id);
    const contained = clientsIn(bundle.metafile);
    expect(spec.sdkClients.filter((client) => !contained.includes(client))).toEqual([]);
  });

  it('contains no SDK client it is not granted (a call through it would be refused, so its code is dead weight or a missing grant)', () => {
    const { spec, bundle } = get(id);
    expect(clientsIn(bundle.metafile).filter((client) => !(spec.sdkClients as readonly string[]).includes(client))).toEqual([]);
  });

  it('ships every reference file it reads at run time, and only those', () => {
    const { spec, inputs } = get(id);
    const reads = RunTimeFiles.filter((f) => inputs.some((input) => input.endsWith(f.reader))).map((f) => f.asset);
    expect([...(spec.assets ?? [])].sort()).toEqual(reads.sort());
  });

  it(`stays within its size budget (${BundleTargets.sizeRatio}× its SDK floor unless stated beside the test)`, () => {
    const { bundle, floor } = get(id);
    const budget = SizeBudgets[id];
    if (!floor) {
      // No SDK client, so no floor: an absolute budget instead.
      expect(budget?.maxBytes, `${id} has no SDK floor: give it a byte budget`).toBeDefined();
      expect(bundle.bytes).toBeLessThanOrEqual(budget!.maxBytes!);
      return;
    }
    const ratio = budget?.ratio ?? BundleTargets.sizeRatio;
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
    expect(bundle.bytes, `${id}: ${kb(bundle.bytes)} against a floor of ${kb(floor.bytes)} (${floor.clients.join(', ')})`).toBeLessThanOrEqual(
      Math.floor(floor.bytes * ratio),
    );
  });
});

/**
 * Intl objects made while the bundle is imported, counted in a fresh node
 * process: a formatter with a time zone loads zone data (tens of
 * milliseconds), so each is made on first use (shared/platform/on-first-use.ts)
 * and a cold start pays for none.
 */
function intlMadeOnImport(file: string): Record<string, number> {
  const script = [
    'const made = {};',
    "for (const kind of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter']) {",
    '  const Original = Intl[kind];',
    '  const count = () => { made[kind] = (made[kind] ?? 0) + 1; };',
    '  Intl[kind] = new Proxy(Original, { construct(t, a, n) { count(); return Reflect.construct(t, a, n); }, apply(t, self, a) { count(); return Reflect.apply(t, self, a); } });',
    '}',
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'process.stdout.write(JSON.stringify(made));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...benchEnv() }, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Record<string, number>;
}

describe('a cold start', () => {
  it.each(ids)('of %s makes no Intl formatter while the bundle is imported', (id) => {
    expect(intlMadeOnImport(get(id).bundle.outfile)).toEqual({});
  });
});

describe('the run-time reference files', () => {
  it('are read from beside the bundle, as in Lambda, and not from the sources', async () => {
    // The readers bundled on their own with the same settings, once with the files copied beside them and once without.
    const probe = (dir: string) => {
      const entry = path.join(dir, 'probe-entry.ts');
      writeFileSync(
        entry,
        `import { isKnownCpv, cpvPath } from ${JSON.stringify(path.join(RepoRoot, 'shared/procurement/reference-data/cpv.ts'))};\n` +
          `import { swedishHolidays } from ${JSON.stringify(path.join(RepoRoot, 'shared/procurement/reference-data/swedish-holidays.ts'))};\n` +
          'export const answer = () => ({ known: isKnownCpv("85311000"), unknown: isKnownCpv("85311001"), ' +
          'path: cpvPath("85311000", 3).map((e) => e.label.en), christmas: swedishHolidays().set.has("2026-12-25") });\n',
      );
      return entry;
    };
    const answerFrom = async (dir: string, withFiles: boolean) => {
      mkdirSync(dir, { recursive: true });
      const outfile = path.join(dir, 'index.mjs');
      await build({ ...esbuildOptions, entryPoints: [probe(dir)], outfile, absWorkingDir: RepoRoot });
      if (withFiles) for (const f of RunTimeFiles) copyFileSync(path.join(RepoRoot, f.asset), path.join(dir, path.basename(f.asset)));
      const { answer } = (await import(pathToFileURL(outfile).href)) as { answer: () => unknown };
      return answer();
    };
    expect(await answerFrom(path.join(workDir, 'probe-with'), true)).toEqual({
      known: true,
      unknown: false,
      path: ['Health and social work services', 'Social work and related services'],
      christmas: true,
    });
    await expect(answerFrom(path.join(workDir, 'probe-without'), false)).rejects.toThrow(/ENOENT/);
  });

  it('are not bundled into any function', () => {
    for (const { spec, bundle } of built.values()) {
      const bundledJson = keptInputs(bundle.metafile).filter((i) => RunTimeFiles.some((f) => i.endsWith(f.asset)));
      expect(bundledJson, spec.id).toEqual([]);
    }
  });
});
