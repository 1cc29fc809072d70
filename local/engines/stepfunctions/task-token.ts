import { randomBytes } from 'node:crypto';

/**
 * A task token shaped like AWS's: long, base64, and always holding "+", "/" and
 * "=" so that code which forgets to encode it in a URL fails locally too.
 */
export function mintTaskToken(): string {
  return `AQB${randomBytes(48).toString('base64')}+/${randomBytes(31).toString('base64')}`;
}
