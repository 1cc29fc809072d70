import type { Node } from 'constructs';

/**
 * Environment-specific settings, read once from CDK context (cdk.json or
 * `--context key=value`) so constructs receive plain typed values.
 */
export interface StackConfig {
  /** Deployment stage, e.g. dev or prod; part of every physical name. */
  readonly stage: string;
  readonly region: string;
  /** Longest IOP agreement term in months (default 60, five years). */
  readonly maxTermMonths: number;
  /** Where alarms are mailed; empty means no e-mail subscription. */
  readonly alarmEmail: string;
  /** OAuth callback and sign-out URLs of the web app. */
  readonly webCallbackUrls: readonly string[];
}

export const ContextKeys = {
  stage: 'stage',
  region: 'region',
  maxTermMonths: 'iop:maxTermMonths',
  alarmEmail: 'alarmEmail',
  webCallbackUrls: 'webCallbackUrls',
} as const;

export const DefaultConfig: StackConfig = {
  stage: 'dev',
  region: 'eu-north-1',
  maxTermMonths: 60,
  alarmEmail: '',
  webCallbackUrls: ['http://localhost:3000/auth/callback'],
};

/** Reads the context; `--context` values arrive as strings, so numbers and lists are parsed here. */
export function readStackConfig(node: Node): StackConfig {
  const get = (key: string): unknown => node.tryGetContext(key);
  const stage = String(get(ContextKeys.stage) ?? DefaultConfig.stage);
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage)) {
    throw new Error(`Context "stage" must be lower-case letters, digits or dashes (max 16), got "${stage}"`);
  }
  const maxTermMonths = Number(get(ContextKeys.maxTermMonths) ?? DefaultConfig.maxTermMonths);
  if (!Number.isInteger(maxTermMonths) || maxTermMonths < 1) {
    throw new Error(`Context "${ContextKeys.maxTermMonths}" must be a positive integer`);
  }
  return {
    stage,
    region: String(get(ContextKeys.region) ?? DefaultConfig.region),
    maxTermMonths,
    alarmEmail: String(get(ContextKeys.alarmEmail) ?? DefaultConfig.alarmEmail),
    webCallbackUrls: parseList(get(ContextKeys.webCallbackUrls)) ?? DefaultConfig.webCallbackUrls,
  };
}

function parseList(value: unknown): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String);
  const text = String(value).trim();
  if (text.startsWith('[')) return (JSON.parse(text) as unknown[]).map(String);
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Prefix of every physical name in the stack, e.g. "iop-dev-". */
export const namePrefixOf = (stage: string): string => `iop-${stage}-`;
