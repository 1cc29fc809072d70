import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJWK, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { LOCAL_AUDIENCE, LocalTokenAuthority } from '../../../local/engines/auth/local-token-authority.js';
import { startLocalApi, type LocalApi } from '../../../local/engines/api/local-api-server.js';
import { createStaticFiles } from '../../../local/runtime/static-files.js';

/** A raw request with the Host header given (fetch would always send the URL's own). */
function sendWithHost(url: string, path: string, host: string, init: { method?: string; body?: string; type?: string } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> | undefined }>(
    (resolve, reject) => {
      const headers = { host, ...(init.type && { 'content-type': init.type }) };
      const req = request({ hostname: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path, method: init.method ?? 'GET', headers }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
      });
      req.on('error', reject);
      req.end(init.body);
    },
  );
}

const expectApiHeaders = (headers: Headers, cacheControl = 'no-store') => {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('cache-control')).toBe(cacheControl);
};

describe('the local edge in front of the full runtime', () => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await startTestRuntime({ seed: false });
  });
  afterAll(async () => api?.runtime.stop());

  it('answers only requests addressed to its own names (no DNS rebinding)', async () => {
    const port = new URL(api.runtime.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) expect((await sendWithHost(api.runtime.url, '/health', host)).status, host).toBe(200);
    const token = JSON.stringify({ sub: 'm', name: 'M', role: 'admin', org: 'o' });
    for (const host of [`rebind.attacker.example:${port}`, 'rebind.attacker.example', `localhost:${Number(port) + 1}`, `127.0.0.1.nip.io:${port}`]) {
      const refused = await sendWithHost(api.runtime.url, '/dev/token', host, { method: 'POST', body: token, type: 'application/json' });
      expect(refused.status, host).toBe(421);
      expect(refused.headers['content-type']).toBe('application/problem+json');
      expect(refused.body?.status).toBe(421);
      expect(refused.body?.token).toBeUndefined();
    }
  });

  it('takes POST /dev/* only as application/json: no text/plain or form a foreign page could send', async () => {
    const before = (await api.anonymous().get('/dev/clock')).body.offsetMs;
    const text = await api.anonymous().raw('/dev/clock', { method: 'POST', body: '{"advance":"P1Y"}', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.headers.get('content-type')).toBe('application/problem+json');
    expect((await api.anonymous().get('/dev/clock')).body.offsetMs).toBe(before);

    const form = await api.anonymous().raw('/dev/token', {
      method: 'POST',
      body: 'sub=m&name=M&role=admin&org=o',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const none = await api.anonymous().raw('/dev/token', { method: 'POST', body: new Blob(['{}']) });
    expect(none.status).toBe(415);

    const claims = { sub: 'a', name: 'A', role: 'civil', org: 'o' };
    const withCharset = await api.anonymous().post('/dev/token', claims, { 'content-type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(200);
    expectApiHeaders(withCharset.headers);
  });

  it('sends nosniff and no-store on API successes and problems; public routes keep their own caching', async () => {
    expectApiHeaders((await api.anonymous().get('/health')).headers);
    expectApiHeaders((await api.anonymous().get('/iop/cases')).headers);
    expectApiHeaders((await api.anonymous().get('/no/such/route')).headers);
    const caller = await api.as({ sub: 'h1', role: 'healthcare', org: 'angereds-narsjukhus' });
    expectApiHeaders((await caller.get('/iop/cases')).headers);
    const register = await api.anonymous().get('/public/iop');
    expect(register.status).toBe(200);
    expectApiHeaders(register.headers, 'public, max-age=60');
    expectApiHeaders((await api.anonymous().get('/openapi.json')).headers, 'public, max-age=300');
  });

  it('keeps tokens valid across a jump of the virtual clock: their times are on the wall clock', async () => {
    const caller = await api.as({ sub: 'h2', role: 'healthcare', org: 'angereds-narsjukhus' });
    expect((await api.anonymous().post('/dev/clock', { advance: 'P2Y' })).status).toBe(200);
    expect((await caller.get('/iop/cases')).status).toBe(200);
  });
});

describe('the local JWT authorizer', () => {
  let dir: string;
  let server: LocalApi;
  let key: CryptoKey;
  let tokens: LocalTokenAuthority;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iop-edge-test-'));
    tokens = await LocalTokenAuthority.create('http://localhost:3000/dev', dir);
    key = (await importJWK(JSON.parse(readFileSync(join(dir, 'local-signing-key.json'), 'utf8')).privateJwk, 'RS256')) as CryptoKey;
    // No function behind it: what matters is whether the authorizer lets the request through.
    server = await startLocalApi({ port: 0, tokens, invoke: async () => ({ statusCode: 200, headers: {}, body: '{"cases":[]}' }) });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const signed = (times: Pick<JWTPayload, 'iat' | 'nbf' | 'exp'>) =>
    new SignJWT({ 'custom:role': 'civil', 'custom:org': 'o', ...times })
      .setProtectedHeader({ alg: 'RS256', kid: 'local-1' })
      .setSubject('s')
      .setIssuer(tokens.issuer)
      .setAudience(LOCAL_AUDIENCE)
      .sign(key);
  const casesWith = (token: string) => fetch(`${server.url}/iop/cases`, { headers: { authorization: `Bearer ${token}` } });

  it('lets a token it minted through', async () => {
    expect((await casesWith(await tokens.mint({ sub: 's', name: 'S', role: 'civil', org: 'o' }))).status).toBe(200);
    expect((await casesWith(await signed({ iat: now(), exp: now() + 600 }))).status).toBe(200);
  });

  it('401 for a token without exp, with a future nbf, or issued in the future', async () => {
    const cases = {
      'no exp': await signed({ iat: now() }),
      'nbf in 5 min': await signed({ iat: now(), nbf: now() + 300, exp: now() + 3600 }),
      'iat in 5 min': await signed({ iat: now() + 300, exp: now() + 3600 }),
    };
    for (const [name, token] of Object.entries(cases)) {
      const res = await casesWith(token);
      expect(res.status, name).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expectApiHeaders(res.headers);
    }
  });
});

describe('local static files', () => {
  let root: string;
  let server: LocalApi;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'iop-edge-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'app.js'), 'console.log("app");');
    mkdirSync(join(root, 'chunks'));
    writeFileSync(join(root, 'chunks', 'page-ABCD1234.js'), 'export const page = 1;');
    const tokens = await LocalTokenAuthority.create('http://localhost:3000/dev');
    const staticFiles = createStaticFiles(root, { '/config.json': () => ({ auth: 'local', apiUrl: '' }) });
    server = await startLocalApi({ port: 0, tokens, invoke: async () => ({ statusCode: 500, headers: {} }), staticFiles });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("carry the CloudFront policy's security headers", async () => {
    for (const [path, accept] of [
      ['/', '*/*'],
      ['/app.js', '*/*'],
      ['/chunks/page-ABCD1234.js', '*/*'],
      ['/config.json', '*/*'],
      ['/arenden/x', 'text/html'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });
});
