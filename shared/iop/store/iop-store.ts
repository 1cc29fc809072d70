import { CaseStore, ItemStore, TaskTokenStore } from '../../platform/dynamodb/index.js';
import type { CaseCollection, CaseIndex, StoredCase } from '../../platform/dynamodb/index.js';
import { NotFoundError } from '../../platform/errors/domain-errors.js';

/** What a reader is told of a case that does not exist or that they may not see: the same, and no id. */
export const NoSuchCase = { sv: 'Vi hittar inget sådant IOP-ärende.', en: 'There is no such IOP case.' } as const;
import type { IopCase, IopDraft, IopMeeting } from '../domain/case-model.js';
import { waitKindOf } from '../domain/case-model.js';

/** Where IOP cases live: the event-sourced case store, the task tokens, and one execution pointer per case. */
export const IOP_KIND = 'IOP';
/**
 * Meetings and earlier draft versions are the lists that grow with the life of
 * a case: each is stored as items of its own, the case keeps the newest few.
 */
export const IopCollections = {
  meetings: { field: 'meetings', prefix: 'MEETING', keyOf: (m: IopMeeting) => m.number, keep: 3 },
  draftHistory: { field: 'draftHistory', prefix: 'DRAFT', keyOf: (d: IopDraft) => d.version, keep: 2 },
} as const satisfies Record<string, CaseCollection<IopCase>>;
export const iopStore = new CaseStore<IopCase>(IOP_KIND, Object.values(IopCollections));
export const iopTokens = new TaskTokenStore(IOP_KIND);
export const iopItems = new ItemStore();

/**
 * Parties and consultation responders list the case as theirs; within a stage
 * cases sort by their current due date ("awaiting decision", oldest due first).
 */
export function iopIndexOf(state: IopCase): CaseIndex {
  const waitKind = waitKindOf(state.stage);
  const due = waitKind ? state.deadlines[waitKind]?.dueAt : undefined;
  const orgs = [...new Set([...state.parties.map((p) => p.orgId), ...(state.consultation?.responders.map((r) => r.orgId) ?? [])])];
  return { orgs, stage: state.stage, stageSortKey: due ?? state.updatedAt };
}

export async function loadIopCase(id: string): Promise<StoredCase<IopCase>> {
  const found = await iopStore.get(id);
  if (!found) throw new NotFoundError(`No IOP case ${id}.`, {}, NoSuchCase);
  return found;
}
