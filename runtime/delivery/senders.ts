/**
 * Senders: how a page reaches one address over one kind of channel. Each throws on failure (a
 * non-2xx answer included) so the retry and the breaker see it.
 *
 * Telegram goes to the Bot API (`sendMessage` with an inline "I'm on it" button); e-mail and SMS
 * go through SES v2 and SNS (runtime/aws/senders.ts) with the signed acknowledgement link in the
 * text; a webhook channel gets the page as JSON posted to its own https:// address. The Bot API
 * base is configuration, so tests point it at a server on 127.0.0.1.
 */
import type { ChannelKind } from '../../model/model';
import type { Reach } from '../config';
import type { HttpClient } from '../ports';

export interface PageMessage {
  text: string;
  /** Telegram callback data of the acknowledgement button (at most 64 bytes). */
  ackData: string;
  /** The signed acknowledgement link for this person, for e-mail and SMS. */
  ackLink: string;
}

export type Sender = (reach: Reach, message: PageMessage, signal: AbortSignal) => Promise<void>;

export class DeliveryError extends Error {}

async function expectOk(res: Promise<{ status: number; text: string }>, what: string): Promise<void> {
  const { status } = await res;
  if (status < 200 || status > 299) throw new DeliveryError(`${what} answered HTTP ${status}`);
}

export function telegramSender(http: HttpClient, apiBase: string, token: string): Sender {
  return (reach, message, signal) =>
    expectOk(
      http(`${apiBase}/bot${token}/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          chat_id: reach.address,
          text: message.text,
          reply_markup: { inline_keyboard: [[{ text: "I'm on it", callback_data: message.ackData }]] },
        }),
        signal,
      }),
      'Telegram',
    );
}

/**
 * A webhook channel (a team tool's incoming webhook): the page as JSON, `text` and the person's
 * `ackLink`, posted to the channel's address. Each person on the stage gets their own post, with
 * their own link, as they would get their own SMS. No redirect is followed: a webhook that moved
 * is a failure the breaker and the journal see, not a page sent somewhere else.
 */
export function webhookSender(http: HttpClient): Sender {
  return (reach, message, signal) =>
    expectOk(
      http(reach.address, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: message.text, ackLink: message.ackLink }),
        signal,
      }),
      'The webhook',
    );
}

export type Senders = Partial<Record<ChannelKind, Sender>>;
