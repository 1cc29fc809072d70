import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const webRoot = dirname(fileURLToPath(import.meta.url));
const sharedRoot = join(webRoot, '..', 'shared') + sep;

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
}

/**
 * Bundles the web app (one ESM file plus its CSS) and copies web/public
 * (index.html, styles, the local config.json). The local runtime calls this at
 * start, so it must stay well under a second: no type-checking here, tsc does that.
 */
export async function buildWeb(options: BuildWebOptions = {}): Promise<BuiltWeb> {
  const started = performance.now();
  const outdir = options.outdir ?? join(webRoot, 'dist');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await cp(join(webRoot, 'public'), outdir, { recursive: true });
  await build({
    entryPoints: { app: join(webRoot, 'src', 'main.tsx') },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: options.minify ?? false,
    sourcemap: options.minify ? false : 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [sharedModulesAreDeclarations],
    // Shared domain modules read process.env only inside functions the app never calls.
    define: { 'process.env.NODE_ENV': JSON.stringify(options.minify ? 'production' : 'development') },
  });
  return { outdir, milliseconds: Math.round(performance.now() - started) };
}

// `npx tsx web/build.ts` builds a minified copy for deployment.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildWeb({ minify: true });
  console.log(`web app built into ${built.outdir} in ${built.milliseconds} ms`);
}
