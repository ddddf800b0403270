/**
 * Alert channels as drivers: one entry per channel kind of the blueprint, declaring where an alarm
 * reaches a person on it, whether and how AWS delivers it, the secret it needs and what it cannot
 * do (declared, as octoDNS providers declare what they support). The loader, the analysis, the
 * documents, the status page and the stack all read this table, so a new kind is one entry here
 * (plus its schema enum value and its words): `satisfies Record<ChannelKind, ...>` makes `tsc`
 * fail until it is written, and nothing turns an unknown kind into "cannot be reached" by default.
 */
import type { ChannelKind, Contact } from '../model/model';
import { e164, EMAIL, hostOf, isHttpsAddress, mailDomain, matching, PERSON_CHAT_ID } from './formats';

/** The person's own address: the first of their contacts of these kinds that parses. */
export interface PersonAddressRule {
  readonly of: 'person';
  readonly contacts: readonly Contact['kind'][];
  readonly parse: (value: string) => string | undefined;
  /** What a person lacks when none parses, for notes ("e-mail address"). */
  readonly lacking: string;
  /** How to get it, when that is not obvious (appended to the note). */
  readonly howToGet?: string;
}

/** The channel's own address (a webhook): every person on the stage is reached through it. */
export interface ChannelAddressRule {
  readonly of: 'channel';
  readonly valid: (address: string | undefined) => boolean;
  /** What the address must be, for errors and notes ("an https:// address"). */
  readonly needs: string;
}

/** Where an alarm goes on the channel. */
export type AddressRule = PersonAddressRule | ChannelAddressRule | { readonly of: 'nobody' };

/**
 * How AWS delivers an alarm over the channel. The pager function sends every page itself
 * (runtime/entry/deps.ts): e-mail through SES v2, SMS through SNS Publish to the number, a webhook
 * by an HTTPS POST, Telegram through the Bot API. The `sns` protocol also says whether the plain
 * "pager failing" topic can reach a person this way when the pager itself fails (e-mail and SMS).
 */
export type AwsDelivery =
  | { readonly by: 'sns'; readonly protocol: 'email' | 'sms' | 'https' }
  | { readonly by: 'lambda'; readonly sender: 'telegram' };

/** What a channel cannot do, declared so that every reader treats it alike. */
export type Limitation =
  /** AWS alarms cannot post to it: the analysis counts nobody reached, the stack subscribes nobody. */
  | 'no-aws-delivery'
  /** SNS cannot place a call: the alarm goes as an SMS to the same number; the call stays a human step. */
  | 'no-call'
  /** A text longer than one SMS arrives split into parts (the messages sheet says how many). */
  | 'splits-long-text'
  /** Its address is not a way for customers to reach the business (the status page leaves it out). */
  | 'not-for-customers';

/** A channel AWS alarms deliver to: at a person's address or at the channel's own. */
export interface DeliveringDriver {
  readonly address: PersonAddressRule | ChannelAddressRule;
  readonly aws: AwsDelivery;
  /** The secret the sender needs: its Pulumi config key and environment variable (names only). */
  readonly secret?: { readonly config: string; readonly env: string };
  /**
   * The host the channel's own address is at (a team mailbox's domain, a webhook's host): the
   * channel goes down with the blueprint domain that host is at (PB151).
   */
  readonly addressHost?: (address: string) => string | undefined;
  readonly cannot: readonly Limitation[];
}

/** A channel people use by hand (WhatsApp, a banner): `cannot` includes `no-aws-delivery`. */
export interface ManualDriver {
  readonly address: { readonly of: 'nobody' };
  readonly aws?: undefined;
  readonly secret?: undefined;
  readonly addressHost?: undefined;
  readonly cannot: readonly Limitation[];
}

export type ChannelDriver = DeliveringDriver | ManualDriver;

const PHONE_NUMBER = {
  of: 'person',
  contacts: ['sms', 'phone'],
  parse: e164,
  lacking: 'phone number in international format',
} as const satisfies AddressRule;

const NOBODY = { of: 'nobody' } as const satisfies AddressRule;

export const CHANNEL_DRIVERS = {
  telegram: {
    address: {
      of: 'person',
      contacts: ['telegram'],
      parse: matching(PERSON_CHAT_ID),
      lacking: 'numeric Telegram chat id',
      howToGet:
        ' (a bot cannot message an @username); ask them to send /start to the bot, read "chat":{"id":...} from ' +
        'https://api.telegram.org/bot<token>/getUpdates, add it as another telegram contact',
    },
    aws: { by: 'lambda', sender: 'telegram' },
    secret: { config: 'planb:telegramBotToken', env: 'PLANB_TELEGRAM_BOT_TOKEN' },
    cannot: [],
  },
  email: {
    address: { of: 'person', contacts: ['email'], parse: matching(EMAIL), lacking: 'e-mail address' },
    aws: { by: 'sns', protocol: 'email' },
    addressHost: mailDomain,
    cannot: [],
  },
  sms: { address: PHONE_NUMBER, aws: { by: 'sns', protocol: 'sms' }, cannot: ['splits-long-text', 'not-for-customers'] },
  phone: { address: PHONE_NUMBER, aws: { by: 'sns', protocol: 'sms' }, cannot: ['no-call'] },
  webhook: {
    address: { of: 'channel', valid: isHttpsAddress, needs: 'an https:// address' },
    aws: { by: 'sns', protocol: 'https' },
    addressHost: hostOf,
    cannot: ['not-for-customers'],
  },
  whatsapp: { address: NOBODY, cannot: ['no-aws-delivery'] },
  slack: { address: NOBODY, cannot: ['no-aws-delivery'] },
  'site-banner': { address: NOBODY, cannot: ['no-aws-delivery', 'not-for-customers'] },
  'status-page': { address: NOBODY, cannot: ['no-aws-delivery', 'not-for-customers'] },
  social: { address: NOBODY, cannot: ['no-aws-delivery'] },
  other: { address: NOBODY, cannot: ['no-aws-delivery'] },
} as const satisfies Record<ChannelKind, ChannelDriver>;

/** For unchecked input (the loader's semantic checks run on untyped data). */
export function isChannelKind(kind: unknown): kind is ChannelKind {
  return typeof kind === 'string' && Object.hasOwn(CHANNEL_DRIVERS, kind);
}

export function driverOf(kind: ChannelKind): ChannelDriver {
  return CHANNEL_DRIVERS[kind];
}

export function cannot(kind: ChannelKind, limitation: Limitation): boolean {
  return driverOf(kind).cannot.includes(limitation);
}

/** How the alert stack names an AWS delivery: the SNS protocol, or the Lambda sender. */
export type AwsChannel = 'email' | 'sms' | 'https' | 'telegram';

export function deliveredAs(delivery: AwsDelivery): AwsChannel {
  return delivery.by === 'sns' ? delivery.protocol : delivery.sender;
}

/** The kinds AWS alarms deliver to (the rest are used by hand). */
export type DeliveringKind = { [K in ChannelKind]: (typeof CHANNEL_DRIVERS)[K] extends { aws: AwsDelivery } ? K : never }[ChannelKind];
