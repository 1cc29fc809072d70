/** Schedule names are at most 64 characters (EventBridge Scheduler). */
export const scheduleName = (name: string): string => name.slice(0, 64);
