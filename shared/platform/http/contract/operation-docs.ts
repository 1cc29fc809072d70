import type { $ZodType as ZodType } from 'zod/v4/core';
import type { AnyOperation, Contract, ViewOf } from './operation.js';

/**
 * What the OpenAPI document says of one operation and the view it answers
 * with. Kept apart from the operation, which routes requests, so that the
 * Lambda bundles carry neither these texts nor the view schemas.
 */
export interface OperationDoc<View = unknown> {
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly response: {
    readonly description: string;
    /** The view of the success answer: the schema of what the handler answers, which the compiler checks. */
    readonly view: ZodType<View>;
  };
}

/** A contract's docs, one per operation: a missing or an extra entry does not compile. */
export type OperationDocs<C extends Contract> = { readonly [Name in keyof C]: OperationDoc<ViewOf<C[Name]>> };

/** An operation with its docs, as the OpenAPI document and the contract tests read it. */
export type DocumentedOperation = Omit<AnyOperation, 'response'> &
  Omit<OperationDoc, 'response'> & {
    readonly response: AnyOperation['response'] & OperationDoc['response'];
  };

/** The contract's operations, each joined with its docs, in the contract's order. */
export function documented<C extends Contract>(contract: C, docs: OperationDocs<C>): DocumentedOperation[] {
  return Object.entries(contract).map(([name, op]) => {
    const doc = docs[name as keyof C] as OperationDoc;
    return { ...op, ...doc, response: { ...op.response, ...doc.response } };
  });
}
