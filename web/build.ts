import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const webRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(webRoot, '..');
const sharedRoot = join(repoRoot, 'shared') + sep;

/**
 * The contract modules the app imports also declare the API's zod views and
 * operations. The app uses their types and a few pure rules (the pre-check,
 * review dates, isRole); declaring a schema does nothing the app relies on, so
 * a shared module none of whose exports the app uses may be left out, and zod
 * with it (without this the bundle grows by half).
 */
const sharedModulesAreDeclarations: Plugin = {
  name: 'shared-modules-are-declarations',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === sharedModulesAreDeclarations) return undefined;
      const { kind, importer, resolveDir } = args;
      const resolved = await pluginBuild.resolve(args.path, { kind, importer, resolveDir, pluginData: sharedModulesAreDeclarations });
      if (resolved.errors.length > 0) return undefined;
      if (!resolved.path.startsWith(sharedRoot)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

export interface BuildWebOptions {
  /** Folder to write the app into; emptied first. Defaults to web/dist. */
  readonly outdir?: string;
  readonly minify?: boolean;
}

export interface BuiltWeb {
  readonly outdir: string;
  readonly milliseconds: number;
  /** What a browser fetches before the first page shows: app.js and the chunks it imports statically (paths in outdir). */
  readonly firstLoad: readonly string[];
  /** The chunks fetched later, when a page on demand (or the Cognito client) is first needed. */
  readonly onDemand: readonly string[];
  /** The source files the first load is made of (paths from the repository's root). */
  readonly firstLoadSources: readonly string[];
  /** For each module the app imports with `import()`: the source files fetched with it that the first load lacks. */
  readonly onDemandSources: Readonly<Record<string, readonly string[]>>;
}

/** Where the chunks of pages loaded on demand go, beside app.js; their names carry a content hash. */
export const ChunkDir = 'chunks';

/**
 * Bundles the web app and copies web/public (index.html, styles, the local
 * config.json). app.js is the entry (an ES module, index.html loads it with
 * type="module"); every dynamic `import()` of a page becomes its own file under
 * chunks/, and code two of them share a third, fetched on first use. Chunk
 * names are content-hashed, so a cached old chunk is never mistaken for a new
 * one; app.js keeps its name (index.html names it). The local runtime serves
 * and the deployment uploads the whole folder, chunks/ included. The local
 * runtime calls this at start, so it must stay well under a second: no
 * type-checking here, tsc does that.
 */
export async function buildWeb(options: BuildWebOptions = {}): Promise<BuiltWeb> {
  const started = performance.now();
  const outdir = options.outdir ?? join(webRoot, 'dist');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await cp(join(webRoot, 'public'), outdir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(webRoot, 'src', 'main.tsx') },
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    entryNames: '[name]',
    chunkNames: `${ChunkDir}/[name]-[hash]`,
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: options.minify ?? false,
    sourcemap: options.minify ? false : 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [sharedModulesAreDeclarations],
    // Shared domain modules read process.env only inside functions the app never calls.
    define: { 'process.env.NODE_ENV': JSON.stringify(options.minify ? 'production' : 'development') },
  });
  const { firstLoad, onDemand } = loadOrder(result.metafile, outdir);
  await preloadFirstLoadChunks(join(outdir, 'index.html'), firstLoad);
  return { outdir, milliseconds: Math.round(performance.now() - started), firstLoad, onDemand, ...sourcesByLoad(result.metafile, outdir) };
}

/** The scripts a built script imports statically, itself included (paths as the metafile gives them). */
function withStaticImports(metafile: Metafile, script: string): Set<string> {
  const found = new Set<string>();
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(script);
  return found;
}

/** Which source files arrive with the first load, and which with each module imported on demand (from esbuild's metafile). */
function sourcesByLoad(metafile: Metafile, outdir: string): Pick<BuiltWeb, 'firstLoadSources' | 'onDemandSources'> {
  const fromRepo = (path: string) => relative(repoRoot, resolve(path)).split(sep).join('/');
  const sourcesOf = (scripts: Iterable<string>) =>
    [...new Set([...scripts].flatMap((script) => Object.keys(metafile.outputs[script]?.inputs ?? {})))].map(fromRepo);
  const app = Object.keys(metafile.outputs).find((path) => relative(outdir, resolve(path)) === 'app.js')!;
  const firstLoadSources = sourcesOf(withStaticImports(metafile, app));
  const inFirstLoad = new Set(firstLoadSources);
  const onDemandSources: Record<string, string[]> = {};
  for (const [script, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || script === app) continue;
    onDemandSources[fromRepo(output.entryPoint)] = sourcesOf(withStaticImports(metafile, script)).filter((source) => !inFirstLoad.has(source));
  }
  return { firstLoadSources, onDemandSources };
}

/** Splits the built scripts into those app.js needs at once (its static imports, transitively) and those fetched on demand. */
function loadOrder(metafile: Metafile, outdir: string): { firstLoad: string[]; onDemand: string[] } {
  const outputs = metafile.outputs;
  const inOutdir = (path: string) => relative(outdir, resolve(path)).split(sep).join('/');
  const scripts = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  const entry = scripts.find((path) => inOutdir(path) === 'app.js');
  if (!entry) throw new Error('The web build wrote no app.js');
  const first = withStaticImports(metafile, entry);
  return { firstLoad: [...first].map(inOutdir), onDemand: scripts.filter((path) => !first.has(path)).map(inOutdir) };
}

/**
 * app.js imports its shared chunks statically; the browser would only find
 * them after parsing it. index.html names them up front (modulepreload), so
 * they download side by side with app.js.
 */
async function preloadFirstLoadChunks(indexHtml: string, firstLoad: readonly string[]): Promise<void> {
  const links = firstLoad
    .filter((path) => path !== 'app.js')
    .map((path) => `<link rel="modulepreload" href="/${path}" />`)
    .join('\n    ');
  if (!links) return;
  const html = await readFile(indexHtml, 'utf8');
  const script = '<script type="module" src="/app.js"></script>';
  if (!html.includes(script)) throw new Error(`web/public/index.html must load the app with ${script}`);
  await writeFile(indexHtml, html.replace(script, `${links}\n    ${script}`));
}

// `npx tsx web/build.ts` builds a minified copy for deployment.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildWeb({ minify: true });
  console.log(`web app built into ${built.outdir} in ${built.milliseconds} ms (first load: ${built.firstLoad.join(', ')})`);
}
