import { ItemStore } from './item-store.js';

export interface StoredTaskToken {
  readonly token: string;
  /** When the workflow stops waiting (ISO); past it the token is dead. */
  readonly dueAt: string;
  readonly createdAt?: string;
}

/**
 * The task token of a case's current human step, kept in DynamoDB next to the
 * case so an API action can answer the waiting workflow
 * (pk = <kind>#<caseId>, sk = TASK#<waitKind>).
 */
export class TaskTokenStore {
  private readonly items = new ItemStore();
  constructor(private readonly kind = 'IOP') {}

  async put(caseId: string, waitKind: string, value: StoredTaskToken): Promise<void> {
    await this.items.put(`${this.kind}#${caseId}`, `TASK#${waitKind}`, { ...value });
  }

  async get(caseId: string, waitKind: string): Promise<StoredTaskToken | undefined> {
    const item = await this.items.get<StoredTaskToken>(`${this.kind}#${caseId}`, `TASK#${waitKind}`);
    return item ? { token: item.token, dueAt: item.dueAt, createdAt: item.createdAt } : undefined;
  }

  async delete(caseId: string, waitKind: string): Promise<void> {
    await this.items.delete(`${this.kind}#${caseId}`, `TASK#${waitKind}`);
  }
}
