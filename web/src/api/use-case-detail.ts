import type { TimelineEntry } from '../../../shared/platform/timeline/timeline-entry.js';
import { useApp } from '../app-context.js';
import { rowsOf } from './api-client.js';
import { useResource, type Resource } from './use-resource.js';

export interface CaseDetailResources<T> {
  readonly detail: Resource<T>;
  readonly timeline: Resource<TimelineEntry[]>;
  /** Reloads both: an action changes the case and adds to its timeline. */
  readonly reload: () => void;
}

/** A case at `path` (an IOP case or a match case) and its timeline at `path`/timeline, loaded side by side. */
export function useCaseDetail<T>(path: string): CaseDetailResources<T> {
  const { api } = useApp();
  const detail = useResource(() => api.get<T>(path), path);
  const timeline = useResource(async () => rowsOf<TimelineEntry>(await api.get(`${path}/timeline?limit=200`)), `${path}/timeline`);
  const reload = () => {
    detail.reload();
    timeline.reload();
  };
  return { detail, timeline, reload };
}
