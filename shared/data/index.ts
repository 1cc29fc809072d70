export { CaseStore, type CaseIndex, type StoredCase } from './case-store.js';
export { ItemStore, type ExtraKeys, type QueryOptions } from './item-store.js';
export { TaskTokenStore, type StoredTaskToken } from './task-token-store.js';
export { IdempotencyStore } from './idempotency-store.js';
export { TableDefinition, createTableInput } from './table-definition.js';
