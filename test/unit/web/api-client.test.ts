import { describe, expect, it, vi } from 'vitest';
import { ApiError, answer, createApiClient, idempotent } from '../../../web/src/api/api-client.js';

const problemJson = (body: object, status: number) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

/** A client whose fetch answers `reply` and records each request. */
function clientAnswering(reply: (request: Request) => Response | Promise<Response>, options: { onUnauthorised?: () => void } = {}) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request.clone());
    return reply(request);
  });
  const api = createApiClient({ baseUrl: 'https://api.example/', token: () => 'tok', fetch, ...options });
  return { api, requests, fetch };
}

describe('the API client', () => {
  it('sends the bearer token, the form’s Idempotency-Key and the JSON body, and reads the answer', async () => {
    const { api, requests } = clientAnswering(() => Response.json({ id: 'm1' }, { status: 201 }));
    const body = { noticeId: 'N-1', lotId: 'whole', orgId: 'rsmh' };
    await expect(answer(api.POST('/procurement/matches', { params: { header: idempotent('key-1') }, body }))).resolves.toEqual({ id: 'm1' });
    const [request] = requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('https://api.example/procurement/matches');
    expect(request!.headers.get('authorization')).toBe('Bearer tok');
    expect(request!.headers.get('idempotency-key')).toBe('key-1');
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(request!.headers.get('accept')).toContain('application/problem+json');
    await expect(request!.json()).resolves.toEqual(body);
  });

  it('gives every write a key even when the caller names none, and a read none', async () => {
    const { api, requests } = clientAnswering(() => Response.json({}));
    await answer(api.PUT('/bidders/{orgId}', { params: { path: { orgId: 'rsmh' } }, body: {} as never }));
    await answer(api.GET('/bidders/{orgId}', { params: { path: { orgId: 'rsmh' } } }));
    expect(requests[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[1]!.headers.get('idempotency-key')).toBeNull();
  });

  it('fills path parameters encoded and sends query parameters', async () => {
    const { api, requests } = clientAnswering(() => Response.json({ items: [] }));
    await answer(api.GET('/iop/cases/{id}/timeline', { params: { path: { id: 'VGR 2026/1' }, query: { limit: 200 } } }));
    await answer(api.GET('/iop/cases', { params: { query: { stage: 'approval' } } }));
    expect(requests.map((r) => r.url)).toEqual([
      'https://api.example/iop/cases/VGR%202026%2F1/timeline?limit=200',
      'https://api.example/iop/cases?stage=approval',
    ]);
  });

  it('turns a problem answer into an ApiError with its field errors, and reports a 401', async () => {
    const onUnauthorised = vi.fn();
    const problem = { type: 'about:blank', status: 422, title: 'Invalid request', errors: [{ path: '/title', message: 'Required' }] };
    const { api } = clientAnswering(
      (request) => (request.url.endsWith('/x') ? problemJson(problem, 422) : problemJson({ status: 401, title: 'Unauthorized' }, 401)),
      { onUnauthorised },
    );
    const error = await answer(api.GET('/iop/cases/{id}', { params: { path: { id: 'x' } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).problem.errors).toEqual([{ path: 'title', message: 'Required' }]);
    expect(onUnauthorised).not.toHaveBeenCalled();
    await expect(answer(api.GET('/iop/cases/{id}', { params: { path: { id: 'y' } } }))).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorised).toHaveBeenCalledOnce();
  });

  it('says what happened when the answer is no problem document, and when the network fails', async () => {
    const { api } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(answer(api.GET('/iop/cases'))).rejects.toMatchObject({ problem: { status: 502, title: 'HTTP 502', errors: [] } });
    const offline = createApiClient({ baseUrl: 'https://api.example', token: () => undefined, fetch: () => Promise.reject(new TypeError('offline')) });
    await expect(answer(offline.GET('/iop/cases'))).rejects.toMatchObject({ status: 0, problem: { title: 'Network error' } });
  });

  it('sends no authorization header when nobody is signed in', async () => {
    const requests: Request[] = [];
    const api = createApiClient({
      baseUrl: 'https://api.example',
      token: () => undefined,
      fetch: async (r) => (requests.push(r), Response.json({ agreements: [] })),
    });
    await expect(answer(api.GET('/public/iop'))).resolves.toEqual({ agreements: [] });
    expect(requests[0]!.headers.get('authorization')).toBeNull();
  });
});
