import { ItemStore } from '../dynamodb/item-store.js';
import type { TransactionPut } from '../dynamodb/transaction.js';
import { EnvironmentTable, type DynamoTable } from '../dynamodb/dynamo-table.js';
import { type Organisation, type OrganisationKind, publicBodyOf, searchableName } from './organisation.js';

/** Where authorisation looks organisations up. */
export interface OrganisationDirectory {
  get(id: string): Promise<Organisation | undefined>;
}

/** The public body an organisation acts within, as the registry has it (none for an unknown or idéburen organisation). */
export async function publicBodyFor(directory: OrganisationDirectory, orgId: string): Promise<string | undefined> {
  return publicBodyOf(await directory.get(orgId));
}

/** What the registry is searched by: words of the name, kind, region, and for units their public body. */
export interface OrganisationSearch {
  readonly q?: string;
  readonly kind?: OrganisationKind;
  readonly region?: string;
  readonly publicBodyId?: string;
  /** Idéburna organisations this public body works with (partnerBodies). */
  readonly partnerOf?: string;
  readonly limit: number;
}

const key = (id: string) => ({ pk: `ORG#${id}`, sk: 'ORGANISATION' });
export const RegistryIndex = 'ORGANISATIONS';
/**
 * The most entries one search reads. The registry holds the public bodies
 * (21 regions, 290 municipalities), their units and the idéburna organisations
 * that take part: thousands, not millions, so a search reads the index
 * partition and filters in memory rather than keeping a search engine.
 */
export const RegistryReadLimit = 20_000;

/**
 * The organisation registry in the table: pk ORG#<id>, sk ORGANISATION, and
 * on the same item the search index (GSI2 gsi2pk ORGANISATIONS, gsi2sk the
 * searchable name). Lookups are remembered for a minute per process: every
 * request resolves its caller's public body, and the registry changes seldom.
 */
export class StoredOrganisations implements OrganisationDirectory {
  private readonly cache = new Map<string, { org: Organisation | undefined; until: number }>();
  private readonly items: ItemStore;

  constructor(
    private readonly table: DynamoTable = EnvironmentTable,
    private readonly keepMs = 60_000,
  ) {
    this.items = new ItemStore(table);
  }

  async get(id: string): Promise<Organisation | undefined> {
    const cached = this.cache.get(id);
    if (cached && cached.until > Date.now()) return cached.org;
    const { pk, sk } = key(id);
    const org = (await this.items.get<{ organisation: Organisation }>(pk, sk))?.organisation;
    this.cache.set(id, { org, until: Date.now() + this.keepMs });
    return org;
  }

  /** Straight from the table (an administrator's change must see the current version). */
  async getFresh(id: string): Promise<Organisation | undefined> {
    this.cache.delete(id);
    return this.get(id);
  }

  /** Several at once, for names in a view (members, units); unknown ids are left out. */
  async getMany(ids: readonly string[]): Promise<Organisation[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.get(id)));
    return found.filter((o): o is Organisation => o !== undefined);
  }

  /** Entries matching every given filter, by name; `more` when others match beyond `limit`. */
  async search(search: OrganisationSearch): Promise<{ items: Organisation[]; more: boolean }> {
    const words = searchableName(search.q ?? '')
      .split(' ')
      .filter(Boolean);
    const all = await this.items.query<{ organisation: Organisation; gsi2sk: string }>(RegistryIndex, { index: 'gsi2', limit: RegistryReadLimit });
    const matches = all
      .map((i) => i.organisation)
      .filter(
        (o) =>
          (search.kind === undefined || o.kind === search.kind) &&
          (search.region === undefined || o.region === search.region) &&
          (search.publicBodyId === undefined || publicBodyOf(o) === search.publicBodyId) &&
          (search.partnerOf === undefined || (o.kind === 'ideburen' && (o.partnerBodies ?? []).includes(search.partnerOf))) &&
          words.every((w) => searchableName(o.name).includes(w) || o.organisationNumber?.replace('-', '').includes(w.replace('-', ''))),
      );
    return { items: matches.slice(0, search.limit), more: matches.length > search.limit };
  }

  /**
   * The write of one organisation at its next version, for a transaction (with
   * its audit entry): a new one must not exist yet (`expectedVersion` undefined),
   * a changed one must still be at `expectedVersion`.
   */
  writeOf(org: Organisation, expectedVersion: number | undefined, conflict: () => Error): TransactionPut {
    const { pk, sk } = key(org.id);
    const version = (expectedVersion ?? 0) + 1;
    return {
      item: { pk, sk, gsi2pk: RegistryIndex, gsi2sk: `${searchableName(org.name)}#${org.id}`, version, organisation: { ...org, version } },
      condition: expectedVersion === undefined ? 'attribute_not_exists(pk)' : 'version = :expected',
      ...(expectedVersion === undefined ? {} : { values: { ':expected': expectedVersion } }),
      conflict,
    };
  }

  /** Forget what this process remembers of an organisation (after it changed it). */
  forget(id: string): void {
    this.cache.delete(id);
  }

  /**
   * Reference data: writes the organisation unless an administrator has
   * changed it (version above 0), so a restart never undoes their work.
   */
  async seed(org: Organisation): Promise<void> {
    const { pk, sk } = key(org.id);
    const existing = await this.items.get<{ version?: number }>(pk, sk);
    if ((existing?.version ?? 0) > 0) return;
    await this.items.put(
      pk,
      sk,
      { version: 0, organisation: { ...org, version: 0 } },
      { gsi2pk: RegistryIndex, gsi2sk: `${searchableName(org.name)}#${org.id}` },
    );
    this.cache.delete(org.id);
  }

  /** The table this registry lives in (its transactions go there). */
  tableOf(): DynamoTable {
    return this.table;
  }
}
