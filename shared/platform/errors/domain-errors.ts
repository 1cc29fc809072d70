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
  readonly text?: { readonly sv: string; readonly en: string };
}

export type DomainErrorKind = 'invalid' | 'rule-violated' | 'forbidden' | 'not-found' | 'conflict' | 'expired';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Facts a client can act on (e.g. errors, stage, currentVersion). */
  readonly extensions: Record<string, unknown>;
  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.name = new.target.name;
    this.extensions = extensions;
  }
}

/** An error that names the fields it is about. */
abstract class FieldsError extends DomainError {
  readonly errors: readonly FieldError[];
  constructor(errors: readonly FieldError[], detail: string) {
    super(detail, { errors });
    this.errors = errors;
  }
}

/** The input is malformed or fails its schema, field by field. */
export class ValidationError extends FieldsError {
  readonly kind = 'invalid';
  constructor(errors: readonly FieldError[], detail = 'The request has invalid fields.') {
    super(errors, detail);
  }
}

/** Well-formed, but breaks a rule of the process (e.g. a 72-month term). */
export class RuleViolationError extends FieldsError {
  readonly kind = 'rule-violated';
  constructor(errors: readonly FieldError[], detail = 'The request breaks a rule of the process.') {
    super(errors, detail);
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
