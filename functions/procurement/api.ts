// Not the http index: it also exports every context's routes, which would bring the other context's contract along.
import { httpLambda } from '../../shared/platform/http/http-lambda.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { clock } from '../../shared/platform/clock.js';
import { ProcurementContract } from '../../shared/procurement/contract/operations.js';
import { procurementHandlers } from '../../shared/procurement/api/procurement-handlers.js';
import { commitMatchChange, matchCases } from '../../shared/procurement/effects/commit-match-change.js';
import * as storedProcurement from '../../shared/procurement/store/procurement-repository.js';
import { CandidateBucketCache, PROFILE_BUCKET_CACHE_ENTRIES } from '../../shared/procurement/store/bucket-cache.js';
import type { PreparedProfile } from '../../shared/procurement/domain/matching/evaluate-match.js';
import { StoredOrganisations } from '../../shared/platform/organisations/organisation-directory.js';

/** Profile buckets kept warm between the requests of this container (what-ifs read them), checked against their heads each time. */
const profileBuckets = new CandidateBucketCache<PreparedProfile>(PROFILE_BUCKET_CACHE_ENTRIES);
const repository = { ...storedProcurement, profileCandidates: (buckets: Iterable<string>) => storedProcurement.profileCandidates(buckets, profileBuckets) };

/** The procurement HTTP API: the contract's routes, served by its handlers with the real match-case store, repository and clock. */
export const procurementRoutes = implement(
  ProcurementContract,
  procurementHandlers({ matchCases, commit: commitMatchChange, repository, clock, organisations: new StoredOrganisations() }),
);

export const handler = httpLambda(procurementRoutes);
