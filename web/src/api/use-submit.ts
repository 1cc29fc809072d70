import { useRef, useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { ApiError, newIdempotencyKey } from './api-client.js';
import { friendlyMessage } from './friendly-message.js';
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
  const [errors, setErrors] = useState<FormErrors>(NoErrors);
  const inFlight = useRef(false);
  const key = useRef(newIdempotencyKey());

  async function submit(send: (idempotencyKey: string) => Promise<T>): Promise<T | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await send(key.current);
      setErrors(NoErrors);
      return result;
    } catch (error) {
      const problem: Problem = error instanceof ApiError ? error.problem : { status: 0, title: String(error), errors: [] };
      const said: Problem = {
        ...problem,
        // Without field errors the summary shows the detail: say the common cases in the reader's words.
        detail:
          problem.status === 0
            ? t('error.network')
            : problem.status === 409
              ? t('error.conflict')
              : problem.status === 403
                ? t('error.forbidden')
                : problem.detail,
        errors: problem.errors.map((e) => ({ ...e, message: friendlyMessage(e.message, lang, e.text) })),
      };
      setErrors(formErrorsOf(said, formFields));
      if (error instanceof ApiError) onError?.(error);
      return undefined;
    } finally {
      // The answer is in: the next submission is a new request with a new key.
      key.current = newIdempotencyKey();
      inFlight.current = false;
      setBusy(false);
    }
  }
  return { busy, errors, submit, clear: () => setErrors(NoErrors) };
}
