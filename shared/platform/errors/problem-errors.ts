/**
 * Typed errors that know their HTTP answer. Domain code throws these; the HTTP
 * middleware turns them into application/problem+json (RFC 9457). Anything else
 * that escapes a handler is a fault: logged, and answered as a bare 500.
 */
export interface FieldError {
  /** Dotted path of the offending field, e.g. "parties.1.contribution.amountSek". */
  readonly path: string;
  /** English, as RFC 9457 clients expect one message. */
  readonly message: string;
  /** The same in Swedish and English, for a user interface. */
  readonly text?: { readonly sv: string; readonly en: string };
}

export abstract class ProblemError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  /** Extra members of the problem document (e.g. errors, stage). */
  readonly extensions: Record<string, unknown>;
  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.name = new.target.name;
    this.extensions = extensions;
  }
}

/** 400: the request is malformed or fails its schema. */
export class ValidationError extends ProblemError {
  readonly status = 400;
  readonly title = 'Invalid request';
  readonly errors: readonly FieldError[];
  constructor(errors: readonly FieldError[], detail = 'The request has invalid fields.') {
    super(detail, { errors });
    this.errors = errors;
  }
}

/** 422: well-formed, but breaks a business rule (e.g. a 72-month term). */
export class RuleViolationError extends ProblemError {
  readonly status = 422;
  readonly title = 'Rule not met';
  readonly errors: readonly FieldError[];
  constructor(errors: readonly FieldError[], detail = 'The request breaks a rule of the process.') {
    super(detail, { errors });
    this.errors = errors;
  }
}

export class UnauthorizedError extends ProblemError {
  readonly status = 401;
  readonly title = 'Not signed in';
}

export class ForbiddenError extends ProblemError {
  readonly status = 403;
  readonly title = 'Not allowed';
}

export class NotFoundError extends ProblemError {
  readonly status = 404;
  readonly title = 'Not found';
}

export class MethodNotAllowedError extends ProblemError {
  readonly status = 405;
  readonly title = 'Method not allowed';
}

/** 409: the action does not fit the case's current stage, or expectedVersion is stale. */
export class ConflictError extends ProblemError {
  readonly status = 409;
  readonly title = 'Conflict';
}

export class PayloadTooLargeError extends ProblemError {
  readonly status = 413;
  readonly title = 'Request body too large';
}

export class UnsupportedMediaTypeError extends ProblemError {
  readonly status = 415;
  readonly title = 'Unsupported media type';
}

/** 410: a human step answered after its deadline passed (the case took its timeout path). */
export class ExpiredError extends ProblemError {
  readonly status = 410;
  readonly title = 'Deadline passed';
}
