import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload, type CryptoKey } from 'jose';
import { isRole, type Role } from '../../../shared/platform/auth/actor.js';
import { ValidationError } from '../../../shared/platform/errors/domain-errors.js';
import { UnauthorizedError } from '../../../shared/platform/http/http-errors.js';

export const LOCAL_AUDIENCE = 'iop-workflows-local';
const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;
/** How far ahead of our clock an issuer's iat may be (clocks drift) before the token is refused. */
export const IAT_SKEW_SECONDS = 60;

/**
 * Token times (iat, nbf, exp) are read on the wall clock, never on the virtual
 * one: a token stands for a sign-in, which lasts real hours, while POST /dev/clock
 * moves business time (deadlines, reviews) by years. A token minted before a jump
 * stays valid until its real expiry, as Cognito's would.
 */
export const wallClockSeconds = (): number => Math.floor(Date.now() / 1000);

export interface TokenRequest {
  sub: string;
  name: string;
  role: Role;
  org: string;
}

/**
 * Mints and verifies ID tokens locally the way Cognito and the API Gateway JWT
 * authorizer do in AWS: RS256, issuer and audience checked, exp required, nbf
 * honoured, an iat in the future refused; claims in
 * Cognito's shape (custom:role, custom:org). The key pair is kept in the data
 * folder so tokens stay valid across restarts.
 */
export class LocalTokenAuthority {
  private constructor(
    readonly issuer: string,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly publicJwk: JWK,
  ) {}

  static async create(issuer: string, dataPath?: string): Promise<LocalTokenAuthority> {
    const file = dataPath ? join(dataPath, 'local-signing-key.json') : undefined;
    if (file && existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
      return new LocalTokenAuthority(
        issuer,
        (await importJWK(saved.privateJwk, 'RS256')) as CryptoKey,
        (await importJWK(saved.publicJwk, 'RS256')) as CryptoKey,
        saved.publicJwk,
      );
    }
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'local-1', alg: 'RS256', use: 'sig' };
    if (file && dataPath) {
      mkdirSync(dataPath, { recursive: true });
      writeFileSync(file, JSON.stringify({ privateJwk: await exportJWK(privateKey), publicJwk }), { mode: 0o600 });
    }
    return new LocalTokenAuthority(issuer, privateKey, publicKey, publicJwk);
  }

  /** Checks a /dev/token request body; bad input is a 400 naming the field. */
  static parseRequest(body: unknown): TokenRequest {
    const errors: { path: string; message: string }[] = [];
    const value = (body ?? {}) as Record<string, unknown>;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ValidationError([{ path: '(body)', message: 'Send {sub, name, role, org}.' }]);
    }
    for (const field of ['sub', 'name', 'org'] as const) {
      if (typeof value[field] !== 'string' || (value[field] as string).trim() === '') errors.push({ path: field, message: 'Required text.' });
    }
    if (!isRole(value.role)) errors.push({ path: 'role', message: 'One of healthcare, civil, approver, procurement, admin.' });
    for (const key of Object.keys(value)) if (!['sub', 'name', 'role', 'org'].includes(key)) errors.push({ path: key, message: 'Unknown field.' });
    if (errors.length) throw new ValidationError(errors);
    return value as unknown as TokenRequest;
  }

  /** A token as Cognito issues it: always with iat and exp. */
  async mint(request: TokenRequest, nowSeconds = wallClockSeconds(), lifetimeSeconds = TOKEN_LIFETIME_SECONDS): Promise<string> {
    return new SignJWT({ name: request.name, 'custom:role': request.role, 'custom:org': request.org, token_use: 'id' })
      .setProtectedHeader({ alg: 'RS256', kid: 'local-1', typ: 'JWT' })
      .setSubject(request.sub)
      .setIssuer(this.issuer)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + lifetimeSeconds)
      .sign(this.privateKey);
  }

  /** Verifies like the API Gateway JWT authorizer; any failure is a 401 saying which check failed. */
  async verify(token: string, nowSeconds = wallClockSeconds()): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, {
        issuer: this.issuer,
        audience: LOCAL_AUDIENCE,
        algorithms: ['RS256'],
        requiredClaims: ['exp'],
        currentDate: new Date(nowSeconds * 1000),
      }));
    } catch (error) {
      throw new UnauthorizedError(rejection(error));
    }
    // jose checks iat only with maxTokenAge; the authorizer refuses a token issued in the future.
    if (payload.iat !== undefined && payload.iat > nowSeconds + IAT_SKEW_SECONDS) throw new UnauthorizedError('The token is issued in the future (iat).');
    return payload;
  }
}

/** What to tell the caller; nothing about keys or the token's content. */
function rejection(error: unknown): string {
  const { code, claim, reason } = error as { code?: string; claim?: string; reason?: string };
  if (code === 'ERR_JWT_EXPIRED') return 'Your token has expired; get a new one.';
  if (claim === 'exp' && reason === 'missing') return 'The token has no expiry (exp); get a new one.';
  if (claim === 'nbf') return 'The token is not valid yet (nbf).';
  return 'The token is not valid.';
}
