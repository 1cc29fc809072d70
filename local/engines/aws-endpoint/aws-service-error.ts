/**
 * An error a local engine answers with, named as AWS names it on the wire, so
 * the SDK client on the other side raises the same typed exception
 * (e.g. TaskTimedOut, ExecutionAlreadyExists, ConflictException).
 */
export class AwsServiceError extends Error {
  constructor(
    /** The AWS error type, sent as __type / x-amzn-errortype. */
    readonly errorType: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
    this.name = errorType;
  }
}

export const isAwsServiceError = (error: unknown): error is AwsServiceError => error instanceof AwsServiceError;
