/**
 * Builds `RuntimeDeps` once per function instance (cold start): the environment, `config.json`
 * beside the code, the three secrets from SSM, and the AWS clients (region and credentials from
 * the Lambda environment; `AWS_ENDPOINT_URL_<SERVICE>` points them elsewhere in tests, a standard
 * setting of the SDK v3). A failure here fails the invocation, which Lambda retries and finally
 * sends to the on-failure queue: nothing is dropped silently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { DynamoIncidentStore, DynamoNonceStore } from '../aws/dynamo';
import { ssmSecretReader } from '../aws/secrets';
import { sesSender, smsSender } from '../aws/senders';
import { awsStatusPorts } from '../aws/status';
import { awsForwardingPorts } from '../aws/forwarding';
import { Deliverer } from '../delivery/deliver';
import { telegramSender, webhookSender, type Senders } from '../delivery/senders';
import type { RuntimeDeps } from '../handlers/deps';
import { S3Journal, sdkS3Api } from '../journal/s3';
import { fetchHttp, systemClock } from '../ports';
import { CONFIG_FILE_NAME, readBundledConfig } from './bundled-config';
import { ENV, readEnv } from './environment';
import { pagesOverTelegram } from '../../components/alerts/contract';

export const DEFAULT_TELEGRAM_API = 'https://api.telegram.org';

export async function depsFromEnvironment(env: NodeJS.ProcessEnv = process.env, dir: string = __dirname): Promise<RuntimeDeps> {
  const e = readEnv(env);
  const file = e[ENV.configFile] ?? path.join(dir, CONFIG_FILE_NAME);
  const bundled = readBundledConfig(fs.readFileSync(file, 'utf8'), file);
  const config = bundled.runtime;
  const secret = ssmSecretReader(new SSMClient({}));
  const usesTelegram = pagesOverTelegram(config);
  const tokenParam = e[ENV.telegramTokenParam];
  if (usesTelegram && tokenParam === undefined)
    throw new Error(`${ENV.telegramTokenParam} is not set, but the configuration pages people over Telegram`);
  const secretParam = e[ENV.webhookSecretParam];
  // Without a webhook secret every Telegram update is refused (sameSecret never matches '').
  const [linkKey, webhookSecret, token] = await Promise.all([
    secret(e[ENV.linkKeyParam]!),
    secretParam !== undefined ? secret(secretParam) : Promise.resolve(''),
    tokenParam !== undefined ? secret(tokenParam) : Promise.resolve(''),
  ]);
  const dynamo = new DynamoDBClient({});
  const table = e[ENV.table]!;
  const s3 = sdkS3Api();
  const journal = new S3Journal(s3, e[ENV.journalBucket]!, e[ENV.journalPrefix] ?? '');
  const apiBase = e[ENV.telegramApi] ?? DEFAULT_TELEGRAM_API;
  const senders: Senders = {};
  if (token !== '') senders.telegram = telegramSender(fetchHttp, apiBase, token);
  const from = e[ENV.emailFrom];
  if (from !== undefined) senders.email = sesSender(new SESv2Client({}), from);
  const snsClient = new SNSClient({});
  const sms = smsSender(snsClient);
  senders.sms = sms;
  // A phone channel is paged by SMS: AWS cannot place the call (the runbook keeps it a human step).
  senders.phone = sms;
  senders.webhook = webhookSender(fetchHttp);
  return {
    config,
    alarmIds: bundled.alarmIds,
    journal,
    incidents: new DynamoIncidentStore(dynamo, table),
    nonces: new DynamoNonceStore(dynamo, table),
    deliverer: new Deliverer(senders, journal, systemClock, Math.random),
    clock: systemClock,
    random: Math.random,
    linkKey,
    linkBase: e[ENV.ackUrl]!,
    telegram: { http: fetchHttp, apiBase, token, secret: webhookSecret },
    ...(bundled.status !== undefined ? { status: { feed: bundled.status, ports: awsStatusPorts(bundled.status) } } : {}),
    ...(bundled.watch !== undefined && bundled.watch.forwards.length > 0
      ? { forwarding: { file: bundled.watch, ports: awsForwardingPorts(snsClient) } }
      : {}),
  };
}

/** One build per instance, shared by its invocations (the breakers live in the Deliverer). */
export function cachedDeps(build: () => Promise<RuntimeDeps> = () => depsFromEnvironment()): () => Promise<RuntimeDeps> {
  let deps: Promise<RuntimeDeps> | undefined;
  return () => {
    deps ??= build().catch((error: unknown) => {
      deps = undefined; // the next invocation tries again (SSM may have been throttled)
      throw error;
    });
    return deps;
  };
}
