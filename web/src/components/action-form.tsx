import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ApiError } from '../api/api-client.js';
import { useSubmit } from '../api/use-submit.js';
import { useApp } from '../app-context.js';
import { Confirmation } from './feedback.js';
import { ErrorSummary, FieldLabels, FieldScope, formValues, SubmitButton, useFieldLabels } from './form-fields.js';
import type { FormErrors } from '../api/problem.js';

export type Values = Record<string, string | boolean>;

/**
 * One action on a case as a small form: its own field scope, one
 * Idempotency-Key per submission, field errors from the API, progress while it
 * runs and a confirmation after. A 409 means someone else changed the case
 * first: the page reloads it and says so.
 */
export function ActionForm(props: {
  readonly scope: string;
  readonly title: string;
  readonly intro?: string;
  readonly fields: readonly string[];
  readonly submitLabel: string;
  readonly send: (values: Values, idempotencyKey: string) => Promise<unknown>;
  readonly onDone: () => void;
  readonly children?: (errors: FormErrors) => ComponentChildren;
  /** What to say once it worked; null when the page shows the result itself (a what-if changes nothing). */
  readonly doneText?: string | null;
  /** Folded behind its title until opened: for the less common actions, so the usual one stands out. */
  readonly collapsed?: boolean;
}) {
  const { t } = useApp();
  const [done, setDone] = useState<string | undefined>(undefined);
  const onError = (error: ApiError) => {
    if (error.status === 409) props.onDone();
  };
  const submission = useSubmit<unknown>(props.fields, onError);
  const labels = useFieldLabels();
  async function onSubmit(event: Event) {
    event.preventDefault();
    setDone(undefined);
    const form = event.currentTarget as HTMLFormElement;
    const result = await submission.submit((key) => props.send(formValues(form), key));
    if (result !== undefined) {
      setDone(props.doneText === null ? undefined : (props.doneText ?? t('action.done')));
      props.onDone();
    }
  }
  const body = (
    <>
      {props.intro && <p class="hint">{props.intro}</p>}
      <ErrorSummary errors={submission.errors} />
      {props.children?.(submission.errors)}
      <SubmitButton busy={submission.busy} label={props.submitLabel} busyLabel={t('action.sending')} />
      <Confirmation text={done} />
    </>
  );
  const titleId = `${props.scope}-title`;
  return (
    <FieldScope.Provider value={props.scope}>
      <FieldLabels.Provider value={labels}>
        <form class="action-form" noValidate onSubmit={onSubmit} aria-busy={submission.busy ? 'true' : 'false'} aria-labelledby={titleId}>
          {props.collapsed ? (
            <details>
              <summary id={titleId}>{props.title}</summary>
              {body}
            </details>
          ) : (
            <>
              <h3 id={titleId}>{props.title}</h3>
              {body}
            </>
          )}
        </form>
      </FieldLabels.Provider>
    </FieldScope.Provider>
  );
}

export const text = (v: Values, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');
export const lines = (v: Values, k: string): string[] =>
  text(v, k)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
/** A number field's value; "" when empty so the API names the field instead of a silent 0. */
export const number = (v: Values, k: string): number | string => {
  const s = text(v, k).replace(/\s/g, '').replace(',', '.');
  return s === '' ? '' : Number(s);
};
