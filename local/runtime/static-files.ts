import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { HttpResult } from '../../shared/platform/http/http-types.js';
import type { LocalRequest } from '../engines/api/local-api-server.js';
import { WebSecurityHeaders } from './web-security-headers.js';

const ContentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app like CloudFront in front of S3 does: files by path,
 * and index.html for client-side routes (page navigations to paths without a file extension),
 * each with the distribution's security headers.
 */
export function createStaticFiles(root: string, extraFiles: Record<string, () => unknown> = {}) {
  return async function staticFiles(request: LocalRequest): Promise<HttpResult | undefined> {
    // "/" is the app itself, like CloudFront's default root object.
    const path = request.url.pathname === '/' ? '/index.html' : decodeURIComponent(request.url.pathname);
    const extra = extraFiles[path];
    if (extra) {
      return {
        statusCode: 200,
        headers: { ...WebSecurityHeaders, 'content-type': 'application/json', 'cache-control': 'no-store' },
        body: JSON.stringify(extra()),
      };
    }
    const target = normalize(join(root, path));
    if (!target.startsWith(root + sep) && target !== root) return undefined;
    const file = await fileAt(target);
    if (file) return answer(file, target);
    // Only page navigations fall back to the app; an API client asking for an
    // unknown path gets the API's 404 problem instead of HTML.
    const wantsPage = String(request.headers.accept ?? '').includes('text/html');
    if (extname(path) === '' && wantsPage) {
      const index = join(root, 'index.html');
      const html = await fileAt(index);
      if (html) return answer(html, index);
    }
    return undefined;
  };
}

async function fileAt(path: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

function answer(content: Buffer, path: string): HttpResult {
  return {
    statusCode: 200,
    headers: {
      ...WebSecurityHeaders,
      'content-type': ContentTypes[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    },
    body: content.toString('base64'),
    isBase64Encoded: true,
  };
}
