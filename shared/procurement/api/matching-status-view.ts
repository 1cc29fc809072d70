import { optional } from '../../platform/http/contract/optional-field.js';
import type { MatchingStatusView } from '../contract/matching-status-view.js';
import type { MatchingStatus } from '../domain/matching/matching-status.js';

export const toMatchingStatusView = (s: MatchingStatus): MatchingStatusView => ({ updating: s.updating, ...optional('updatedAt', s.updatedAt) });
