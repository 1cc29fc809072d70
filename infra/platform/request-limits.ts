import { type RouteSpec, routeKeyOf } from '../../shared/platform/http/routes.js';

/** API Gateway throttling: requests per second (steady) and the burst a token bucket allows. */
export interface Throttle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * Every request limit of the product, declared here only. API Gateway's are
 * per route for all callers together (they cap cost and protect the table);
 * AWS WAF's are per client IP (they stop one client from using up the rest).
 */
export const ApiThrottling = {
  /** Every route not named below: enough for a region's case workers, low enough to cap a runaway client's cost. */
  default: { rateLimit: 50, burstLimit: 100 },
  /** Unauthenticated routes (liveness, API description, open data): anyone may call them, so they get the least. */
  public: { rateLimit: 10, burstLimit: 20 },
  /** Routes that compute matches over every bidder or notice: the most Lambda time and table reads per call. */
  compute: { rateLimit: 5, burstLimit: 10 },
} as const satisfies Record<string, Throttle>;

/** The computing routes (route keys of the shared route list); a test checks that each one exists. */
export const ComputeRoutes: readonly string[] = ['POST /procurement/notices', 'POST /procurement/notices/{id}/what-if', 'PUT /bidders/{orgId}'];

/** The throttle of one route: public routes first, since anyone can call them. */
export function throttleOf(route: RouteSpec): Throttle {
  if (route.auth === 'none') return ApiThrottling.public;
  if (ComputeRoutes.includes(routeKeyOf(route))) return ApiThrottling.compute;
  return ApiThrottling.default;
}

/**
 * AWS WAF rate-based rules: requests per client IP within the window; an IP
 * over the limit is blocked until its rate falls below it again.
 */
export const WafRateLimits = {
  evaluationWindowSeconds: 300,
  /** The web app and its API through CloudFront: a page load is a few files and API calls, and offices share one IP. */
  cloudFront: 2000,
  /** Cognito sign-in: one sign-in takes under ten requests, so more from one IP is guessing passwords. */
  userPool: 500,
} as const;
