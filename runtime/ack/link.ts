/**
 * Signed acknowledgement links for e-mail and SMS: `<base>?t=<payload>.<signature>`, where the
 * payload is base64url JSON {i: incident, p: person, s: stage, e: expiry (s), n: nonce} and the
 * signature HMAC-SHA256 over the payload with a key kept in SSM. A link works once (its nonce is
 * claimed in a used-nonce store) and only until it expires.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LinkClaim {
  incident: string;
  person: string;
  /** 1-based stage that sent the link. */
  stage: number;
  /** Expiry, seconds since epoch. */
  expires: number;
  nonce: string;
}

/** Links expire after a day: long enough to answer after a night, short enough to be useless later. */
export const LINK_TTL_SECONDS = 24 * 3600;

/** Remembers used nonces until they expire; `claim` is true only the first time. */
export interface NonceStore {
  claim(nonce: string, expires: number): Promise<boolean>;
}

export class MemoryNonceStore implements NonceStore {
  private readonly used = new Map<string, number>();

  async claim(nonce: string, expires: number): Promise<boolean> {
    if (this.used.has(nonce)) return false;
    this.used.set(nonce, expires);
    return true;
  }
}

function sign(payload: string, key: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

export function signLink(claim: LinkClaim, key: string): string {
  const payload = Buffer.from(
    JSON.stringify({ i: claim.incident, p: claim.person, s: claim.stage, e: claim.expires, n: claim.nonce }),
  ).toString('base64url');
  return `${payload}.${sign(payload, key).toString('base64url')}`;
}

export type LinkCheck = { ok: true; claim: LinkClaim } | { ok: false; reason: 'malformed' | 'forged' | 'expired' | 'used' };

/** Checks signature, then expiry, then claims the nonce: a replay is refused even before expiry. */
export async function verifyLink(token: string, key: string, nowSeconds: number, nonces: NonceStore): Promise<LinkCheck> {
  const m = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(m[2]!, 'base64url');
  if (given.length !== 32 || !timingSafeEqual(given, sign(m[1]!, key))) return { ok: false, reason: 'forged' };
  let raw: { i?: unknown; p?: unknown; s?: unknown; e?: unknown; n?: unknown };
  try {
    raw = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as typeof raw;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (
    typeof raw.i !== 'string' ||
    typeof raw.p !== 'string' ||
    typeof raw.s !== 'number' ||
    typeof raw.e !== 'number' ||
    typeof raw.n !== 'string'
  )
    return { ok: false, reason: 'malformed' };
  const claim: LinkClaim = { incident: raw.i, person: raw.p, stage: raw.s, expires: raw.e, nonce: raw.n };
  if (nowSeconds >= claim.expires) return { ok: false, reason: 'expired' };
  if (!(await nonces.claim(claim.nonce, claim.expires))) return { ok: false, reason: 'used' };
  return { ok: true, claim };
}
