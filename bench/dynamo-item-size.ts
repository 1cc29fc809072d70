import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * The size of a DynamoDB item as DynamoDB counts it for capacity units and
 * storage (the rules of "DynamoDB item sizes and formats" in the developer guide):
 *   - each attribute: UTF-8 bytes of its name + the size of its value;
 *   - string: its UTF-8 bytes; binary: its raw bytes;
 *   - number: the guide's "about 1 byte per two significant digits + 1", made
 *     exact the way the engine stores numbers: base-100 digit pairs aligned at
 *     the decimal point (leading and trailing zero pairs trimmed) + 1 byte,
 *     + 1 more when negative; zero is 1 byte;
 *   - boolean and null: 1 byte;
 *   - list and map: 3 bytes + each element's size + 1 byte per element
 *     (a map's element also counts its name's bytes);
 *   - string / number / binary sets: the sum of their elements.
 * Checked against DynamoDB Local's own ConsumedCapacity (strings, numbers,
 * booleans, null, nested lists and maps, sets): the 1 KB unit boundary falls
 * at the same byte. Still an approximation of the service (its internals are
 * not published); the bench prints the engine's count next to this one.
 */
export function itemSize(item: Readonly<Record<string, AttributeValue>>): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(item)) bytes += utf8(name) + valueSize(value);
  return bytes;
}

export function valueSize(value: AttributeValue): number {
  const v = value as unknown as Record<string, unknown>;
  if (v.S !== undefined) return utf8(v.S as string);
  if (v.N !== undefined) return numberSize(v.N as string);
  if (v.B !== undefined) return binarySize(v.B);
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.SS !== undefined) return (v.SS as string[]).reduce((a, s) => a + utf8(s), 0);
  if (v.NS !== undefined) return (v.NS as string[]).reduce((a, n) => a + numberSize(n), 0);
  if (v.BS !== undefined) return (v.BS as unknown[]).reduce<number>((a, b) => a + binarySize(b), 0);
  if (v.L !== undefined) return 3 + (v.L as AttributeValue[]).reduce((a, e) => a + 1 + valueSize(e), 0);
  if (v.M !== undefined) {
    return 3 + Object.entries(v.M as Record<string, AttributeValue>).reduce((a, [k, e]) => a + utf8(k) + 1 + valueSize(e), 0);
  }
  return 0;
}

/** Base-100 digit pairs aligned at the decimal point, + 1 byte, + 1 when negative (e.g. 7 → 2, 123 → 3, 1.5 → 3, -1 → 3). */
export function numberSize(n: string): number {
  const negative = n.trim().startsWith('-');
  const [mantissa = '', exponent = '0'] = n.trim().replace(/^[+-]/, '').toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent); // digits before the decimal point
  const leading = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(leading).replace(/0+$/, '');
  point -= leading;
  if (digits.length === 0) return 1;
  if (((point % 2) + 2) % 2 === 1) digits = `0${digits}`;
  const pairs = Math.ceil(digits.length / 2);
  return pairs + 1 + (negative ? 1 : 0);
}

function binarySize(b: unknown): number {
  if (b instanceof Uint8Array) return b.byteLength;
  if (typeof b === 'string') return Buffer.from(b, 'base64').byteLength;
  return 0;
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Write request units of one item write: 1 per started KB (2 inside a transaction). */
export const writeUnits = (bytes: number, transactional: boolean): number => Math.max(1, Math.ceil(bytes / 1024)) * (transactional ? 2 : 1);
