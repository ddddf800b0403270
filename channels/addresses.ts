/**
 * Where an alarm can reach a person: the one definition of a person's address on each alert
 * channel, read by the loader (PB045: a stage that reaches nobody), the analysis (detection must
 * reach a person) and the stack (who is subscribed where), so the three can never disagree.
 *
 * - Telegram: a numeric chat id. A bot can message a person only in a chat the person opened with
 *   it, by that chat's id (Bot API sendMessage `chat_id`: "Unique identifier for the target chat or
 *   username of the target channel"); an @username names channels, never people.
 * - E-mail: an address with a domain.
 * - SMS, and calls (sent as an SMS to the same number; the call itself stays a human step): a
 *   phone number in international (E.164) form, from an `sms` contact first, then `phone`.
 * - Webhook: not a person's; the channel's own https:// address.
 * - Anything else (WhatsApp, Slack, a site banner, a call tree) cannot be posted to by AWS alarms.
 */

export interface ContactLike {
  readonly kind: string;
  readonly value: string;
}

/** The channel kinds an AWS alarm can deliver to, and how the stack subscribes each. */
export const ALARM_CHANNELS = {
  telegram: 'telegram',
  email: 'email',
  sms: 'sms',
  phone: 'sms',
  webhook: 'https',
} as const;
export type AlarmChannelKind = keyof typeof ALARM_CHANNELS;
export type Delivery = (typeof ALARM_CHANNELS)[AlarmChannelKind];

export const PERSON_CHAT_ID = /^\d{1,20}$/;
export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const HTTPS = /^https:\/\/\S+$/;

export function isAlarmChannel(kind: string): kind is AlarmChannelKind {
  return Object.prototype.hasOwnProperty.call(ALARM_CHANNELS, kind);
}

/** "+7 900 000-10-01" -> "+79000001001"; undefined when it is not an international number. */
export function e164(phone: string): string | undefined {
  const digits = phone.replace(/[\s().-]/g, '');
  return E164.test(digits) ? digits : undefined;
}

export function isHttpsAddress(address: string | undefined): boolean {
  return address !== undefined && HTTPS.test(address);
}

/**
 * The person's address for an alarm over a channel of `kind`, or undefined when they have none
 * (webhooks are the channel's own address: see isHttpsAddress).
 */
export function personAddress(contacts: readonly ContactLike[], kind: string): string | undefined {
  const values = (k: string) => contacts.filter((c) => c.kind === k).map((c) => c.value.trim());
  switch (kind) {
    case 'telegram':
      return values('telegram').find((v) => PERSON_CHAT_ID.test(v));
    case 'email':
      return values('email').find((v) => EMAIL.test(v));
    case 'sms':
    case 'phone':
      return [...values('sms'), ...values('phone')].map(e164).find((v) => v !== undefined);
    default:
      return undefined;
  }
}

/** What a person must add to be reached over `kind`, for messages. */
export const ADDRESS_NEEDED: Readonly<Record<Exclude<AlarmChannelKind, 'webhook'>, string>> = {
  telegram: 'a numeric Telegram chat id (they send /start to the bot; the id is "chat":{"id":...} in https://api.telegram.org/bot<token>/getUpdates)',
  email: 'an e-mail address',
  sms: 'a phone number in international format (+7 900 000-00-00)',
  phone: 'a phone number in international format (+7 900 000-00-00)',
};
