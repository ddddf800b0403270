/**
 * Stand-ins for AWS on 127.0.0.1, for the functions' adapters: dynalite (a real DynamoDB
 * implementation, in memory) and one HTTP server answering the few calls the functions make to
 * SSM (GetParameter, JSON 1.1), SES v2 (SendEmail, REST JSON), SNS (Publish, query protocol),
 * CloudWatch (DescribeAlarms, JSON 1.0) and S3 (PutObject with If-None-Match), recording each
 * request so tests can assert them.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface AwsRequest {
  service: 'ssm' | 'ses' | 'sns' | 'cloudwatch' | 's3';
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface AwsStandin {
  url: string;
  requests: AwsRequest[];
  /** Stored S3 objects by "bucket/key". */
  objects: Map<string, string>;
  /** CloudWatch alarm states DescribeAlarms answers with, by alarm name. */
  alarms: Map<string, string>;
  /** GetMetricData's answer: data points (period start, ISO; value) of every query. */
  metric: { at: string; value: number }[];
  /** Answer SES/SNS with this HTTP status instead of success. */
  fail: { ses?: number; sns?: number };
  close(): Promise<void>;
}

export const FAKE_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-secret', AWS_REGION: 'eu-central-1' };

function serviceOf(req: http.IncomingMessage): AwsRequest['service'] {
  const target = String(req.headers['x-amz-target'] ?? '');
  if (target.startsWith('AmazonSSM.')) return 'ssm';
  if (target.startsWith('GraniteServiceVersion20100801.')) return 'cloudwatch';
  if ((req.url ?? '').startsWith('/v2/email/')) return 'ses';
  if (req.method === 'POST' && req.url === '/' && String(req.headers['content-type']).includes('x-www-form-urlencoded')) return 'sns';
  return 's3';
}

export async function awsStandin(parameters: Record<string, string>): Promise<AwsStandin> {
  const requests: AwsRequest[] = [];
  const objects = new Map<string, string>();
  const alarms = new Map<string, string>();
  const metric: AwsStandin['metric'] = [];
  const fail: AwsStandin['fail'] = {};
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const service = serviceOf(req);
      requests.push({ service, method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (service === 'ssm') {
        answerSsm(res, body, parameters);
      } else if (service === 'ses') {
        if (fail.ses)
          res.writeHead(fail.ses, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' }).end('{"message":"down"}');
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"MessageId":"ses-1"}');
      } else if (service === 'cloudwatch') {
        const answer = String(req.headers['x-amz-target']).endsWith('.GetMetricData')
          ? metricData(body, metric)
          : describeAlarms(body, alarms);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(answer);
      } else if (service === 'sns') {
        if (fail.sns)
          res
            .writeHead(fail.sns, { 'content-type': 'text/xml' })
            .end('<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code><Message>down</Message></Error></ErrorResponse>');
        else
          res
            .writeHead(200, { 'content-type': 'text/xml' })
            .end(
              '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>sns-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>',
            );
      } else {
        const key = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!);
        if (req.method === 'PUT') {
          if (objects.has(key) && req.headers['if-none-match'] === '*') {
            res
              .writeHead(412, { 'content-type': 'application/xml' })
              .end('<Error><Code>PreconditionFailed</Code><Message>exists</Message></Error>');
            return;
          }
          objects.set(key, body);
          res.writeHead(200, { etag: '"e"' }).end();
        } else {
          res.writeHead(404).end();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    objects,
    alarms,
    metric,
    fail,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** GetParameter: the value when the stand-in knows the name, ParameterNotFound otherwise. */
function answerSsm(res: http.ServerResponse, body: string, parameters: Record<string, string>): void {
  const name = (JSON.parse(body) as { Name: string }).Name;
  const value = parameters[name];
  if (value === undefined) {
    res
      .writeHead(400, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify({ __type: 'ParameterNotFound', message: 'not found' }));
  } else {
    res
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify({ Parameter: { Name: name, Type: 'SecureString', Value: value, Version: 1 } }));
  }
}

/** GetMetricData's answer (JSON 1.0: timestamps in epoch seconds): the same points for every query. */
function metricData(body: string, points: { at: string; value: number }[]): string {
  const queries = (JSON.parse(body) as { MetricDataQueries?: { Id: string }[] }).MetricDataQueries ?? [];
  return JSON.stringify({
    MetricDataResults: queries.map((q) => ({
      Id: q.Id,
      StatusCode: 'Complete',
      Timestamps: points.map((p) => Date.parse(p.at) / 1000),
      Values: points.map((p) => p.value),
    })),
  });
}

/** DescribeAlarms' answer for the asked names that the stand-in knows (JSON 1.0, as the SDK now speaks it). */
function describeAlarms(body: string, alarms: Map<string, string>): string {
  const asked = (JSON.parse(body) as { AlarmNames?: string[] }).AlarmNames ?? [];
  const found = asked.filter((n) => alarms.has(n)).map((n) => ({ AlarmName: n, StateValue: alarms.get(n) }));
  return JSON.stringify({ MetricAlarms: found, CompositeAlarms: [] });
}

export interface LocalDynamo {
  url: string;
  client: DynamoDBClient;
  close(): Promise<void>;
}

/** dynalite in memory, with the table the stack creates (pk string). dynalite has no TTL API: tests assert the `ttl` attribute. */
export async function localDynamo(table: string): Promise<LocalDynamo> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as (o: { createTableMs: number; deleteTableMs: number; updateTableMs: number }) => http.Server;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint: url,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  });
  await client.send(
    new CreateTableCommand({
      TableName: table,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  return {
    url,
    client,
    close: () =>
      new Promise((resolve) => {
        client.destroy();
        server.close(() => resolve());
      }),
  };
}
