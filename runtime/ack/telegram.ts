/**
 * Telegram's side of acknowledging: the webhook's secret-token check and the button's data.
 *
 * Telegram sends the secret given to setWebhook in `X-Telegram-Bot-Api-Secret-Token` on every
 * update; without it anyone who finds the function URL could acknowledge. Compared in constant
 * time (over SHA-256 digests, so the lengths match and the length leaks nothing either).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined || expected.length === 0) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The button's callback data: `ack:` and a short id of the incident (Telegram allows 64 bytes). */
export function ackData(incident: string): string {
  return `ack:${shortIncidentId(incident)}`;
}

export function shortIncidentId(incident: string): string {
  return createHash('sha256').update(incident).digest('base64url').slice(0, 22);
}

export interface TelegramPress {
  callbackId: string;
  /** The Telegram user who pressed, as a numeric id string. */
  from: string;
  shortId: string;
}

export interface TelegramText {
  from: string;
  chat: string;
  text: string;
}

/** Reads an update: a button press, a text message, or neither (ignored). */
export function readUpdate(body: string): { press?: TelegramPress; text?: TelegramText } {
  let u: Record<string, any>;
  try {
    u = JSON.parse(body) as Record<string, any>;
  } catch {
    return {};
  }
  const q = u?.callback_query;
  if (q && typeof q.id === 'string' && typeof q.data === 'string' && q.from && Number.isSafeInteger(q.from.id)) {
    const m = /^ack:([A-Za-z0-9_-]{22})$/.exec(q.data);
    if (m) return { press: { callbackId: q.id, from: String(q.from.id), shortId: m[1]! } };
  }
  const msg = u?.message;
  if (
    msg &&
    typeof msg.text === 'string' &&
    msg.from &&
    Number.isSafeInteger(msg.from.id) &&
    msg.chat &&
    Number.isSafeInteger(msg.chat.id)
  ) {
    return { text: { from: String(msg.from.id), chat: String(msg.chat.id), text: msg.text } };
  }
  return {};
}
