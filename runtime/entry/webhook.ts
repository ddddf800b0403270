/**
 * Lambda entry of the webhook, behind a function URL (auth NONE: Telegram cannot sign requests
 * with AWS credentials). The handler itself is the authentication: Telegram updates carry the
 * secret token given to setWebhook, links carry an HMAC signature; both are checked before
 * anything changes. The function URL's payload is format 2.0.
 */
import { handleWebhook } from '../handlers/webhook';
import { cachedDeps, depsFromEnvironment } from './deps';
import { ENV } from './environment';

/** https://<url-id>.lambda-url.<region>.on.aws/ack, from the first request's own domain. */
let ownAckUrl: string | undefined;
const deps = cachedDeps(() =>
  depsFromEnvironment({ ...process.env, ...(process.env[ENV.ackUrl] || ownAckUrl === undefined ? {} : { [ENV.ackUrl]: ownAckUrl }) }),
);

export interface FunctionUrlEvent {
  rawPath?: string;
  headers?: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext?: { domainName?: string; http?: { method?: string } };
}

export async function handler(event: FunctionUrlEvent): Promise<{ statusCode: number; headers: Record<string, string>; body: string }> {
  const domain = event.requestContext?.domainName;
  if (ownAckUrl === undefined && domain !== undefined && /^[a-z0-9.-]+$/.test(domain)) ownAckUrl = `https://${domain}/ack`;
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const body = event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const res = await handleWebhook(await deps(), {
    method: event.requestContext?.http?.method ?? 'GET',
    path: event.rawPath ?? '/',
    headers,
    query: event.queryStringParameters ?? {},
    body,
  });
  // Never cached: a link's answer depends on whether it was used.
  return { statusCode: res.status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body: res.body };
}
