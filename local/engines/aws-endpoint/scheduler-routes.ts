import type { LocalScheduler, Schedule, ScheduleInput } from '../scheduler/local-scheduler.js';
import { AwsServiceError } from './aws-service-error.js';
import { isoToWire } from './wire-json.js';

/**
 * EventBridge Scheduler's REST-JSON paths (as the SDK serializes them):
 * POST/GET/PUT/DELETE /schedules/{Name}, GET /schedules.
 */
export interface SchedulerRequest {
  readonly method: string;
  readonly url: URL;
  readonly body: Record<string, unknown>;
}

const scheduleOnWire = (s: Schedule): Record<string, unknown> => ({
  ...s,
  CreationDate: isoToWire(s.CreationDate),
  LastModificationDate: isoToWire(s.LastModificationDate),
});

export function isSchedulerPath(url: URL): boolean {
  return url.pathname === '/schedules' || url.pathname.startsWith('/schedules/');
}

export function handleSchedulerRequest(scheduler: LocalScheduler, req: SchedulerRequest): unknown {
  const { method, url, body } = req;
  if (url.pathname === '/schedules' && method === 'GET') {
    const q = url.searchParams;
    const { Schedules } = scheduler.listSchedules({
      ...(q.get('ScheduleGroup') ? { GroupName: q.get('ScheduleGroup') as string } : {}),
      ...(q.get('NamePrefix') ? { NamePrefix: q.get('NamePrefix') as string } : {}),
      ...(q.get('State') ? { State: q.get('State') as string } : {}),
    });
    return {
      Schedules: Schedules.map((s) => ({
        Arn: s.Arn,
        Name: s.Name,
        GroupName: s.GroupName,
        State: s.State,
        CreationDate: isoToWire(s.CreationDate),
        LastModificationDate: isoToWire(s.LastModificationDate),
        Target: { Arn: s.Target.Arn },
      })),
    };
  }
  const name = decodeURIComponent(url.pathname.slice('/schedules/'.length));
  const groupFromQuery = url.searchParams.get('groupName') ?? undefined;
  const withName = { ...body, Name: name } as unknown as ScheduleInput;
  switch (method) {
    case 'POST':
      return scheduler.createSchedule(withName);
    case 'PUT':
      return scheduler.updateSchedule(withName);
    case 'GET':
      return scheduleOnWire(scheduler.getSchedule({ Name: name, ...(groupFromQuery ? { GroupName: groupFromQuery } : {}) }));
    case 'DELETE':
      return scheduler.deleteSchedule({ Name: name, ...(groupFromQuery ? { GroupName: groupFromQuery } : {}) });
    default:
      throw new AwsServiceError('ValidationException', `${method} ${url.pathname} is not supported`, 400);
  }
}
