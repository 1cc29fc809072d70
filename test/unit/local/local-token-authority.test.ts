import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJWK, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { IAT_SKEW_SECONDS, LOCAL_AUDIENCE, LocalTokenAuthority } from '../../../local/engines/auth/local-token-authority.js';
import { ownHosts } from '../../../local/engines/api/local-api-server.js';
import { UnauthorizedError } from '../../../shared/platform/http/http-errors.js';

const person = { sub: 'anna', name: 'Anna', role: 'civil', org: 'o' } as const;
const now = 2_000_000_000;
let dir: string;
let authority: LocalTokenAuthority;
let key: CryptoKey;

/** A token signed with the authority's own key, with exactly the times given. */
const signed = (times: Pick<JWTPayload, 'iat' | 'nbf' | 'exp'>) =>
  new SignJWT({ 'custom:role': 'civil', 'custom:org': 'o', ...times })
    .setProtectedHeader({ alg: 'RS256', kid: 'local-1' })
    .setSubject('anna')
    .setIssuer(authority.issuer)
    .setAudience(LOCAL_AUDIENCE)
    .sign(key);

const refusal = async (token: string): Promise<unknown> =>
  authority.verify(token, now).then(
    () => undefined,
    (error: unknown) => error,
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iop-token-test-'));
  authority = await LocalTokenAuthority.create('http://localhost:3000/dev', dir);
  const saved = JSON.parse(readFileSync(join(dir, 'local-signing-key.json'), 'utf8'));
  key = (await importJWK(saved.privateJwk, 'RS256')) as CryptoKey;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LocalTokenAuthority', () => {
  it('mints tokens with iat and exp that it accepts', async () => {
    const payload = await authority.verify(await authority.mint(person, now), now + 60);
    expect(payload).toMatchObject({ sub: 'anna', iat: now, 'custom:role': 'civil' });
    expect(payload.exp).toBeGreaterThan(now);
    const fromWallClock = await authority.verify(await authority.mint(person));
    expect(fromWallClock.iat).toBeGreaterThan(0);
  });

  it('refuses a token without exp, like the API Gateway authorizer', async () => {
    const error = await refusal(await signed({ iat: now }));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toMatch(/exp/);
  });

  it('refuses an expired token, saying so', async () => {
    const error = await refusal(await signed({ iat: now - 120, exp: now - 1 }));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toMatch(/expired/);
  });

  it('refuses a token that is not valid yet (nbf) and accepts one whose nbf has passed', async () => {
    const early = await refusal(await signed({ iat: now, nbf: now + 30, exp: now + 3600 }));
    expect(early).toBeInstanceOf(UnauthorizedError);
    expect((early as Error).message).toMatch(/nbf/);
    expect(await refusal(await signed({ iat: now, nbf: now, exp: now + 3600 }))).toBeUndefined();
  });

  it(`refuses an iat more than ${IAT_SKEW_SECONDS} s in the future and allows small clock skew`, async () => {
    const future = await refusal(await signed({ iat: now + IAT_SKEW_SECONDS + 1, exp: now + 3600 }));
    expect(future).toBeInstanceOf(UnauthorizedError);
    expect((future as Error).message).toMatch(/iat/);
    expect(await refusal(await signed({ iat: now + IAT_SKEW_SECONDS, exp: now + 3600 }))).toBeUndefined();
  });

  it('refuses times that are not numbers', async () => {
    expect(await refusal(await signed({ iat: now, exp: 'tomorrow' as never }))).toBeInstanceOf(UnauthorizedError);
  });
});

describe('ownHosts', () => {
  it('names the loopback hosts with the port, and a configured host name', () => {
    expect([...ownHosts(3000)].sort()).toEqual(['127.0.0.1:3000', '[::1]:3000', 'localhost:3000']);
    expect(ownHosts(3000, 'Dev.Example.Test').has('dev.example.test:3000')).toBe(true);
    expect(ownHosts(3000, '::1').has('[::1]:3000')).toBe(true);
  });

  it('never answers to every name when bound to all interfaces', () => {
    expect(ownHosts(3000, '0.0.0.0').size).toBe(3);
    expect(ownHosts(3000, '::').size).toBe(3);
  });

  it('also takes the bare name on port 80, as browsers send it', () => {
    expect(ownHosts(80).has('localhost')).toBe(true);
    expect(ownHosts(3000).has('localhost')).toBe(false);
  });
});
