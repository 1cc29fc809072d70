/**
 * Bundle benchmark: every catalog function bundled the way CDK deploys it,
 * next to its "SDK floor" — a tiny module that imports only the SDK clients,
 * command classes and SDK utilities (util-dynamodb) the function's bundle
 * contains. The floor is what any handler using those calls must pay; the ratio
 * is what the project adds. Cold imports of bundle and floor take turns, in
 * fresh node processes, so a busy machine weighs on both alike. test/infra/bundles.test.ts holds every function to
 * the size target with the same building blocks.
 *
 * Targets: bundle ≤ 1.15 × floor, cold import ≤ 1.2 × floor.
 * Run: `npm run bench -- bundles` (or `npx tsx bench/bundles.ts`, or import `runBundleBench`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { LambdaBundling } from '../infra/platform/lambda-bundling.js';
import { EnvNames } from '../shared/platform/env-names.js';
import { FunctionCatalog, SdkClients, type FunctionSpec, type SdkClient } from '../shared/platform/function-catalog.js';

const RepoRoot = fileURLToPath(new URL('../', import.meta.url));

export const BundleTargets = { sizeRatio: 1.15, importRatio: 1.2 } as const;

/** The client class each SDK package exports. */
const ClientClass: Record<SdkClient, string> = {
  dynamodb: 'DynamoDBClient',
  sfn: 'SFNClient',
  eventbridge: 'EventBridgeClient',
  scheduler: 'SchedulerClient',
  sesv2: 'SESv2Client',
  cognito: 'CognitoIdentityProviderClient',
};

/** The CDK app's NodejsFunction bundling (LambdaBundling), as esbuild options. */
export const esbuildOptions = {
  bundle: true,
  platform: 'node',
  format: LambdaBundling.format,
  target: LambdaBundling.target,
  minify: LambdaBundling.minify,
  sourcemap: LambdaBundling.sourcemap,
  sourcesContent: LambdaBundling.sourcesContent,
  mainFields: [...LambdaBundling.mainFields],
  banner: { js: LambdaBundling.banner },
  metafile: true,
  // Resolves the SDK from the repository even for generated files outside it (the floor modules).
  nodePaths: [path.join(RepoRoot, 'node_modules')],
  logLevel: 'silent',
} as const satisfies BuildOptions;

export interface BundleBenchRow {
  readonly id: string;
  readonly bundleBytes: number;
  readonly floorBytes: number | undefined;
  readonly importMs: ImportTimes;
  readonly floorImportMs: ImportTimes | undefined;
  readonly sizeRatio: number | undefined;
  readonly importRatio: number | undefined;
  /** The SDK clients the bundle contains (the floor's clients). */
  readonly clients: readonly SdkClient[];
  readonly commands: readonly string[];
}

export interface BundleBenchOptions {
  /** Cold imports per bundle and per floor; the median and the 95th percentile are reported. */
  readonly runs?: number;
  /** Restrict to some catalog ids. */
  readonly only?: readonly string[];
}

export async function runBundleBench(options: BundleBenchOptions = {}): Promise<BundleBenchRow[]> {
  const runs = options.runs ?? 15;
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const workDir = mkdtempSync(path.join(tmpdir(), 'bundle-bench-'));
  const rows: BundleBenchRow[] = [];
  try {
    for (const spec of FunctionCatalog) {
      if (options.only && !options.only.includes(spec.id)) continue;
      if (!existsSync(path.join(RepoRoot, spec.entry))) {
        console.log(`skip ${spec.id}: ${spec.entry} does not exist yet`);
        continue;
      }
      try {
        rows.push(await benchFunction(spec, workDir, runs));
      } catch (error) {
        // Handlers are written in parallel: one that does not build yet must not hide the others.
        console.log(`skip ${spec.id}: ${firstLine(error)}`);
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  printTable(rows);
  console.log(
    `Machine: ${machine()}; load average ${loadAtStart} at the start, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end.`,
  );
  return rows;
}

export interface FunctionBundle {
  readonly outfile: string;
  readonly bytes: number;
  readonly metafile: Metafile;
}

/** Bundles one catalog function into `workDir` as the CDK app does, its assets copied beside it. */
export async function bundleFunction(spec: FunctionSpec, workDir: string): Promise<FunctionBundle> {
  const dir = path.join(workDir, spec.id);
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'index.mjs');
  const result = await build({ ...esbuildOptions, entryPoints: [path.join(RepoRoot, spec.entry)], outfile, absWorkingDir: RepoRoot });
  for (const asset of spec.assets ?? []) copyFileSync(path.join(RepoRoot, asset), path.join(dir, path.basename(asset)));
  return { outfile, bytes: statSync(outfile).size, metafile: result.metafile };
}

export interface SdkFloor {
  readonly outfile: string;
  readonly bytes: number;
  readonly clients: readonly SdkClient[];
  readonly commands: readonly string[];
  /** SDK utility packages the bundle uses besides the clients (DynamoDB's marshall and unmarshall). */
  readonly utilities: readonly SdkUtility[];
}

/**
 * SDK packages that are not clients but that any handler of the service uses,
 * with what it imports from them: a DynamoDB handler turns items to and from
 * attribute values whether it calls marshall itself or goes through
 * lib-dynamodb's document client (which is bigger and contains the same
 * functions). They count in the floor only when the bundle contains them.
 */
const SdkUtilities = {
  'util-dynamodb': { module: '@aws-sdk/util-dynamodb', imports: ['marshall', 'unmarshall'] },
} as const;
type SdkUtility = keyof typeof SdkUtilities;

/** The floor of a bundle: the SDK clients, commands and utilities it contains, and nothing else; undefined when it has no client. */
export async function sdkFloorOf(bundle: FunctionBundle, workDir: string, id: string): Promise<SdkFloor | undefined> {
  const clients = clientsIn(bundle.metafile);
  if (clients.length === 0) return undefined;
  const commands = commandsIn(bundle.metafile, clients);
  const utilities = utilitiesIn(bundle.metafile);
  const floorEntry = path.join(workDir, `${id}.floor.mjs`);
  writeFileSync(floorEntry, floorSource(clients, commands, utilities));
  const outfile = path.join(workDir, `${id}.floor.bundle.mjs`);
  await build({ ...esbuildOptions, entryPoints: [floorEntry], outfile });
  return { outfile, bytes: statSync(outfile).size, clients, commands, utilities };
}

/** Benchmarks one catalog function against its SDK floor (exported for ad-hoc checks). */
export async function benchFunction(spec: FunctionSpec, workDir: string, runs: number): Promise<BundleBenchRow> {
  const bundle = await bundleFunction(spec, workDir);
  const floor = await sdkFloorOf(bundle, workDir, spec.id);
  // Bundle and floor imported in turns, so a busy moment of the machine falls on both alike.
  const times = coldImportTimes(floor ? [bundle.outfile, floor.outfile] : [bundle.outfile], runs);
  const importMs = summary(times[0]!);
  if (!floor) {
    return {
      id: spec.id,
      bundleBytes: bundle.bytes,
      importMs,
      floorBytes: undefined,
      floorImportMs: undefined,
      sizeRatio: undefined,
      importRatio: undefined,
      clients: [],
      commands: [],
    };
  }
  const floorImportMs = summary(times[1]!);
  return {
    id: spec.id,
    bundleBytes: bundle.bytes,
    importMs,
    floorBytes: floor.bytes,
    floorImportMs,
    sizeRatio: bundle.bytes / floor.bytes,
    importRatio: importMs.median / floorImportMs.median,
    clients: floor.clients,
    commands: floor.commands,
  };
}

/** Inputs that kept bytes in the output: esbuild parses every command module of a client, tree-shaking drops most. */
export function keptInputs(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, usage]) => usage.bytesInOutput > 0)
      .map(([input]) => input),
  );
}

/** The SDK clients whose client class is in the bundle. */
export function clientsIn(metafile: Metafile): SdkClient[] {
  const kept = keptInputs(metafile);
  return (Object.keys(SdkClients) as SdkClient[]).filter((client) =>
    kept.some((input) => new RegExp(`${SdkClients[client]}/dist-[a-z]+/[A-Za-z0-9]+Client\\.js$`).test(input)),
  );
}

/** The SDK utility packages that kept bytes in the bundle. */
function utilitiesIn(metafile: Metafile): SdkUtility[] {
  const kept = keptInputs(metafile);
  return (Object.keys(SdkUtilities) as SdkUtility[]).filter((u) => kept.some((input) => input.includes(`node_modules/${SdkUtilities[u].module}/`)));
}

/**
 * Command classes of the given SDK packages that ended up in a bundle, e.g.
 * "dynamodb:GetItemCommand". Only inputs that kept bytes in the output count:
 * esbuild parses every command module of a client, tree-shaking drops most.
 */
function commandsIn(metafile: Metafile, clients: readonly SdkClient[]): string[] {
  const found = new Set<string>();
  for (const input of keptInputs(metafile)) {
    for (const client of clients) {
      const match = new RegExp(`${SdkClients[client]}/dist-[a-z]+/commands/(\\w+Command)\\.js$`).exec(input);
      if (match?.[1]) found.add(`${client}:${match[1]}`);
    }
  }
  return [...found].sort();
}

/** A module that imports the clients, the same commands and utilities, and instantiates each client. */
function floorSource(clients: readonly SdkClient[], commands: readonly string[], utilities: readonly SdkUtility[]): string {
  const lines: string[] = [];
  const keep: string[] = [];
  for (const utility of utilities) {
    const { module, imports } = SdkUtilities[utility];
    lines.push(`import { ${imports.join(', ')} } from '${module}';`);
    keep.push(...imports);
  }
  for (const client of clients) {
    const names = commands.filter((c) => c.startsWith(`${client}:`)).map((c) => c.slice(client.length + 1));
    // Aliased per client: several clients export commands of the same name (TagResourceCommand...).
    const imports = names.map((n) => `${n} as ${client}_${n}`);
    lines.push(`import { ${[ClientClass[client], ...imports].join(', ')} } from '${SdkClients[client]}';`);
    keep.push(`new ${ClientClass[client]}({})`, ...names.map((n) => `${client}_${n}`));
  }
  lines.push(`export const floor = [${keep.join(', ')}];`);
  return `${lines.join('\n')}\n`;
}

export interface ImportTimes {
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

const summary = (times: readonly number[]): ImportTimes => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
};

/**
 * Wall times of `await import(file)` in a fresh node process each (a cold
 * start's module load: read, parse, run the top level), with the flags Lambda
 * gives it (--enable-source-maps). The files take turns, in alternating order,
 * `runs` times each.
 */
function coldImportTimes(files: readonly string[], runs: number): number[][] {
  const env = { ...process.env, ...benchEnv() };
  const times = files.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? files.map((_, k) => k) : files.map((_, k) => files.length - 1 - k);
    for (const k of order) {
      const file = files[k]!;
      const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
      const child = spawnSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { env, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`importing ${path.basename(file)} failed: ${child.stderr}`);
      times[k]!.push(Number(child.stdout));
    }
  }
  return times;
}

/** Plausible values for the variables handlers read at cold start. */
export function benchEnv(): Record<string, string> {
  return {
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    [EnvNames.tableName]: 'bench-table',
    [EnvNames.eventBusName]: 'bench-bus',
    [EnvNames.stateMachineArnPrefix]: 'arn:aws:states:eu-north-1:123456789012:stateMachine:iop-bench-',
    [EnvNames.scheduleGroupName]: 'bench-schedules',
    [EnvNames.schedulerRoleArn]: 'arn:aws:iam::123456789012:role/bench-scheduler',
    [EnvNames.iopMaxTermMonths]: '60',
    [EnvNames.logLevel]: 'WARN',
  };
}

function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}, ${process.platform}-${process.arch}`;
}

/** `--runs=N` on the command line: cold imports per bundle and per floor. */
export function bundleBenchRuns(argv: readonly string[]): number | undefined {
  const value = argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length);
  return value === undefined ? undefined : Number(value);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, 3).join(' ');
}

function printTable(rows: readonly BundleBenchRow[]): void {
  const kb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1024).toFixed(0)} KB`);
  const ms = (value: ImportTimes | undefined) => (value === undefined ? '-' : `${value.median.toFixed(0)} / ${value.p95.toFixed(0)} ms`);
  const ratio = (value: number | undefined, target: number) => (value === undefined ? 'n/a' : `${value.toFixed(2)}× ${value <= target ? 'ok' : 'OVER'}`);
  console.table(
    rows.map((r) => ({
      function: r.id,
      bundle: kb(r.bundleBytes),
      'SDK floor': kb(r.floorBytes),
      [`size (≤${BundleTargets.sizeRatio}×)`]: ratio(r.sizeRatio, BundleTargets.sizeRatio),
      'import p50 / p95': ms(r.importMs),
      'floor p50 / p95': ms(r.floorImportMs),
      [`import (≤${BundleTargets.importRatio}×)`]: ratio(r.importRatio, BundleTargets.importRatio),
      'SDK clients': r.clients.join(' ') || '-',
      commands: r.commands.length,
    })),
  );
  if (rows.some((r) => r.sizeRatio === undefined)) console.log('n/a: the function uses no AWS SDK client, so it has no floor.');
  const runs = rows[0]?.importMs.runs ?? 0;
  console.log(
    `Import: cold \`await import()\` of the bundle in a fresh node process with --enable-source-maps, ${runs} runs each, taking turns with its floor; the ratio is of the medians.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runBundleBench({ runs: bundleBenchRuns(process.argv) });
}
