import { ItemStore } from '../dynamodb/item-store.js';
import { type Organisation, publicBodyOf } from './organisation.js';

/** Where authorisation looks organisations up. */
export interface OrganisationDirectory {
  get(id: string): Promise<Organisation | undefined>;
}

/** The public body an organisation acts within, as the registry has it (none for an unknown or idéburen organisation). */
export async function publicBodyFor(directory: OrganisationDirectory, orgId: string): Promise<string | undefined> {
  return publicBodyOf(await directory.get(orgId));
}

const key = (id: string) => ({ pk: `ORG#${id}`, sk: 'ORGANISATION' });

/**
 * The organisation registry in the table (pk ORG#<id>, sk ORGANISATION).
 * Lookups are remembered for a minute per process: every request resolves its
 * caller's public body, and the registry changes seldom.
 */
export class StoredOrganisations implements OrganisationDirectory {
  private readonly cache = new Map<string, { org: Organisation | undefined; until: number }>();

  constructor(
    private readonly items = new ItemStore(),
    private readonly keepMs = 60_000,
  ) {}

  async get(id: string): Promise<Organisation | undefined> {
    const cached = this.cache.get(id);
    if (cached && cached.until > Date.now()) return cached.org;
    const { pk, sk } = key(id);
    const org = (await this.items.get<{ organisation: Organisation }>(pk, sk))?.organisation;
    this.cache.set(id, { org, until: Date.now() + this.keepMs });
    return org;
  }

  async put(org: Organisation): Promise<void> {
    const { pk, sk } = key(org.id);
    await this.items.put(pk, sk, { organisation: org });
    this.cache.delete(org.id);
  }
}
