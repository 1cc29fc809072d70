import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../../web/build.js';

/**
 * The app imports the contract modules, which also declare the API's zod
 * schemas: the build must leave those out (zod alone would add about 100 KB),
 * and the local runtime's seed must never ride along.
 */
let outdir: string;
let app: string;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'web-bundle-'));
  await buildWeb({ outdir, minify: true });
  app = readFileSync(join(outdir, 'app.js'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the web bundle', () => {
  it('carries no zod and no seed data', () => {
    expect(app).not.toContain('$ZodObject');
    expect(app).not.toContain('Sara Lindqvist');
  });

  it('keeps the pure rules the forms show live', () => {
    // The start-an-IOP form runs the pre-check as one types: its reasons (in no dictionary of the app) are in the bundle.
    expect(app).toContain('details about the non-profit status are missing');
  });

  it('stays under its budget', () => {
    // 240 KB before the plain-language texts (the field labels in the error summary, the Swedish refusals, county names): about 17 KB more.
    expect(Buffer.byteLength(app)).toBeLessThan(264 * 1024);
  });
});
