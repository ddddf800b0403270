import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { sesSender, smsSender } from '../../../runtime/aws/senders';
import { ssmSecretReader } from '../../../runtime/aws/secrets';
import { awsStandin, type AwsStandin } from './standin';

let aws: AwsStandin;
beforeAll(async () => {
  aws = await awsStandin({ '/planb/shop/link-key': 'k3y' });
});
afterAll(async () => aws.close());

const client = { region: 'eu-central-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1 };
const message = { text: 'ALARM endpoint:shop (stage 1)', ackData: 'ack:x', ackLink: 'https://ack.example/ack?t=abc' };
const signal = () => new AbortController().signal;

describe('AWS senders against a local stand-in', () => {
  it('e-mail is one SES v2 SendEmail from the sender identity, with the link in the body', async () => {
    const send = sesSender(new SESv2Client({ ...client, endpoint: aws.url }), 'alerts@shop.example');
    await send({ channel: 'mail', kind: 'email', address: 'anna@shop.example' }, message, signal());
    const req = aws.requests.filter((r) => r.service === 'ses').at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v2/email/outbound-emails');
    const body = JSON.parse(req.body);
    expect(body.FromEmailAddress).toBe('alerts@shop.example');
    expect(body.Destination.ToAddresses).toEqual(['anna@shop.example']);
    expect(body.Content.Simple.Subject.Data).toBe('ALARM endpoint:shop (stage 1)');
    expect(body.Content.Simple.Body.Text.Data).toContain("I'm on it: https://ack.example/ack?t=abc");
  });

  it('SMS is one SNS Publish to the phone number, transactional', async () => {
    const send = smsSender(new SNSClient({ ...client, endpoint: aws.url }));
    await send({ channel: 'sms', kind: 'sms', address: '+491701234567' }, message, signal());
    const form = new URLSearchParams(aws.requests.filter((r) => r.service === 'sns').at(-1)!.body);
    expect(form.get('Action')).toBe('Publish');
    expect(form.get('PhoneNumber')).toBe('+491701234567');
    expect(form.get('Message')).toContain('https://ack.example/ack?t=abc');
    expect(form.get('MessageAttributes.entry.1.Name')).toBe('AWS.SNS.SMS.SMSType');
    expect(form.get('MessageAttributes.entry.1.Value.StringValue')).toBe('Transactional');
  });

  it('a failing service throws, so the retry and the breaker see it', async () => {
    aws.fail.ses = 500;
    aws.fail.sns = 500;
    try {
      await expect(
        sesSender(new SESv2Client({ ...client, endpoint: aws.url }), 'a@b.example')(
          { channel: 'm', kind: 'email', address: 'x@y.example' },
          message,
          signal(),
        ),
      ).rejects.toThrow();
      await expect(
        smsSender(new SNSClient({ ...client, endpoint: aws.url }))(
          { channel: 's', kind: 'sms', address: '+491701234567' },
          message,
          signal(),
        ),
      ).rejects.toThrow();
    } finally {
      delete aws.fail.ses;
      delete aws.fail.sns;
    }
  });
});

describe('ssmSecretReader', () => {
  it('reads a SecureString with decryption, and names only the parameter when it cannot', async () => {
    const read = ssmSecretReader(new SSMClient({ ...client, endpoint: aws.url }));
    expect(await read('/planb/shop/link-key')).toBe('k3y');
    const req = aws.requests.filter((r) => r.service === 'ssm').at(-1)!;
    expect(req.headers['x-amz-target']).toBe('AmazonSSM.GetParameter');
    expect(JSON.parse(req.body)).toEqual({ Name: '/planb/shop/link-key', WithDecryption: true });
    await expect(read('/planb/shop/missing')).rejects.toThrow('cannot read SSM parameter /planb/shop/missing: ParameterNotFound');
  });
});
