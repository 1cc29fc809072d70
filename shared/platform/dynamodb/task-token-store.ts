import { ItemStore } from './item-store.js';

export interface StoredTaskToken {
  readonly token: string;
  /** When the workflow stops waiting (ISO); past it the token is dead. */
  readonly dueAt: string;
  readonly createdAt?: string;
}

const KEEP_AFTER_DUE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The task token of a case's current human step, kept in DynamoDB next to the
 * case so an API action can answer the waiting workflow
 * (pk = <kind>#<caseId>, sk = TASK#<waitKind>).
 */
export class TaskTokenStore {
  constructor(
    private readonly kind = 'IOP',
    private readonly items = new ItemStore(),
  ) {}

  async put(caseId: string, waitKind: string, value: StoredTaskToken): Promise<void> {
    // Kept a month past its due date, then DynamoDB's TTL removes it.
    const expiresAt = Math.floor(Date.parse(value.dueAt) / 1000) + KEEP_AFTER_DUE_SECONDS;
    await this.items.put(`${this.kind}#${caseId}`, `TASK#${waitKind}`, { ...value }, Number.isFinite(expiresAt) ? { expiresAt } : {});
  }

  async get(caseId: string, waitKind: string): Promise<StoredTaskToken | undefined> {
    const item = await this.items.get<StoredTaskToken>(`${this.kind}#${caseId}`, `TASK#${waitKind}`);
    return item ? { token: item.token, dueAt: item.dueAt, createdAt: item.createdAt } : undefined;
  }

  async delete(caseId: string, waitKind: string): Promise<void> {
    await this.items.delete(`${this.kind}#${caseId}`, `TASK#${waitKind}`);
  }
}
