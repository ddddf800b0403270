/**
 * The durable stores of the live loop in one DynamoDB table (partition key `pk`, string; TTL
 * attribute `ttl`): open incidents between invocations, and the used nonces of acknowledgement
 * links. Why DynamoDB: a conditional write is the once-only primitive both need (a link claimed
 * twice, two functions writing one incident), on-demand billing costs cents at alerting volumes,
 * and TTL deletes old items for free.
 *
 * Items:
 * - `incident#<incident>`: the escalation state (JSON), `alarm`, `shortId` (the Telegram button's
 *   id), `isOpen` (1 or 0), `version`. Closed incidents expire after INCIDENT_TTL_SECONDS, long
 *   enough for a cause written after the recovery and for the month's report to be made from the
 *   journal (the journal, not this table, is the record).
 * - `nonce#<nonce>`: a used link; expires with the link.
 *
 * Concurrency: the tick, the pager and the webhook may touch one incident at once (a press while
 * the tick escalates). Every write of an incident is conditional on the version this instance
 * read, so the later writer fails instead of silently undoing an acknowledgement; the function
 * then fails and is retried (asynchronous invocations) or answers 500 (Telegram retries).
 *
 * Reads are Scans with a filter: the table holds a few dozen items (open incidents, a month of
 * closed ones, a day of nonces), so a Scan is one request; an index would cost more than it saves.
 */
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { NonceStore } from '../ack/link';
import { shortIncidentId } from '../ack/telegram';
import type { EscalationState } from '../escalation/machine';
import { IncidentConflictError, type IncidentStore } from '../escalation/store';

/** Closed incidents are kept 40 days: a cause can be written for last month's report. */
export const INCIDENT_TTL_SECONDS = 40 * 24 * 3600;

type Item = Record<string, AttributeValue>;

function isOpen(s: EscalationState): boolean {
  return !(s.acknowledgedBy !== undefined && s.recoveredAt !== undefined);
}

export class DynamoIncidentStore implements IncidentStore {
  /** Version of each incident as this instance last read or wrote it. */
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  private remember(item: Item): EscalationState {
    const state = JSON.parse(item.state!.S!) as EscalationState;
    this.versions.set(state.incident, Number(item.version!.N));
    return state;
  }

  private async scan(filter: string, values: Item): Promise<EscalationState[]> {
    const out: EscalationState[] = [];
    let start: Item | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.table,
          ConsistentRead: true,
          FilterExpression: `begins_with(pk, :kind) AND ${filter}`,
          ExpressionAttributeValues: { ':kind': { S: 'incident#' }, ...values },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) out.push(this.remember(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return out.sort((a, b) => a.raisedAt - b.raisedAt || (a.incident < b.incident ? -1 : 1));
  }

  async openFor(alarm: string) {
    return (await this.scan('alarm = :a', { ':a': { S: alarm } })).find((s) => s.recoveredAt === undefined);
  }

  async get(incident: string) {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: { S: `incident#${incident}` } }, ConsistentRead: true }),
    );
    return out.Item ? this.remember(out.Item) : undefined;
  }

  async latestFor(alarm: string) {
    return (await this.scan('alarm = :a', { ':a': { S: alarm } })).at(-1);
  }

  async byShortId(shortId: string) {
    return (await this.scan('shortId = :s', { ':s': { S: shortId } }))[0];
  }

  async open() {
    return this.scan('isOpen = :one', { ':one': { N: '1' } });
  }

  async put(state: EscalationState): Promise<void> {
    const previous = this.versions.get(state.incident);
    const version = (previous ?? 0) + 1;
    const open = isOpen(state);
    const item: Item = {
      pk: { S: `incident#${state.incident}` },
      alarm: { S: state.alarm },
      shortId: { S: shortIncidentId(state.incident) },
      isOpen: { N: open ? '1' : '0' },
      version: { N: String(version) },
      state: { S: JSON.stringify(state) },
      ...(open ? {} : { ttl: { N: String(Math.floor((state.recoveredAt ?? state.raisedAt) / 1000) + INCIDENT_TTL_SECONDS) } }),
    };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: item,
          ...(previous === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': { N: String(previous) } } }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new IncidentConflictError(`incident ${state.incident} was changed by another invocation; retry`);
      }
      throw error;
    }
    this.versions.set(state.incident, version);
  }
}

export class DynamoNonceStore implements NonceStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  /** A conditional put: true only for the first claim, across every instance. */
  async claim(nonce: string, expires: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: { pk: { S: `nonce#${nonce}` }, ttl: { N: String(expires) } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
