import { useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { ApiError, newIdempotencyKey } from './api-client.js';
import { friendlyMessage, refusalText } from './friendly-message.js';
import { formErrorsOf, NoErrors, type FormErrors, type Problem } from './problem.js';

export interface Submission<T> {
  readonly busy: boolean;
  readonly errors: FormErrors;
  /** Sends once: while a send is running, another call is ignored; the same key covers a retry of it. */
  readonly submit: (send: (idempotencyKey: string) => Promise<T>) => Promise<T | undefined>;
  readonly clear: () => void;
}

/**
 * One form's submission: a busy flag for aria-busy and the disabled button, one
 * Idempotency-Key per submission (a double click never applies twice), and the
 * API's problem mapped onto the form's fields.
 */
export function useSubmit<T>(formFields: readonly string[], onError?: (error: ApiError) => void): Submission<T> {
  const { lang, t } = useApp();
  const [busy, setBusy] = useState(false);
  // The problem as it came; its texts are said at each render, so switching language says them again.
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const inFlight = useRef(false);
  const key = useRef(newIdempotencyKey());

  function said(p: Problem): Problem {
    return {
      ...p,
      // Without field errors the summary shows the detail: in the reader's language, never the API's English on a Swedish page.
      detail:
        p.status === 0
          ? t('error.network')
          : p.text
            ? refusalText(p, lang)
            : p.status === 409
              ? t('error.conflict')
              : p.status === 403
                ? t('error.forbidden')
                : (refusalText(p, lang) ?? t('error.generic')),
      errors: p.errors.map((e) => ({ ...e, message: friendlyMessage(e.message, lang, e.text) })),
    };
  }
  const errors = useMemo(() => (problem ? formErrorsOf(said(problem), formFields) : NoErrors), [problem, lang, formFields.join('|')]);

  async function submit(send: (idempotencyKey: string) => Promise<T>): Promise<T | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await send(key.current);
      setProblem(undefined);
      return result;
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem : { status: 0, title: String(error), errors: [] });
      if (error instanceof ApiError) onError?.(error);
      return undefined;
    } finally {
      // The answer is in: the next submission is a new request with a new key.
      key.current = newIdempotencyKey();
      inFlight.current = false;
      setBusy(false);
    }
  }
  return { busy, errors, submit, clear: () => setProblem(undefined) };
}
