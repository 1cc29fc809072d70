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
    // 240 KB at the start of this round; the plain-language texts (field labels, Swedish refusals, county names: ~17 KB),
    // the administration pages and the way in (~12 KB), the inbox, the state-aid, consultation and review panels, the
    // questions and answers (~25 KB together) and their texts in two languages brought it to about 290 KB.
    expect(Buffer.byteLength(app)).toBeLessThan(300 * 1024);
  });
});
