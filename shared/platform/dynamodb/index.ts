export {
  CaseStore,
  EVENT_PREFIX,
  type CaseCollection,
  type CaseIndex,
  type ChangeOptions,
  type CollectionCount,
  type CollectionPage,
  type StoredCase,
  type StoredEvent,
} from './case-store.js';
export { writeAll, ItemTooLargeError, TransactionConflictError, type TransactionPut } from './transaction.js';
export { ItemStore, type ExtraKeys, type QueryOptions } from './item-store.js';
export { TaskTokenStore, type StoredTaskToken } from './task-token-store.js';
export { IdempotencyStore } from './idempotency-store.js';
export { TableDefinition, createTableInput } from './table-definition.js';
