import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The web app is a client of the API: of the rest of the repository it may
 * import only each context's public face, never a domain module, the platform
 * or the local runtime (its seed data included).
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const webSrc = join(repoRoot, 'web', 'src');
const Allowed = new Set([
  'shared/iop/contract.ts',
  'shared/procurement/contract.ts',
  'shared/notifications/contract.ts',
  'shared/admin/contract.ts',
  'shared/reporting/contract.ts',
]);

const posix = (path: string) => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative module a file names (import, export … from, import()), as a repository path of the .ts source. */
function importsOutsideWebSrc(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'))
    .filter((target) => !target.startsWith(webSrc + sep))
    .map((target) => posix(relative(repoRoot, target)));
}

const crossings = sourceFiles(webSrc).flatMap((file) => importsOutsideWebSrc(file).map((target) => ({ from: posix(relative(repoRoot, file)), target })));

describe('what the web app imports from the rest of the repository', () => {
  it('finds the app’s files and what they import (the scan itself works)', () => {
    expect(crossings.length).toBeGreaterThan(10);
    expect(crossings.some((c) => c.target === 'shared/iop/contract.ts')).toBe(true);
  });

  it('is only the contract modules: no domain, platform or local module', () => {
    const wrong = crossings.filter((c) => !Allowed.has(c.target)).map((c) => `${c.from} -> ${c.target}`);
    expect(wrong).toEqual([]);
  });

  it('never reaches into local/, not even for demo users', () => {
    expect(crossings.filter((c) => c.target.startsWith('local/'))).toEqual([]);
  });
});
