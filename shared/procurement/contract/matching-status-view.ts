import { boolean, describe, meta, optional, strictObject, type infer as Infer } from 'zod/mini';
import { InstantField } from '../../platform/http/contract/view-fields.js';

/**
 * Whether the stored matches behind a view are those of the current notice or
 * profile. A write stores the change and answers at once; the matches are
 * recomputed from the table's stream, and until then the view says so.
 */
export const MatchingStatusView = strictObject({
  updating: boolean().check(describe('The matches are being recomputed after a change; the view shows the ones from before until then')),
  updatedAt: optional(InstantField).check(describe('When the matches were last recomputed (absent before the first time)')),
}).check(meta({ id: 'MatchingStatus' }));
export type MatchingStatusView = Infer<typeof MatchingStatusView>;
