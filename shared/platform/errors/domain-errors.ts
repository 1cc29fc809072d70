/**
 * The errors domain and data code throws: what went wrong in the terms of the
 * process, never how HTTP says it. The HTTP edge maps each kind to its status
 * once (problem-document.ts); a workflow task or a stream consumer reads the
 * same kinds. Anything else that escapes is a fault.
 */
export interface FieldError {
  /** Dotted path of the offending field, e.g. "parties.1.contribution.amountSek". */
  readonly path: string;
  /** English, as RFC 9457 clients expect one message. */
  readonly message: string;
  /** The same in Swedish and English, for a user interface. */
  readonly text?: BilingualText;
}

/** A text a person reads, in both languages of the app. */
export interface BilingualText {
  readonly sv: string;
  readonly en: string;
}

export type DomainErrorKind = 'invalid' | 'rule-violated' | 'forbidden' | 'not-found' | 'conflict' | 'expired';

/**
 * A refusal a person may read: give the detail in both languages, e.g.
 * `new ConflictError({ sv: 'Ärendet är redan avslutat.', en: 'The case is already closed.' })`
 * or `new RuleViolationError(errors, 'English detail', { sv, en })`. The problem
 * document carries it as `text` beside `detail` (which stays English), and the
 * web app shows it in the reader's language.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Facts a client can act on (e.g. errors, stage, currentVersion). */
  readonly extensions: Record<string, unknown>;
  /** The detail in Swedish and English, for a user interface. */
  readonly text?: BilingualText;
  constructor(detail: string | BilingualText, extensions: Record<string, unknown> = {}, text?: BilingualText) {
    super(typeof detail === 'string' ? detail : detail.en);
    this.name = new.target.name;
    this.extensions = extensions;
    const said = typeof detail === 'string' ? text : detail;
    if (said) this.text = said;
  }
}

/** An error that names the fields it is about. */
abstract class FieldsError extends DomainError {
  readonly errors: readonly FieldError[];
  constructor(errors: readonly FieldError[], detail: string | BilingualText, text?: BilingualText) {
    super(detail, { errors }, text);
    this.errors = errors;
  }
}

const InvalidFields = 'The request has invalid fields.';
const InvalidFieldsText: BilingualText = {
  sv: 'Några uppgifter behöver rättas. Se felen vid fälten.',
  en: 'Some fields need correcting. See the errors at the fields.',
};
const RuleBroken = 'The request breaks a rule of the process.';
const RuleBrokenText: BilingualText = {
  sv: 'Ändringen går emot en regel. Se felen vid fälten.',
  en: 'The change breaks a rule. See the errors at the fields.',
};

/** The input is malformed or fails its schema, field by field. */
export class ValidationError extends FieldsError {
  readonly kind = 'invalid';
  constructor(errors: readonly FieldError[], detail: string | BilingualText = InvalidFields, text?: BilingualText) {
    super(errors, detail, text ?? (detail === InvalidFields ? InvalidFieldsText : undefined));
  }
}

/** Well-formed, but breaks a rule of the process (e.g. a 72-month term). */
export class RuleViolationError extends FieldsError {
  readonly kind = 'rule-violated';
  constructor(errors: readonly FieldError[], detail: string | BilingualText = RuleBroken, text?: BilingualText) {
    super(errors, detail, text ?? (detail === RuleBroken ? RuleBrokenText : undefined));
  }
}

/** The caller may not do this (not a party, wrong role for the step). */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The action does not fit the case's current stage, or the case moved on since the caller read it. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** A human step answered after its deadline passed (the case took its timeout path). */
export class ExpiredError extends DomainError {
  readonly kind = 'expired';
}
