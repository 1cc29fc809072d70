import { boolean, optional, strictObject, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { InstantField } from '../../platform/http/contract/view-fields.js';

/**
 * Whether the stored matches behind a view are those of the current notice or
 * profile. A write stores the change and answers at once; the matches are
 * recomputed from the table's stream, and until then the view says so.
 */
export const MatchingStatusView = withMeta(
  strictObject({
    updating: described(boolean(), 'The matches are being recomputed after a change; the view shows the ones from before until then'),
    updatedAt: optional(described(InstantField, 'When the matches were last recomputed (absent before the first time)')),
  }),
  { id: 'MatchingStatus' },
);
export type MatchingStatusView = Infer<typeof MatchingStatusView>;
