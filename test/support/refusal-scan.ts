import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads a context's source for refusals a person would read in English only,
 * so a new one fails a test rather than reaching a Swedish reader. Two kinds:
 * a domain error thrown without a bilingual detail, and a `{ path, message }`
 * field error without its `text: { sv, en }`.
 */
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

/** Each `new XxxError(` under root whose arguments name no bilingual detail, as "file: call…". */
export function englishOnlyDomainErrors(root: string): string[] {
  const englishOnly: string[] = [];
  for (const file of sources(root)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(new RegExp(`new (${DomainErrors})\\(`, 'g'))) {
      const args = argumentsAt(source, m.index + m[0].length - 1).trim();
      // A bilingual detail: an object literal with sv, or a named text (text, FutureDeadline-style constants, NoSuchCase, a precheck reason).
      const bilingual = /\bsv:|\btext\b|[a-zA-Z]Text\b|\breason\b|bothOf\(|\bNoSuchCase\b/.test(args);
      const fieldsOnly = /^(errors|duplicates)$/.test(args);
      if (!bilingual && !fieldsOnly) englishOnly.push(`${path.relative(root, file)}: ${m[0]}${args.slice(0, 80)}`);
    }
  }
  return englishOnly;
}

/** The text of an object literal from its opening brace to the matching closing one. */
function objectAt(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    if (source[i] === '}' && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/**
 * Each `{ path, message }` literal under root without a `text` beside the
 * message, as "file: literal…". The literal is read to its matching brace, so
 * a message written as a template (`${…}`) or in shorthand is seen too.
 */
export function bareFieldErrors(root: string): string[] {
  const bare: string[] = [];
  for (const file of sources(root)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\{\s*path:/g)) {
      const literal = objectAt(source, m.index);
      if (/\bmessage\b/.test(literal) && !/\btext\b/.test(literal)) bare.push(`${path.relative(root, file)}: ${literal.slice(0, 100)}`);
    }
  }
  return bare;
}

/** The error fn throws; fails when it returns instead. */
export function refusalOf<E = Error>(fn: () => unknown): E {
  try {
    fn();
  } catch (e) {
    return e as E;
  }
  throw new Error('not refused');
}

/** The error the promise rejects with; fails when it resolves instead. */
export async function asyncRefusalOf<E = Error>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (e) {
    return e as E;
  }
  throw new Error('not refused');
}
