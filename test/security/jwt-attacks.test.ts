import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { DemoIopCase, IopDemoUsers } from '../../local/seed/iop-seed.js';
import { LOCAL_AUDIENCE } from '../../local/engines/auth/local-token-authority.js';
import { idle, isProblem } from '../integration/iop/iop-http.js';
import { startTestRuntime, type ApiAnswer, type ApiClient } from '../support/local-runtime.js';
import { tableWrites } from './security-support.js';

/**
 * Forged bearer tokens against the local API's JWT authorizer (which stands in
 * for API Gateway's): every one is a 401 problem, says nothing about keys, and
 * changes nothing — no case is created, no item is written.
 */
let api: ApiClient;
let attackerPrivate: CryptoKey;
let attackerPublicJwk: JWK;
let jwksServer: Server;
let jwksUrl = '';
let jwksHits = 0;

const sara = IopDemoUsers.healthcareAngered;
const now = () => Math.floor(Date.now() / 1000);
/** The claims a real token for Sara carries: a forgery that got through could create a case as her. */
const claims = (overrides: JWTPayload = {}): JWTPayload => ({
  name: sara.name,
  'custom:role': sara.role,
  'custom:org': sara.org,
  token_use: 'id',
  sub: sara.sub,
  iss: api.runtime.tokens.issuer,
  aud: LOCAL_AUDIENCE,
  iat: now(),
  exp: now() + 3600,
  ...overrides,
});

/** Signs like the local authority does, but with the attacker's key unless another is given. */
const signed = (payload: JWTPayload, header: Record<string, unknown> = {}, key: CryptoKey | Uint8Array = attackerPrivate) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'local-1', typ: 'JWT', ...header } as never).sign(key);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signed with the runtime's own private key, in the header the authority writes: only the claim under test is wrong. */
async function signedByRuntime(payload: JWTPayload): Promise<string> {
  const input = `${b64({ alg: 'RS256', kid: 'local-1', typ: 'JWT' })}.${b64(payload)}`;
  return `${input}.${await reSign(input)}`;
}

let reSign: (input: string) => Promise<string>;

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  const pair = await generateKeyPair('RS256', { extractable: true });
  attackerPrivate = pair.privateKey;
  attackerPublicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'local-1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    jwksHits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [attackerPublicJwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  reSign = await runtimeSigner();
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => jwksServer?.close(() => resolve()));
  await api?.runtime.stop();
});

/**
 * A signer with the runtime's private key, so that tokens wrong in one claim only
 * (issuer, audience, times) are otherwise perfect. The authority does not export
 * its key; its private field is read here, in the test, on purpose.
 */
async function runtimeSigner(): Promise<(input: string) => Promise<string>> {
  const key = (api.runtime.tokens as unknown as { privateKey: CryptoKey }).privateKey;
  expect(key, 'the local authority keeps its private key as privateKey').toBeDefined();
  return async (input) => {
    const signature = await crypto.subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, key, new TextEncoder().encode(input));
    return Buffer.from(signature).toString('base64url');
  };
}

const writes = () => tableWrites(api);

async function withToken(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return api.anonymous().raw(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const adminCaseCount = async () => {
  const admin = await api.as(IopDemoUsers.admin);
  const listed = await admin.get('/iop/cases');
  expect(listed.status).toBe(200);
  return (listed.body.items as unknown[]).length;
};

type Forgery = { readonly name: string; readonly token: () => Promise<string> };

const forgeries: readonly Forgery[] = [
  { name: 'alg: none', token: async () => new UnsecuredJWT(claims()).encode() },
  { name: 'alg: None (case variant), no signature', token: async () => `${b64({ alg: 'None', typ: 'JWT' })}.${b64(claims())}.` },
  { name: 'alg: NONE with the real signature kept', token: async () => `${b64({ alg: 'NONE' })}.${b64(claims())}.${(await realToken()).split('.')[2]}` },
  {
    name: 'HS256 signed with the public key (SPKI PEM as the secret)',
    token: async () => signed(claims(), { alg: 'HS256' }, new TextEncoder().encode(await exportSPKI(await runtimePublicKey()))),
  },
  {
    name: 'HS256 signed with the public key (its JWK as the secret)',
    token: async () => signed(claims(), { alg: 'HS256' }, new TextEncoder().encode(JSON.stringify(api.runtime.tokens.publicJwk))),
  },
  { name: 'an embedded jwk header with the attacker’s key', token: async () => signed(claims(), { jwk: publicPart(attackerPublicJwk) }) },
  { name: 'a jku header pointing at the attacker’s key set', token: async () => signed(claims(), { jku: jwksUrl }) },
  { name: 'an x5u header pointing at the attacker’s key set', token: async () => signed(claims(), { x5u: jwksUrl }) },
  { name: 'signed by another key under the same kid', token: async () => signed(claims()) },
  // HS256 with an empty secret (the contents of /dev/null); WebCrypto refuses an empty key, node:crypto does not.
  { name: 'a kid that walks the file system', token: async () => hs256EmptyKey({ alg: 'HS256', typ: 'JWT', kid: '../../../../dev/null' }, claims()) },
  { name: 'the real token with its payload swapped for admin', token: async () => swapPayload(await realToken(), claims({ 'custom:role': 'admin' })) },
  { name: 'the real token with its signature cut off', token: async () => (await realToken()).split('.').slice(0, 2).join('.') + '.' },
  { name: 'wrong issuer', token: () => signedByRuntime(claims({ iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_evil' })) },
  { name: 'wrong audience', token: () => signedByRuntime(claims({ aud: 'some-other-client' })) },
  { name: 'no audience', token: () => signedByRuntime(claims({ aud: undefined })) },
  { name: 'expired', token: () => signedByRuntime(claims({ iat: now() - 7200, exp: now() - 3600 })) },
  { name: 'without exp', token: () => signedByRuntime(claims({ exp: undefined })) },
  { name: 'nbf in the future', token: () => signedByRuntime(claims({ nbf: now() + 3600 })) },
  { name: 'iat in the future', token: () => signedByRuntime(claims({ iat: now() + 3600, exp: now() + 7200 })) },
];

const hs256EmptyKey = async (header: Record<string, unknown>, payload: JWTPayload) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', '').update(input).digest('base64url')}`;
};
const realToken = () => api.runtime.tokens.mint({ sub: sara.sub, name: sara.name, role: sara.role, org: sara.org });
const runtimePublicKey = async () => (await importJWK(api.runtime.tokens.publicJwk, 'RS256')) as CryptoKey;
const publicPart = ({ kty, n, e, kid }: JWK): JWK => ({ kty, n, e, kid });
const swapPayload = (token: string, payload: JWTPayload) => {
  const [header, , signature] = token.split('.');
  return `${header}.${b64(payload)}.${signature}`;
};

describe('the local JWT authorizer', () => {
  it('accepts a token signed by the runtime with only a claim changed back to normal (the forgeries below are not refused by accident)', async () => {
    const control = await signedByRuntime(claims());
    const answer = await withToken(control, 'GET', '/iop/cases');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await withToken(await realToken(), 'GET', '/iop/cases')).status).toBe(200);
  });

  describe.each(forgeries)('refuses $name', ({ token }) => {
    it('with a 401 problem on a read and on a write, and writes nothing', async () => {
      const forged = await token();
      await idle(api);
      const casesBefore = await adminCaseCount();
      const writesBefore = writes();

      for (const [method, path, body] of [
        ['GET', '/iop/cases', undefined],
        ['GET', '/procurement/matches', undefined],
        ['POST', '/iop/cases', { ...DemoIopCase, title: 'Förfalskad token' }],
      ] as const) {
        const answer = await withToken(forged, method, path, body);
        expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBe(401);
        expect(isProblem(answer)).toBe(true);
        // The refusal names no key, no claim value and not the token itself.
        const text = JSON.stringify(answer.body);
        expect(text).not.toContain(forged.slice(0, 40));
        expect(text).not.toMatch(/BEGIN|PRIVATE|modulus|"n":/i);
      }

      await idle(api);
      expect(writes(), 'DynamoDB writes while forged tokens were refused').toBe(writesBefore);
      expect(await adminCaseCount()).toBe(casesBefore);
    });
  });

  it('never fetched the attacker’s key set named by jku or x5u', () => {
    expect(jwksHits).toBe(0);
  });

  it('lets a genuine token write, so the refusals above are what kept the cases out', async () => {
    const before = await adminCaseCount();
    const answer = await withToken(await realToken(), 'POST', '/iop/cases', { ...DemoIopCase, title: 'Äkta token' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    await idle(api);
    expect(await adminCaseCount()).toBe(before + 1);
  });
});
