import type { ZodError } from 'zod';
import type { FieldError } from '../errors/problem-errors.js';

/** Zod issues as field errors with dotted paths; unknown keys are named one by one. */
export function fieldErrorsOf(error: ZodError, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [base, key].filter(Boolean).join('.'), message: 'Unknown field.' }));
    }
    return [{ path: base || '(body)', message: issue.message }];
  });
}
