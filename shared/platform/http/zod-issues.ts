import type { $ZodError as ZodError } from 'zod/v4/core';
import sv from 'zod/v4/locales/sv.js';
import type { FieldError } from '../errors/domain-errors.js';

type Issue = ZodError['issues'][number];
// zod's own Swedish messages, applied to the issues the English parse produced.
const swedish = sv().localeError as unknown as (issue: Issue) => string | { message: string } | undefined;

function inSwedish(issue: Issue, english: string): string {
  // A message the schema set itself (e.g. "Unknown CPV 2008 code") has no translation here.
  if (issue.code === 'custom') return english;
  const out = swedish(issue);
  return typeof out === 'string' ? out : (out?.message ?? english);
}

/** Zod issues as field errors with dotted paths, in English and Swedish; unknown keys are named one by one. */
export function fieldErrorsOf(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [base, key].filter(Boolean).join('.'),
        message: 'Unknown field.',
        text: { sv: 'Okänt fält.', en: 'Unknown field.' },
      }));
    }
    return [{ path: base || '(body)', message: issue.message, text: { sv: inSwedish(issue, issue.message), en: issue.message } }];
  });
}
