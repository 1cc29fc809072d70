/**
 * AWS JSON wire details shared by the three protocols: timestamps travel as
 * epoch seconds (fractions allowed), and a request body may be empty.
 */
export function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toWire(v)]),
    );
  }
  return value;
}

export const isoToWire = (iso: string): number => Date.parse(iso) / 1000;

export function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const parsed = JSON.parse(text) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('Body is not a JSON object');
  return parsed as Record<string, unknown>;
}
