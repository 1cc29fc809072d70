export { httpLambda } from './http-lambda.js';
export { httpLambdaWith } from './http-lambda-core.js';
export { route, ok } from './route.js';
export type { HttpEvent, HttpResult, RouteArgs, RouteAnswer, RouteDefinition } from './http-types.js';
export { problemResult, PROBLEM_CONTENT_TYPE } from './problem-document.js';
export { fieldErrorsOf } from './zod-issues.js';
export { Routes, routeKeyOf, type RouteSpec } from './routes.js';
