import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildWeb, type BuiltWeb } from '../../../web/build.js';
import { coreDictionaries, coreModules, type DictionaryModule } from '../../../web/src/i18n/core-dictionary.js';
import { dictionaries, onDemandModules } from '../../../web/src/i18n/dictionary.js';

/**
 * The first load carries only the core dictionary; a page loaded on demand
 * brings its own texts in its chunk and registers them as the chunk loads
 * (web/src/i18n/messages.ts). `t()` takes every key, so the types cannot tell
 * a first-load component from a page on demand: these tests read the build
 * (which source went into which chunk) and the keys each source names.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dictionaryDir = 'web/src/i18n/dictionary';
const allKeys = Object.keys(dictionaries.sv);
const isKey = new Set(allKeys);
const coreKeys = new Set(Object.keys(coreDictionaries.sv));

/**
 * The keys a source file names: as a quoted literal ('overview.title'), or by
 * the fixed start of a template (`nav.${name}` names every nav.* key, so all
 * of them must be at hand wherever it runs).
 */
function keysNamedIn(source: string): string[] {
  const text = readFileSync(join(repoRoot, source), 'utf8');
  const named = new Set<string>();
  for (const [, literal] of text.matchAll(/['"`]([\w.-]+)['"`]/g)) if (isKey.has(literal!)) named.add(literal!);
  for (const [, start] of text.matchAll(/`([\w.-]+\.)\$\{/g)) for (const key of allKeys) if (key.startsWith(start!)) named.add(key);
  return [...named];
}

/** The app's own code among a chunk's sources (the dictionary modules name every key they define). */
const appCode = (sources: readonly string[]) => sources.filter((s) => s.startsWith('web/src/') && !s.startsWith(`${dictionaryDir}/`));

/** Each file under dictionary/ with the list that names its module. */
async function dictionaryFiles(): Promise<{ file: string; inCore: boolean; onDemand: boolean }[]> {
  const core = Object.values(coreModules) as DictionaryModule[];
  const later = Object.values(onDemandModules) as DictionaryModule[];
  return Promise.all(
    readdirSync(join(repoRoot, dictionaryDir)).map(async (name) => {
      const module = (await import(join(repoRoot, dictionaryDir, name))) as DictionaryModule;
      return { file: `${dictionaryDir}/${name}`, inCore: core.includes(module), onDemand: later.includes(module) };
    }),
  );
}

let outdir: string;
let built: BuiltWeb;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'web-dictionary-'));
  built = await buildWeb({ outdir, minify: true });
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the texts each load carries', () => {
  it('names every dictionary module once: in the core or among those of pages on demand', async () => {
    const files = await dictionaryFiles();
    expect(files.filter((f) => f.inCore === f.onDemand)).toEqual([]);
    expect(files.some((f) => f.onDemand)).toBe(true);
  });

  it('leaves the dictionaries of pages on demand out of the first load, and puts each in some chunk', async () => {
    const files = await dictionaryFiles();
    const first = new Set(built.firstLoadSources);
    const later = new Set(Object.values(built.onDemandSources).flat());
    expect(built.firstLoadSources).toContain('web/src/main.tsx');
    for (const { file, onDemand } of files) {
      expect(first.has(file), `${file} in the first load`).toBe(!onDemand);
      if (onDemand) expect(later.has(file), `${file} in a chunk`).toBe(true);
    }
  });

  it('names no key of a page on demand in the code of the first load', () => {
    const code = appCode(built.firstLoadSources);
    expect(code.length).toBeGreaterThan(20);
    expect(code.flatMap(keysNamedIn).length).toBeGreaterThan(100); // the scan finds the keys the app uses
    const outsideCore = code.flatMap((source) =>
      keysNamedIn(source)
        .filter((key) => !coreKeys.has(key))
        .map((key) => `${source}: ${key}`),
    );
    expect(outsideCore).toEqual([]);
  });

  it('has every page on demand register the texts its chunk names before it renders', async () => {
    const pages = Object.entries(built.onDemandSources).filter(([entry]) => entry.startsWith('web/src/pages/'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const [entry, sources] of pages) {
      const needed = [...new Set(appCode(sources).flatMap(keysNamedIn))].filter((key) => !coreKeys.has(key));
      expect(needed.length, `${entry} names keys of its own`).toBeGreaterThan(0);
      // A fresh module graph per page: what another page registered does not count.
      vi.resetModules();
      await import(join(repoRoot, entry));
      const { loadedKeys } = await import('../../../web/src/i18n/messages.js');
      const loaded = new Set<string>(loadedKeys());
      expect(
        needed.filter((key) => !loaded.has(key)),
        entry,
      ).toEqual([]);
    }
  });
});
