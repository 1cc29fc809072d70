import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { normalisePath, type FormErrors } from '../api/problem.js';
import { useApp } from '../app-context.js';

/** Names the form a field is in, so two forms on one page can both have a "motivation" field. */
export const FieldScope = createContext('');

/**
 * What the error summary calls each path of its form: every field registers
 * its label here as it renders (with its group's name, e.g. "Pengar per år
 * (idéburen organisation 2)"), and `PathLabel` names a path no single field
 * shows. One per form; `useFieldLabels` makes it.
 */
export type FieldLabelMap = Map<string, { readonly label: string; readonly field: boolean }>;
export const FieldLabels = createContext<FieldLabelMap | undefined>(undefined);
/** The name of the group of fields around (a party, a lot), added to each field's label in the summary. */
export const FieldGroup = createContext('');

export function useFieldLabels(): FieldLabelMap {
  return useRef<FieldLabelMap>(new Map()).current;
}

function useLabel(name: string, label: string, field = true): void {
  const labels = useContext(FieldLabels);
  const group = useContext(FieldGroup);
  labels?.set(normalisePath(name), { label: group ? `${label} (${group})` : label, field });
}

/** Names a path of the request that no field shows (a list, a group), for the error summary. */
export function PathLabel({ name, label }: { readonly name: string; readonly label: string }) {
  useLabel(name, label, false);
  return null;
}

/** A field's element id from its API path ("civilParties.0.name" → "f-civilParties-0-name"). */
export const fieldId = (name: string, scope = ''): string => `f-${scope ? `${scope}-` : ''}${name.replace(/[^\w-]/g, '-')}`;

function useFieldId(name: string, label: string): string {
  useLabel(name, label);
  return fieldId(name, useContext(FieldScope));
}

interface Common {
  /** The API path of the value; the FormData name and the key its errors arrive under. */
  readonly name: string;
  readonly label: string;
  /** Says what the field is for and what the rule is, before anyone gets it wrong. */
  readonly hint?: string;
  readonly errors: FormErrors;
  readonly required?: boolean;
}

function Described({ name, hint, errors, children }: Pick<Common, 'name' | 'hint' | 'errors'> & { children: ComponentChildren }) {
  const id = fieldId(name, useContext(FieldScope));
  const messages = errors.fields[name] ?? [];
  return (
    <>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p class="field-error" id={`${id}-error`}>
          {messages.join(' ')}
        </p>
      )}
      {children}
    </>
  );
}

function describedBy(id: string, name: string, hint: string | undefined, errors: FormErrors): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors.fields[name]?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const isInvalid = (name: string, errors: FormErrors): boolean => (errors.fields[name]?.length ?? 0) > 0;

/**
 * The frame a text box, text area and select share (written once so the three
 * stay alike): the wrapper marked when invalid, the label (with the required
 * mark where the field shows one), then hint and errors, then the control.
 */
function LabelledField({
  id,
  name,
  label,
  hint,
  errors,
  requiredMark,
  children,
}: Pick<Common, 'name' | 'label' | 'hint' | 'errors'> & {
  readonly id: string;
  readonly requiredMark?: boolean;
  readonly children: ComponentChildren;
}) {
  return (
    <div class={isInvalid(name, errors) ? 'field invalid' : 'field'}>
      <label for={id}>
        {label}
        {requiredMark && <span class="required-mark"> *</span>}
      </label>
      <Described name={name} hint={hint} errors={errors}>
        {children}
      </Described>
    </div>
  );
}

export function TextField(
  props: Common & {
    readonly type?: 'text' | 'number' | 'date' | 'datetime-local' | 'email';
    readonly defaultValue?: string | number;
    readonly min?: number;
    readonly max?: number;
    readonly step?: number | 'any';
    readonly autoComplete?: string;
    readonly inputMode?: 'numeric' | 'decimal' | 'text';
  },
) {
  const { name, label, hint, errors, required, type = 'text' } = props;
  const invalid = isInvalid(name, errors);
  const id = useFieldId(name, label);
  return (
    <LabelledField id={id} name={name} label={label} hint={hint} errors={errors} requiredMark={required}>
      <input
        id={id}
        name={name}
        // Preact types each input type apart; the union is still a valid type attribute.
        type={type as 'text'}
        required={required}
        defaultValue={props.defaultValue === undefined ? undefined : String(props.defaultValue)}
        min={props.min}
        max={props.max}
        step={props.step}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, name, hint, errors)}
      />
    </LabelledField>
  );
}

export function TextArea(props: Common & { readonly defaultValue?: string; readonly rows?: number }) {
  const { name, label, hint, errors, required } = props;
  const invalid = isInvalid(name, errors);
  const id = useFieldId(name, label);
  return (
    <LabelledField id={id} name={name} label={label} hint={hint} errors={errors} requiredMark={required}>
      <textarea
        id={id}
        name={name}
        rows={props.rows ?? 4}
        required={required}
        defaultValue={props.defaultValue}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, name, hint, errors)}
      />
    </LabelledField>
  );
}

export function SelectField(props: Common & { readonly options: readonly { value: string; label: string }[]; readonly defaultValue?: string }) {
  const { name, label, hint, errors, required } = props;
  const invalid = isInvalid(name, errors);
  const id = useFieldId(name, label);
  // A select's label carries no required mark (unlike a text box's).
  return (
    <LabelledField id={id} name={name} label={label} hint={hint} errors={errors}>
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={props.defaultValue}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, name, hint, errors)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export function CheckboxField(props: Omit<Common, 'required'> & { readonly defaultChecked?: boolean }) {
  const { name, label, hint, errors } = props;
  const invalid = isInvalid(name, errors);
  const id = useFieldId(name, label);
  return (
    <div class={invalid ? 'field checkbox invalid' : 'field checkbox'}>
      <input
        id={id}
        name={name}
        type="checkbox"
        value="true"
        defaultChecked={props.defaultChecked}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, name, hint, errors)}
      />
      <label for={id}>{label}</label>
      <Described name={name} hint={hint} errors={errors}>
        {null}
      </Described>
    </div>
  );
}

/**
 * A choice of codes by their names (counties, social objectives): one checkbox
 * per option, so the reader picks "Västra Götalands län" and never types
 * "SE232". The boxes are named "<name>:<code>"; `chosenCodes` reads them back.
 */
export function CodeChoice(
  props: Omit<Common, 'required'> & {
    readonly options: readonly { readonly code: string; readonly label: string }[];
    readonly chosen?: readonly string[];
  },
) {
  const { name, label, hint, errors } = props;
  const id = useFieldId(name, label);
  const invalid = isInvalid(name, errors);
  const chosen = new Set(props.chosen ?? []);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={invalid ? 'field choices invalid' : 'field choices'}
      aria-describedby={describedBy(id, name, hint, errors)}
      aria-invalid={invalid ? 'true' : undefined}
    >
      <legend>{label}</legend>
      <Described name={name} hint={hint} errors={errors}>
        <ul class="plain choice-list">
          {props.options.map((o) => (
            <li key={o.code} class="checkbox">
              <input id={`${id}-${o.code}`} name={`${name}:${o.code}`} type="checkbox" value="true" defaultChecked={chosen.has(o.code)} />
              <label for={`${id}-${o.code}`}>{o.label}</label>
            </li>
          ))}
        </ul>
      </Described>
    </fieldset>
  );
}

/** The codes ticked in a CodeChoice of the name, in the order offered. */
export function chosenCodes(values: Readonly<Record<string, string | boolean>>, name: string): string[] {
  return Object.entries(values)
    .filter(([key, value]) => key.startsWith(`${name}:`) && value === true)
    .map(([key]) => key.slice(name.length + 1));
}

/** The label the summary says a path by: the nearest registered path that is it or contains it. */
function labelOf(labels: FieldLabelMap | undefined, path: string): { label: string; field: boolean; path: string } | undefined {
  if (!labels) return undefined;
  for (let p = normalisePath(path); p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const found = labels.get(p);
    if (found) return { ...found, path: p };
  }
  return undefined;
}

/**
 * The errors of a submission at the top of its form, each naming its field by
 * its label and linking to it; focused so it is read out.
 */
export function ErrorSummary({ errors }: { readonly errors: FormErrors }) {
  const { t, lang } = useApp();
  const scope = useContext(FieldScope);
  const labels = useContext(FieldLabels);
  const ref = useRef<HTMLDivElement>(null);
  // The summary renders before its fields, which register their labels as they render: once they have, say it again with them.
  const [, relabel] = useState(0);
  useLayoutEffect(() => relabel((n) => n + 1), [errors, lang]);
  const fieldEntries = Object.entries(errors.fields);
  const any = errors.summary.length > 0 || fieldEntries.length > 0;
  useEffect(() => {
    if (any) ref.current?.focus();
  }, [errors]);
  if (!any) return null;
  const said = (label: string | undefined, message: string) => (label ? `${label}: ${message}` : message);
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{t('form.errorsHeading')}</h2>
      <ul>
        {errors.summary.map((m, i) => {
          const named = m.path ? labelOf(labels, m.path) : undefined;
          return (
            <li key={`${m.path ?? ''}-${i}`}>
              {named?.field ? <a href={`#${fieldId(named.path, scope)}`}>{said(named.label, m.message)}</a> : said(named?.label, m.message)}
            </li>
          );
        })}
        {fieldEntries.map(([name, messages]) => (
          <li key={name}>
            <a href={`#${fieldId(name, scope)}`}>{said(labelOf(labels, name)?.label, messages.join(' '))}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SubmitButton({ busy, label, busyLabel }: { readonly busy: boolean; readonly label: string; readonly busyLabel: string }) {
  return (
    <button type="submit" class="primary" disabled={busy} aria-disabled={busy ? 'true' : undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}

/** Form values by name: FormData with checkboxes as booleans (unchecked boxes send nothing). */
export function formValues(form: HTMLFormElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const element of Array.from(form.elements)) {
    const input = element as HTMLInputElement;
    if (!input.name) continue;
    if (input.type === 'checkbox') values[input.name] = input.checked;
    else if (input.type !== 'submit') values[input.name] = input.value;
  }
  return values;
}
