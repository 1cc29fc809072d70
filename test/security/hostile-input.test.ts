import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoIopCase, IopDemoUsers } from '../../local/seed/iop-seed.js';
import type { AnyOperation } from '../../shared/platform/http/contract/operation.js';
import { AllOperations, routeKeyOf } from '../../shared/platform/http/routes.js';
import { idle } from '../integration/iop/iop-http.js';
import { contractMismatch } from '../support/contract-check.js';
import { startTestRuntime, type ApiClient } from '../support/local-runtime.js';
import { clockNow, Eva, inPool, mustPost, noticeInput, profileInput, tableWrites } from './security-support.js';

/**
 * Every route of AllOperations under hostile input: ids (very long, `../`,
 * `%00`, `%ZZ`, a cut UTF-8 sequence, homoglyphs), query strings (huge,
 * negative, repeated, prototype keys), bodies (`__proto__` / `constructor`,
 * deep nesting, huge strings, wrong types, duplicate keys, not JSON, a BOM)
 * and wrong content types. Sent byte for byte with node:http (fetch would
 * normalise `..` away). Never a 5xx; every 4xx is problem+json; a 2xx must be
 * the contract's view; and nothing is written: the table's write count and
 * the cases' versions do not move.
 */
let api: ApiClient;
let port = 0;
const tokens: Record<string, string> = {};
const ids = { iopCase: '', notice: '', matchCase: '' };
let requests = 0;
const faults: string[] = [];

interface Sent {
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

/** One request exactly as given: path bytes untouched, any body, any headers (Host is the server's own). */
function send(method: string, path: string, options: { token?: string; contentType?: string | null; body?: string | Buffer } = {}): Promise<Sent> {
  const headers: Record<string, string> = { host: `localhost:${port}`, accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined && options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          /* not JSON: kept as text */
        }
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body });
      });
    });
    // The server may answer (413) and close before a huge body is through.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: 413, contentType: 'reset', body: '' }) : reject(error),
    );
    req.end(options.body);
  });
}

interface Route {
  readonly op: AnyOperation;
  readonly who: keyof typeof tokens | undefined;
  readonly params: Record<string, string>;
  readonly body?: Record<string, unknown>;
}

/** Each route with a caller of a role it admits, real ids and a valid body: the hostile part is then the only thing wrong. */
function routeFor(op: AnyOperation): Route {
  const registry = op.function === 'AdminApi';
  const params: Record<string, string> = {
    id: registry
      ? op.path.startsWith('/public/bodies')
        ? 'vgr'
        : 'angereds-narsjukhus'
      : op.path.startsWith('/iop')
        ? ids.iopCase
        : op.path.includes('/matches/')
          ? ids.matchCase
          : ids.notice,
  };
  params.orgId = Eva.org;
  params.noticeId = ids.notice;
  params.questionId = 'Q-00000000';
  params.sub = IopDemoUsers.healthcareAlingsas.sub;
  const who =
    op.auth === 'none'
      ? undefined
      : registry
        ? 'admin'
        : op.path.startsWith('/iop')
          ? 'hc'
          : op.path.startsWith('/bidders') || op.path.startsWith('/procurement/matches')
            ? 'eva'
            : 'staff';
  const bodies: Record<string, Record<string, unknown>> = {
    'POST /iop/cases': { ...DemoIopCase, title: 'Fientlig' },
    'POST /iop/cases/{id}/actions': { type: 'record-meeting', date: '2026-12-01', participants: ['Sara Lindqvist'], notes: 'Anteckningar' },
    'POST /procurement/notices': noticeInput(new Date(), { title: 'Fientlig' }),
    'POST /procurement/notices/{id}/what-if': { kind: 'reserve', reservation: 'ideburna' },
    'PUT /bidders/{orgId}': { ...profileInput() },
    'POST /procurement/matches': { noticeId: ids.notice, orgId: Eva.org },
    'PUT /me/notification-preferences': { emailDelivery: 'both', language: 'sv' },
    'POST /procurement/matches/{id}/actions': { type: 'submit-tender' },
    'POST /procurement/notices/{id}/questions': { text: 'En fråga' },
    'POST /procurement/notices/{id}/questions/{questionId}/answer': { text: 'Ett svar' },
    'POST /admin/organisations': { kind: 'unit', name: 'Fientlig enhet', unitType: 'vardcentral' },
    // A stale version: even the valid body changes nothing.
    'PUT /admin/organisations/{id}': { expectedVersion: 9_999, name: 'Fientlig' },
    'POST /admin/users': { email: 'fientlig@example.org', name: 'Fientlig', role: 'healthcare', org: 'angereds-narsjukhus' },
    'PUT /admin/users/{sub}': { role: 'healthcare' },
    // A time in the past: even if a probe got through, it would be refused, never stored.
    'POST /procurement/tender-schools': { title: 'Fientlig skola', startsAt: '2020-01-01T09:00:00+01:00', place: 'Borås', noticeIds: [ids.notice] },
    'POST /procurement/tender-schools/{id}/invitations': { orgIds: [Eva.org] },
    'POST /procurement/tender-schools/{id}/cancel': { reason: 'Fientlig' },
    'POST /procurement/tender-schools/{id}/attendance': { attendance: [{ orgId: Eva.org, attended: true }] },
    'POST /procurement/tender-schools/{id}/answer': { coming: true },
    'POST /public/bodies/{id}/interest': { organisationName: 'Fientlig förening', contactName: 'Fientlig', email: 'fientlig@example.org', idea: 'En idé' },
  };
  const body = bodies[routeKeyOf(op)];
  if (op.body) expect(body, `a valid body for ${routeKeyOf(op)}`).toBeDefined();
  return { op, who, params, body };
}

const pathOf = (route: Route, params: Record<string, string> = route.params, suffix = '') =>
  route.op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '') + suffix;

/** Sends and judges: no 5xx, 4xx as problem+json, 2xx as the contract's view; a hostile write that is not refused is listed. */
async function probe(route: Route, what: string, path: string, options: Parameters<typeof send>[2] & { mustRefuse?: boolean } = {}): Promise<void> {
  const sent = await send(route.op.method, path, { token: route.who && tokens[route.who], ...options });
  requests++;
  const said = `${route.op.method} ${path.slice(0, 120)} [${what}] → ${sent.status} ${JSON.stringify(sent.body).slice(0, 160)}`;
  if (sent.status >= 500) faults.push(`5xx: ${said}`);
  else if (sent.status >= 400 && sent.contentType !== 'application/problem+json' && sent.contentType !== 'reset') faults.push(`not problem+json: ${said}`);
  else if (sent.status < 300) {
    const mismatch = contractMismatch(route.op.method, path, sent.status, sent.body);
    if (mismatch) faults.push(`leak: ${said}: ${mismatch}`);
    if (options.mustRefuse) faults.push(`accepted: ${said}`);
  }
}

const HostileIds = [
  'x'.repeat(257),
  'x'.repeat(5000),
  '..',
  '../..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e',
  '..%5C..%5Cwindows',
  '%00',
  'abc%00def',
  '%ZZ',
  '%',
  '%E2%82',
  '%C3',
  '%F0%9F%98',
  encodeURIComponent('іор-демо'),
  encodeURIComponent('ｉｏｐ－ｃａｓｅ'),
  encodeURIComponent('a\u202Eb\u200Dc'),
  '%23sk%23ORGANISATION',
  'ORG%23vgr',
  '%27%20OR%201%3D1--',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '__proto__',
  'constructor',
];
const PathSuffixes = ['/', '//', '/..', ';jsessionid=1', '%00', '%2F', '.json', '%3F'];
const HostileQueries = [
  'limit=999999999999999999999',
  'limit=-1',
  'limit=0',
  'limit=1e400',
  'limit=NaN',
  'limit=Infinity',
  'limit=0x10',
  'limit[]=1',
  'limit=1&limit=2',
  'after=-5',
  'after=abc',
  `after=${'9'.repeat(5000)}`,
  'stage=__proto__',
  'stage[]=dialogue',
  'stage=dialogue&stage=approval',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  'toString=1&hasOwnProperty=1&valueOf=1',
  `q=${'x'.repeat(8000)}`,
  'limit=%00',
  'limit=%ZZ',
];

/** Hostile versions of a valid body, each a raw text that must be refused. */
function hostileBodies(valid: Record<string, unknown>): [string, string | Buffer][] {
  const json = JSON.stringify(valid);
  const inner = json.slice(1, -1);
  const [firstKey] = Object.keys(valid);
  const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  const bodies: [string, string | Buffer][] = [
    ['__proto__ first', `{"__proto__":{"polluted":"yes","role":"admin"},${inner}}`],
    ['__proto__ last', `{${inner},"__proto__":{"polluted":"yes"}}`],
    ['constructor.prototype', `{${inner},"constructor":{"prototype":{"polluted":"yes"}}}`],
    ['deep object nesting', `{${inner},"x":${nested(20_000)}}`],
    ['deep array nesting', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['a 300 kB body', `{${inner},"x":"${'x'.repeat(300_000)}"}`],
    ['an 11 MB body', Buffer.alloc(11 * 1024 * 1024, 'x')],
    ['duplicate key, the hostile value last', `{${inner},"${firstKey}":{"$ne":null}}`],
    ['not JSON: cut', json.slice(0, -3)],
    ['not JSON: single quotes', json.replaceAll('"', "'")],
    ['not JSON: trailing garbage', `${json}garbage`],
    ['JSON with a BOM', `\uFEFF${json}`],
    ['JSON null', 'null'],
    ['JSON array', `[${json}]`],
    ['JSON string', JSON.stringify(json)],
    ['JSON number', '1e999'],
    ['XML', '<?xml version="1.0"?><a>1</a>'],
    ['a form', 'a=1&b=2'],
    ['a NUL byte', '\u0000'],
    ['whitespace only', ' \n\t '],
  ];
  for (const [key, value] of Object.entries(valid)) {
    if (typeof value === 'string') bodies.push([`${key}: 250 kB string`, JSON.stringify({ ...valid, [key]: 'x'.repeat(250_000) })]);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      bodies.push([
        `${key}.__proto__`,
        JSON.stringify({ ...valid, [key]: '@@' }).replace('"@@"', `{"__proto__":{"polluted":"yes"},${JSON.stringify(value).slice(1)}`),
      ]);
    }
    // Every other JSON type in the field's place; for a number, a negative fraction (no field takes one).
    const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    const wrongs = [null, 12, 'text', true, [], {}].filter((w) => kindOf(w) !== kindOf(value));
    for (const wrong of typeof value === 'number' ? [...wrongs, -1.5] : wrongs) {
      bodies.push([`${key}: ${JSON.stringify(wrong)}`, JSON.stringify({ ...valid, [key]: wrong })]);
    }
  }
  return bodies;
}

const WrongContentTypes: (string | null)[] = [
  null,
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonx',
  'text/json',
  'application/javascript',
  '',
];

const versions = async () => {
  const hc = tokens.hc!;
  const iop = (await send('GET', `/iop/cases/${ids.iopCase}`, { token: hc })).body as { version: number };
  const match = (await send('GET', `/procurement/matches/${ids.matchCase}`, { token: tokens.eva })).body as { version: number };
  return [iop.version, match.version];
};

beforeAll(async () => {
  api = await startTestRuntime({ seed: false });
  port = Number(new URL(api.runtime.url).port);
  const mint = (u: { sub: string; name: string; role: 'healthcare' | 'civil' | 'procurement' | 'admin'; org: string }) => api.runtime.token(u);
  tokens.hc = await mint(IopDemoUsers.healthcareAngered);
  tokens.eva = await mint(Eva);
  tokens.staff = await mint(IopDemoUsers.procurement);
  tokens.admin = await mint(IopDemoUsers.admin);
  const hc = await api.as(IopDemoUsers.healthcareAngered);
  const staff = await api.as(IopDemoUsers.procurement);
  const eva = await api.as(Eva);
  ids.iopCase = (await mustPost(api, hc, '/iop/cases', { ...DemoIopCase, title: 'Mål för fientlig indata' })).body.id;
  for (const u of [IopDemoUsers.civilRodaKorset, IopDemoUsers.civilGoteborgsStadsmission]) {
    await mustPost(api, await api.as(u), `/iop/cases/${ids.iopCase}/actions`, { type: 'accept-invitation' });
  }
  ids.notice = (await mustPost(api, staff, '/procurement/notices', noticeInput(await clockNow(api)))).body.id;
  expect((await eva.put(`/bidders/${Eva.org}`, profileInput())).status).toBeLessThan(300);
  ids.matchCase = (await mustPost(api, eva, '/procurement/matches', { noticeId: ids.notice, orgId: Eva.org })).body.id;
  await mustPost(api, staff, `/procurement/matches/${ids.matchCase}/actions`, { type: 'acknowledge' });
  await idle(api);
}, 120_000);

afterAll(async () => api?.runtime.stop());

/** Runs one route's probes and checks that nothing was written meanwhile. */
async function batch(route: Route, probes: (() => Promise<void>)[]): Promise<void> {
  await idle(api);
  const [writesBefore, versionsBefore] = [tableWrites(api), await versions()];
  await inPool(probes, 4);
  await idle(api);
  const [writesAfter, versionsAfter] = [tableWrites(api), await versions()];
  if (writesAfter !== writesBefore) faults.push(`${routeKeyOf(route.op)}: ${writesAfter - writesBefore} DynamoDB writes under hostile input`);
  expect(versionsAfter, `${routeKeyOf(route.op)}: case versions`).toEqual(versionsBefore);
}

describe.each(AllOperations.map((op) => ({ key: routeKeyOf(op), op })))('$key under hostile input', ({ op }) => {
  it('hostile ids and path suffixes: a 4xx problem, never a 5xx, nothing written', async () => {
    const route = routeFor(op);
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const body = route.body && JSON.stringify(route.body);
    const probes = [
      // A literal `..` is a dot segment: the server resolves it like any URL, so a GET may land on another route the caller may read.
      ...names.flatMap((name) =>
        HostileIds.map((id) => () => {
          const mustRefuse = route.op.method !== 'GET' || !id.startsWith('..');
          return probe(route, `id ${id.slice(0, 20)}`, pathOf(route, { ...route.params, [name]: id }), { body, mustRefuse });
        }),
      ),
      ...PathSuffixes.map(
        (suffix) => () => probe(route, `suffix ${suffix}`, pathOf(route, route.params, suffix), { body, mustRefuse: route.op.method !== 'GET' }),
      ),
    ];
    await batch(route, probes);
  });

  it('hostile query strings: never a 5xx; a limit out of range is a 400', async () => {
    const route = routeFor(op);
    const body = route.body && JSON.stringify(route.body);
    await batch(
      route,
      HostileQueries.map((query) => async () => {
        // A write route gets its body with one unknown field: refused, so the query cannot write either way.
        const refused = route.op.method === 'GET' ? undefined : `{${body?.slice(1, -1)},"x":1}`;
        await probe(route, `query ${query.slice(0, 30)}`, `${pathOf(route)}?${query}`, { body: refused, mustRefuse: refused !== undefined });
        const shape = op.query as { shape?: Record<string, unknown> } | undefined;
        if (shape?.shape?.limit && /^limit=(-1|0|999\d*|1e400|NaN|Infinity|1&limit=2|%00|%ZZ)$/.test(query)) {
          const answer = await send('GET', `${pathOf(route)}?${query}`, { token: route.who && tokens[route.who] });
          requests++;
          if (answer.status !== 400) faults.push(`GET ${pathOf(route)}?${query} → ${answer.status}, not 400`);
        }
      }),
    );
  });

  // Only routes that take a body get this one (no skipped tests for the others).
  if (op.body === undefined) return;
  it('hostile bodies and wrong content types: refused, never a 5xx, nothing written', async () => {
    const route = routeFor(op);
    const path = pathOf(route);
    const probes = [
      ...hostileBodies(route.body!).map(
        ([what, body]) =>
          () =>
            probe(route, what, path, { body, mustRefuse: true }),
      ),
      ...WrongContentTypes.map(
        (type) => () => probe(route, `content-type ${type}`, path, { body: JSON.stringify(route.body), contentType: type, mustRefuse: true }),
      ),
    ];
    await batch(route, probes);
    // Handlers run in this process: a polluted prototype would show here.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('hostile input, all routes', () => {
  it('met no 5xx, no leak, no accepted hostile write', () => {
    const count = (kind: string) => faults.filter((f) => f.startsWith(kind)).length;
    console.log(`hostile input: ${requests} requests, ${count('5xx')} answered 5xx, ${count('leak')} leaks, ${count('accepted')} hostile writes accepted`);
    expect(faults).toEqual([]);
  });
});
