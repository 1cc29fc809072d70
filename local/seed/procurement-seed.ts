/**
 * Seed data for the local runtime and the demo: notices of a regional
 * healthcare buyer (Västra Götalandsregionen, SE232) and civil-society bidders,
 * chosen so that matches, near-misses and a telling what-if show at once.
 * Deadlines are relative to `now`, so the seed never goes stale.
 *
 * The notices are in procurement-seed-notices.ts, the bidder profiles in
 * procurement-seed-profiles.ts, and generated data for the benchmark in
 * procurement-seed-generated.ts.
 */
export { VGR, seedNotices } from './procurement-seed-notices.js';
export { seedProfiles } from './procurement-seed-profiles.js';
export { generateNotices, generateProfiles, seededRandom } from './procurement-seed-generated.js';
