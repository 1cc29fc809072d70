/**
 * Parsed candidate buckets kept in a warm container between requests, each
 * under the head revision it was read at (store/bucket-heads.ts). A caller
 * reads the heads first and asks for a bucket under the revision it saw; a
 * different revision is a miss, so a bucket written since is read again,
 * never answered from memory.
 *
 * Bounded by the values it holds in all (least recently used buckets go
 * first); a bucket larger than the bound alone is not kept. No DynamoDB here:
 * the reader (readBuckets) decides what to look up and what to store.
 */
export class CandidateBucketCache<T> {
  /** Insertion order of a Map is its LRU order: a hit is moved to the end. */
  private readonly buckets = new Map<string, { readonly rev: string; readonly values: readonly T[] }>();
  private held = 0;

  constructor(readonly maxEntries: number) {}

  /** The bucket's values, if they were stored under exactly this revision. */
  lookup(partition: string, rev: string): readonly T[] | undefined {
    const hit = this.buckets.get(partition);
    if (hit === undefined || hit.rev !== rev) return undefined;
    this.buckets.delete(partition);
    this.buckets.set(partition, hit);
    return hit.values;
  }

  /** Keeps the bucket under `rev`, the head revision read before the bucket was (so a write in between only costs a later re-read). */
  store(partition: string, rev: string, values: readonly T[]): void {
    this.forget(partition);
    if (values.length > this.maxEntries) return;
    this.buckets.set(partition, { rev, values });
    this.held += values.length;
    for (const [oldest] of this.buckets) {
      if (this.held <= this.maxEntries) break;
      this.forget(oldest);
    }
  }

  forget(partition: string): void {
    const had = this.buckets.get(partition);
    if (had === undefined) return;
    this.buckets.delete(partition);
    this.held -= had.values.length;
  }

  /** Buckets and values held (for tests and figures). */
  get size(): { buckets: number; entries: number } {
    return { buckets: this.buckets.size, entries: this.held };
  }
}

/**
 * The bound of a container's cache of profile buckets: a profile sits in one
 * bucket per CPV division × NUTS 2 area it serves (2.7 on average in the
 * generated catalogue), so 5,000 profiles hold about 13,500 entries of about
 * 3 KB parsed: 40 MB, and at most 90 MB at the bound, within a 1 GB function.
 */
export const PROFILE_BUCKET_CACHE_ENTRIES = 30_000;
