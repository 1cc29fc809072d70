import { ItemStore } from '../../platform/dynamodb/item-store.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';

/** An intresseanmälan as stored: to one public body, perhaps naming one of its units. */
export interface InterestNote {
  readonly id: string;
  readonly at: string;
  readonly publicBodyId: string;
  readonly unit?: { readonly id: string; readonly name: string };
  readonly organisationName: string;
  readonly organisationNumber?: string;
  readonly contactName: string;
  readonly email: string;
  readonly phone?: string;
  readonly idea: string;
}

const partition = (publicBody: string) => `INTEREST#${publicBody}`;

/** Intresseanmälningar per public body (pk INTEREST#<body>, sk <at>#<id>), read by its healthcare staff and administrators. */
export class InterestNotes {
  private readonly items: ItemStore;

  constructor(table: DynamoTable = EnvironmentTable) {
    this.items = new ItemStore(table);
  }

  async add(note: InterestNote): Promise<void> {
    await this.items.put(partition(note.publicBodyId), `${note.at}#${note.id}`, { note });
  }

  /** Newest first. */
  async list(publicBody: string, limit: number): Promise<{ items: InterestNote[]; more: boolean }> {
    const found = (await this.items.query<{ note: InterestNote }>(partition(publicBody), { descending: true, limit: limit + 1 })).map((i) => i.note);
    return { items: found.slice(0, limit), more: found.length > limit };
  }
}
