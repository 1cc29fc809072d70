/**
 * Structured JSON logs, one object per line, each carrying the correlation id of
 * the request or execution that caused it (CloudWatch Logs Insights can filter
 * on any key). Kept tiny on purpose: it is in every bundle.
 */
export const LogLevels = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
export type LogLevel = keyof typeof LogLevels;

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  child(extra: Record<string, unknown>): Logger;
}

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  return level in LogLevels ? LogLevels[level as LogLevel] : LogLevels.info;
}

function serialiseError(value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}

export function createLogger(context: Record<string, unknown> = {}): Logger {
  const write = (level: LogLevel, message: string, data?: Record<string, unknown>) => {
    if (LogLevels[level] < threshold()) return;
    const entry: Record<string, unknown> = { level, time: new Date().toISOString(), message, ...context };
    for (const [key, value] of Object.entries(data ?? {})) entry[key] = serialiseError(value);
    const line = JSON.stringify(entry);
    if (LogLevels[level] >= LogLevels.warn) console.error(line);
    else console.log(line);
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
    child: (extra) => createLogger({ ...context, ...extra }),
  };
}
