/**
 * The address formats alert channels accept, each checked against the provider's own rule:
 *
 * - Telegram: a numeric chat id. A bot can message a person only in a chat the person opened with
 *   it, by that chat's id (Bot API sendMessage `chat_id`: "Unique identifier for the target chat or
 *   username of the target channel"); an @username names channels, never people.
 * - E-mail: an address with a domain.
 * - SMS: a phone number in international (E.164) form, which SNS requires for SMS.
 * - Webhook: an https:// address (SNS posts to http and https endpoints; Plan B allows only https).
 */
export const PERSON_CHAT_ID = /^\d{1,20}$/;
export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const HTTPS = /^https:\/\/\S+$/;

/** "+7 900 000-10-01" -> "+79000001001"; undefined when it is not an international number. */
export function e164(phone: string): string | undefined {
  const digits = phone.replace(/[\s().-]/g, '');
  return E164.test(digits) ? digits : undefined;
}

export function isHttpsAddress(address: string | undefined): boolean {
  return address !== undefined && HTTPS.test(address);
}

/** A value as it is when it matches the pattern, else undefined. */
export const matching =
  (pattern: RegExp) =>
  (value: string): string | undefined =>
    pattern.test(value) ? value : undefined;

/** The domain part of an e-mail address (after its last @). */
export function mailDomain(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  return at < 0 ? undefined : address.slice(at + 1);
}

/** The host of a URL or of a bare `host:port`. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url) ?? /^([^/:?#]+)/.exec(url);
  return m?.[1];
}
