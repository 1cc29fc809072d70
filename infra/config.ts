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
  /**
   * OAuth callback URLs of the web app besides its own distribution's (a
   * custom domain; in dev a local web app). Their origins may call the API.
   */
  readonly webCallbackUrls: readonly string[];
  /** AWS WAF in front of the distribution (and so the API) and the user pool. */
  readonly waf: boolean;
  /** The domain notifications are mailed from: an SES identity whose DKIM records the domain's DNS must carry. */
  readonly mailFromDomain: string;
}

export const ContextKeys = {
  stage: 'stage',
  region: 'region',
  maxTermMonths: 'iop:maxTermMonths',
  alarmEmail: 'alarmEmail',
  webCallbackUrls: 'webCallbackUrls',
  waf: 'waf',
  mailFromDomain: 'mailFromDomain',
} as const;

/**
 * The one stage that may name a local web app (http://localhost:3000) as a
 * callback URL and CORS origin: in any deployed stage a localhost origin would
 * let any page served on a user's machine call the API with their session.
 */
export const LocalDevStage = 'dev';

/** The defaults, which are those of the dev stage (cdk.json). */
export const DefaultConfig: StackConfig = {
  stage: LocalDevStage,
  region: 'eu-north-1',
  maxTermMonths: 60,
  alarmEmail: '',
  webCallbackUrls: ['http://localhost:3000/auth/callback'],
  waf: false,
  mailFromDomain: 'iop.example.org',
};

/** Reads the context; `--context` values arrive as strings, so numbers, flags and lists are parsed here. */
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
  const isDev = stage === LocalDevStage;
  const webCallbackUrls = parseList(get(ContextKeys.webCallbackUrls)) ?? (isDev ? DefaultConfig.webCallbackUrls : []);
  checkWebCallbackUrls(stage, webCallbackUrls);
  return {
    stage,
    region: String(get(ContextKeys.region) ?? DefaultConfig.region),
    maxTermMonths,
    alarmEmail: String(get(ContextKeys.alarmEmail) ?? DefaultConfig.alarmEmail),
    webCallbackUrls,
    // On wherever real users are; dev saves the fixed monthly fee (README).
    waf: parseFlag(get(ContextKeys.waf), ContextKeys.waf) ?? !isDev,
    mailFromDomain: String(get(ContextKeys.mailFromDomain) ?? DefaultConfig.mailFromDomain),
  };
}

/**
 * Refuses callback URLs a deployed stage must not carry: outside dev every
 * one must be https:// on a real host, never localhost or a loopback address.
 */
export function checkWebCallbackUrls(stage: string, urls: readonly string[]): void {
  for (const text of urls) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error(`Context "${ContextKeys.webCallbackUrls}" holds "${text}", which is not a URL`);
    }
    if (stage === LocalDevStage) continue;
    if (url.protocol !== 'https:' || isLoopback(url.hostname)) {
      throw new Error(
        `Context "${ContextKeys.webCallbackUrls}" holds "${text}": only the ${LocalDevStage} stage may name http:// or localhost URLs, not "${stage}"`,
      );
    }
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0';
}

function parseFlag(value: unknown, key: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new Error(`Context "${key}" must be true or false, got "${String(value)}"`);
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
