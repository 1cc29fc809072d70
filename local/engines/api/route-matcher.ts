import { ValidationError } from '../../../shared/platform/errors/domain-errors.js';
import { Routes, routeKeyOf, type RouteSpec } from '../../../shared/platform/http/routes.js';

export interface RouteMatch {
  readonly route: RouteSpec;
  readonly routeKey: string;
  readonly pathParameters: Record<string, string>;
}

interface CompiledRoute {
  route: RouteSpec;
  pattern: RegExp;
  names: string[];
}

/** Matches a request to a route template like API Gateway does ({name} is one path segment). */
export function createRouteMatcher(routes: readonly RouteSpec[] = Routes) {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path
      .split('/')
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(param[1]!);
        return '([^/]+)';
      })
      .join('/');
    return { route, pattern: new RegExp(`^${source}$`), names };
  });
  // Literal segments win over parameters, as in API Gateway.
  compiled.sort((a, b) => a.names.length - b.names.length);

  return function match(method: string, path: string): RouteMatch | undefined {
    for (const candidate of compiled) {
      if (candidate.route.method !== method) continue;
      const found = candidate.pattern.exec(path);
      if (!found) continue;
      const pathParameters: Record<string, string> = {};
      candidate.names.forEach((name, i) => {
        pathParameters[name] = decodePathSegment(found[i + 1]!);
      });
      return { route: candidate.route, routeKey: routeKeyOf(candidate.route), pathParameters };
    }
    return undefined;
  };
}

/** Broken percent-encoding (`%`, `%ZZ`, a cut UTF-8 sequence) is the caller's error: 400, as API Gateway answers. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ValidationError([{ path: 'path', message: 'The path is not valid percent-encoding.' }]);
  }
}
