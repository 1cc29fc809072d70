/**
 * When the daily digest goes out: 07:00 in Sweden, summer and winter, before
 * the working day starts. CDK's schedule (EventBridge Scheduler, with its
 * time zone) and the local runtime's timer both read it.
 */
export const DigestSchedule = { hour: 7, timeZone: 'Europe/Stockholm' } as const;
