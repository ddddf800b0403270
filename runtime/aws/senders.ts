/**
 * E-mail and SMS pages through AWS: SES v2 `SendEmail` from a verified sender identity, and SNS
 * `Publish` straight to a phone number (no topic, no subscription to confirm). Each throws on
 * failure, like every sender, so the retry and the breaker see it. The signal aborts the request
 * when the delivery's timeout fires.
 */
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Sender } from '../delivery/senders';

/** The page's text and the person's link; the first line is the subject. */
export function pageText(message: { text: string; ackLink: string }): string {
  return `${message.text}\nI'm on it: ${message.ackLink}`;
}

export function sesSender(client: SESv2Client, from: string): Sender {
  return async (reach, message, signal) => {
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [reach.address] },
        Content: {
          Simple: {
            Subject: { Data: message.text.split('\n')[0]!.slice(0, 200), Charset: 'UTF-8' },
            Body: { Text: { Data: pageText(message), Charset: 'UTF-8' } },
          },
        },
      }),
      { abortSignal: signal },
    );
  };
}

export function smsSender(client: SNSClient, senderId?: string): Sender {
  return async (reach, message, signal) => {
    await client.send(
      new PublishCommand({
        PhoneNumber: reach.address,
        Message: pageText(message),
        MessageAttributes: {
          // A page is transactional: SNS sends it on the more reliable route, at any hour.
          'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
          ...(senderId !== undefined ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: senderId } } : {}),
        },
      }),
      { abortSignal: signal },
    );
  };
}
