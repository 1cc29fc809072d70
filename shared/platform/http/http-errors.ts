/**
 * Errors only the HTTP edge raises (no token, wrong method, body too large or
 * not JSON): they are about the request, not the process, so they carry their status.
 */
export abstract class HttpError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  constructor(detail: string) {
    super(detail);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends HttpError {
  readonly status = 401;
  readonly title = 'Not signed in';
}

export class MethodNotAllowedError extends HttpError {
  readonly status = 405;
  readonly title = 'Method not allowed';
}

export class PayloadTooLargeError extends HttpError {
  readonly status = 413;
  readonly title = 'Request body too large';
}

export class UnsupportedMediaTypeError extends HttpError {
  readonly status = 415;
  readonly title = 'Unsupported media type';
}
