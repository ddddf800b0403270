/**
 * The journal in S3: the thin adapter over the AWS SDK v3. The bucket is the business's backup
 * vault with object lock, so `append` writes with If-None-Match (never replaces a key) and the
 * lock's retention applies by the bucket's default. Credentials come from the SDK's standard chain
 * (environment, profile, SSO, instance or Lambda role); nothing here reads a secret.
 *
 * The SDK is loaded only when an s3:// journal is used, through `S3Api` so tests and the rest of
 * Plan B never need it.
 */
import { canonicalJson, eventKey, type JournalEvent } from './event';
import type { JournalSource, JournalWriter } from './store';

/** The three calls the journal makes, shaped like the SDK's commands. */
export interface S3Api {
  put(input: { Bucket: string; Key: string; Body: string; ContentType: string; IfNoneMatch: string }): Promise<void>;
  list(input: { Bucket: string; Prefix: string; ContinuationToken?: string }): Promise<{ keys: string[]; next?: string }>;
  get(input: { Bucket: string; Key: string }): Promise<string>;
}

export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!m) throw new Error(`${url}: not an S3 location; write s3://bucket or s3://bucket/prefix`);
  const prefix = (m[2] ?? '').replace(/\/+$/, '');
  return { bucket: m[1]!, prefix: prefix ? prefix + '/' : '' };
}

export class S3Journal implements JournalWriter, JournalSource {
  constructor(
    private readonly api: S3Api,
    private readonly bucket: string,
    private readonly prefix = '',
  ) {}

  async append(event: JournalEvent): Promise<string> {
    const key = eventKey(event);
    try {
      await this.api.put({
        Bucket: this.bucket,
        Key: this.prefix + key,
        Body: canonicalJson(event) + '\n',
        ContentType: 'application/json',
        IfNoneMatch: '*',
      });
    } catch (error) {
      // 412: the same event is already stored (a retried invocation); the journal keeps one.
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== 412) throw error;
    }
    return key;
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let next: string | undefined;
    do {
      const page = await this.api.list({ Bucket: this.bucket, Prefix: this.prefix + prefix, ...(next ? { ContinuationToken: next } : {}) });
      keys.push(...page.keys.map((k) => k.slice(this.prefix.length)));
      next = page.next;
    } while (next);
    return keys.sort();
  }

  read(key: string): Promise<string> {
    return this.api.get({ Bucket: this.bucket, Key: this.prefix + key });
  }
}

/** The SDK behind `S3Api`, loaded on first use; a clear message when it is not installed. */
export function sdkS3Api(region?: string): S3Api {
  let sdk: Record<string, new (input: unknown) => unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk = require('@aws-sdk/client-s3') as typeof sdk;
  } catch {
    throw new Error(
      'reading an s3:// journal needs the AWS SDK: npm install @aws-sdk/client-s3 (or copy the journal to a folder with `aws s3 sync` and pass the folder)',
    );
  }
  const client = new sdk.S3Client!(region ? { region } : {}) as { send(command: unknown): Promise<Record<string, unknown>> };
  return {
    async put(input) {
      await client.send(new sdk.PutObjectCommand!(input));
    },
    async list(input) {
      const out = await client.send(new sdk.ListObjectsV2Command!(input));
      const contents = (out.Contents ?? []) as { Key?: string }[];
      return {
        keys: contents.flatMap((c) => (c.Key ? [c.Key] : [])),
        ...(out.NextContinuationToken ? { next: out.NextContinuationToken as string } : {}),
      };
    },
    async get(input) {
      const out = await client.send(new sdk.GetObjectCommand!(input));
      return (out.Body as { transformToString(): Promise<string> }).transformToString();
    },
  };
}
