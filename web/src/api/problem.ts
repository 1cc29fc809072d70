/**
 * Turns an RFC 9457 problem document into what a form shows: each message next
 * to its field, the rest in a summary at the top. The API names fields with
 * dotted paths ("civilParties.0.criteria"); a form shows an error at the field
 * itself or, failing that, at the nearest field that contains it.
 */
export interface FieldMessage {
  readonly path: string;
  readonly message: string;
  /** The API's message in both languages, when it sends one. */
  readonly text?: { readonly sv: string; readonly en: string };
}

export interface Problem {
  readonly status: number;
  readonly title: string;
  /** In English (RFC 9457's one message). */
  readonly detail?: string;
  /** The detail in both languages, when the API sends it. */
  readonly text?: { readonly sv: string; readonly en: string };
  readonly errors: readonly FieldMessage[];
}

/** A message of the summary: about a path of the request no field of the form shows, or about the whole request. */
export interface SummaryMessage {
  readonly path?: string;
  readonly message: string;
}

export interface FormErrors {
  /** Field path → its messages. */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Messages that belong to no field of the form (and the detail when there are no field errors). */
  readonly summary: readonly SummaryMessage[];
}

export const NoErrors: FormErrors = { fields: {}, summary: [] };

/** "/civilParties/0/name", "civilParties[0].name" and "civilParties.0.name" are the same field. */
export function normalisePath(path: string): string {
  return path
    .replace(/\[(\w+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\.+|\.+$/g, '')
    .replace(/\.{2,}/g, '.');
}

function textOf(value: unknown): { text?: { sv: string; en: string } } {
  const t = value as { sv?: unknown; en?: unknown } | undefined;
  return t && typeof t.sv === 'string' && typeof t.en === 'string' ? { text: { sv: t.sv, en: t.en } } : {};
}

/** Reads a response body as a problem; anything unexpected becomes a problem that still says what happened. */
export function problemOf(status: number, body: unknown): Problem {
  const doc = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(doc.errors)
    ? doc.errors
        .filter((e): e is { path?: unknown; message?: unknown; text?: unknown } => typeof e === 'object' && e !== null)
        .map((e) => ({ path: normalisePath(String(e.path ?? '')), message: String(e.message ?? ''), ...textOf(e.text) }))
        .filter((e) => e.message !== '')
    : [];
  return {
    status: typeof doc.status === 'number' ? doc.status : status,
    title: typeof doc.title === 'string' ? doc.title : `HTTP ${status}`,
    detail: typeof doc.detail === 'string' ? doc.detail : undefined,
    ...textOf(doc.text),
    errors,
  };
}

/**
 * Places each error at the longest of the form's field paths that is the error's
 * path or a parent of it; an error below no field goes to the summary with its
 * path, which the summary says by the label of the nearest field it knows.
 */
export function formErrorsOf(problem: Problem, formFields: readonly string[]): FormErrors {
  const fields: Record<string, string[]> = {};
  const summary: SummaryMessage[] = [];
  const known = [...formFields].map(normalisePath).sort((a, b) => b.length - a.length);
  for (const error of problem.errors) {
    const target = known.find((f) => error.path === f || error.path.startsWith(`${f}.`));
    if (target === undefined) summary.push(error.path && error.path !== '(body)' ? { path: error.path, message: error.message } : { message: error.message });
    else {
      fields[target] ??= [];
      fields[target].push(error.message);
    }
  }
  if (problem.errors.length === 0) summary.push({ message: problem.detail ?? problem.title });
  return { fields, summary };
}
