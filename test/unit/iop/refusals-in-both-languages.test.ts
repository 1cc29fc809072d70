import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import { applyAction } from '../../../shared/iop/domain/index.js';
import { config, inDialogue, later, users } from './fixtures.js';

/**
 * Every refusal of the IOP rules reaches a person in their language: each
 * domain error the IOP code throws carries its detail in Swedish and English
 * (`{ sv, en }`), and each field error its `text`. Read from the source, so a
 * new refusal in English only fails here.
 */
const Root = path.resolve(import.meta.dirname, '../../../shared/iop');
const DomainErrors = 'ConflictError|RuleViolationError|ForbiddenError|NotFoundError|ExpiredError|ValidationError';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** The text of a call's arguments, up to its closing parenthesis. */
function argumentsAt(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

describe('IOP refusals are in Swedish and English', () => {
  const files = sources(Root);

  it('every domain error thrown names its detail in both languages', () => {
    const englishOnly: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(new RegExp(`new (${DomainErrors})\\(`, 'g'))) {
        const args = argumentsAt(source, m.index + m[0].length - 1).trim();
        // A bilingual detail: an object literal with sv, or a named text (text, FutureDeadline-style constants, NoSuchCase, a precheck reason).
        const bilingual = /\bsv:|\btext\b|[a-zA-Z]Text\b|\breason\b|bothOf\(|\bNoSuchCase\b/.test(args);
        const fieldsOnly = /^(errors|duplicates)$/.test(args);
        if (!bilingual && !fieldsOnly) englishOnly.push(`${path.relative(Root, file)}: ${m[0]}${args.slice(0, 80)}`);
      }
    }
    expect(englishOnly).toEqual([]);
  });

  it('every field error carries its text beside the English message', () => {
    const bare: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\{\s*path:[^{}]*?message:[^{}]*?\}/gs)) {
        if (!/\btext\b/.test(m[0])) bare.push(`${path.relative(Root, file)}: ${m[0].slice(0, 100)}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('says a refusal in Swedish at run time too', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as ConflictError;
      }
      throw new Error('not refused');
    };
    const dialogue = inDialogue();
    const stageWrong = refusal(() => applyAction(dialogue, { type: 'sign' }, users.healthcare, later(1), config));
    expect(stageWrong).toBeInstanceOf(ConflictError);
    expect(stageWrong.text?.sv).toMatch(/passar inte där ärende/);
    const outsider = refusal(() =>
      applyAction(dialogue, { type: 'record-meeting', date: '2026-12-02', participants: ['A'], notes: 'x' }, users.otherCivil, later(1), config),
    );
    expect(outsider).toBeInstanceOf(ForbiddenError);
    expect(outsider.text?.sv).toMatch(/^Du får inte/);
    const stale = refusal(() => applyAction(dialogue, { type: 'consent', draftVersion: 9 }, users.redCross, later(1), config));
    expect(stale).toBeInstanceOf(RuleViolationError);
    expect((stale as unknown as RuleViolationError).errors[0]!.text?.sv).toMatch(/^Samtycke ges till det senaste utkastet/);
  });
});
