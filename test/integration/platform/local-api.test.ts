import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { startTestRuntime, type ApiClient } from '../../support/local-runtime.js';
import { Routes } from '../../../shared/platform/http/routes.js';

let api: ApiClient;
beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
});
afterAll(async () => api?.runtime.stop());

describe('local API', () => {
  it('GET /health answers without a token', async () => {
    const res = await api.anonymous().get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('serves an OpenAPI 3.1 document that lists every route', async () => {
    const res = await api.anonymous().get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of Routes) expect(res.body.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
  });

  it('401 problem+json without a token, with a wrongly signed token, and with an expired one', async () => {
    const none = await api.anonymous().get('/iop/cases');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');

    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ 'custom:role': 'admin', 'custom:org': 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: 'local-1' })
      .setSubject('mallory')
      .setIssuer(api.runtime.tokens.issuer)
      .setAudience('iop-workflows-local')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const wrong = await api.anonymous().raw('/iop/cases', { headers: { authorization: `Bearer ${forged}` } });
    expect(wrong.status).toBe(401);

    const longAgo = Math.floor(Date.now() / 1000) - 3 * 3600;
    const expired = await api.runtime.tokens.mint({ sub: 's', name: 'S', role: 'civil', org: 'o' }, longAgo, 60);
    const late = await api.anonymous().raw('/iop/cases', { headers: { authorization: `Bearer ${expired}` } });
    expect(late.status).toBe(401);
    expect(late.body.detail).toMatch(/expired/);
  });

  it('404 problem+json for an unknown route', async () => {
    const res = await api.anonymous().get('/no/such/thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('400 problem+json for malformed JSON on a real route', async () => {
    const caller = await api.as({ sub: 'h1', role: 'healthcare', org: 'angereds-narsjukhus' });
    const res = await caller.raw('/iop/cases', { method: 'POST', body: '{"title": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.errors[0].path).toBe('(body)');
  });

  it('mints tokens for valid requests only', async () => {
    const bad = await api.anonymous().post('/dev/token', { sub: 'x', role: 'emperor' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'org', 'role']);
  });

  it('moves the clock forward on POST /dev/clock and refuses a bad duration', async () => {
    const before = Date.parse((await api.anonymous().get('/dev/clock')).body.now);
    const moved = await api.anonymous().post('/dev/clock', { advance: 'P30D' });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.to) - before).toBeGreaterThanOrEqual(30 * 86400_000 - 1000);
    expect((await api.anonymous().post('/dev/clock', { advance: 'next tuesday' })).status).toBe(400);
  });
});

describe('local web app hosting', () => {
  let web: ApiClient;
  beforeAll(async () => {
    web = await startTestRuntime({ seed: false, web: true });
  });
  afterAll(async () => web?.runtime.stop());

  it('serves the app at / and for page navigations, but API clients get 404 problems', async () => {
    const root = await web.anonymous().raw('/', {});
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/html');
    // The app runs under the distribution's CSP locally too, so a breach shows up before deployment.
    expect(root.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(root.headers.get('x-frame-options')).toBe('DENY');
    const page = await web.anonymous().raw('/arenden/iop-x', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const api = await web.anonymous().raw('/arenden/iop-x', { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    expect((await web.anonymous().get('/config.json')).body).toMatchObject({ auth: 'local' });
  });
});
