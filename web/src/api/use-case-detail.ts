import type { TimelineEntryView } from '../../../shared/iop/contract.js';
import { useResource, type Resource } from './use-resource.js';

export interface CaseDetailResources<T> {
  readonly detail: Resource<T>;
  readonly timeline: Resource<readonly TimelineEntryView[]>;
  /** Reloads both: an action changes the case and adds to its timeline. */
  readonly reload: () => void;
}

/** A case (an IOP case or a match case) and its timeline, loaded side by side; `key` names the case. */
export function useCaseDetail<T>(
  key: string,
  load: { readonly detail: () => Promise<T>; readonly timeline: () => Promise<readonly TimelineEntryView[]> },
): CaseDetailResources<T> {
  const detail = useResource(load.detail, key);
  const timeline = useResource(load.timeline, `${key}/timeline`);
  const reload = () => {
    detail.reload();
    timeline.reload();
  };
  return { detail, timeline, reload };
}
