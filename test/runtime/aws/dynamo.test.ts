import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoIncidentStore, DynamoNonceStore, INCIDENT_TTL_SECONDS } from '../../../runtime/aws/dynamo';
import { shortIncidentId } from '../../../runtime/ack/telegram';
import type { EscalationState } from '../../../runtime/escalation/machine';
import { localDynamo, type LocalDynamo } from './standin';

let db: LocalDynamo;
beforeAll(async () => {
  db = await localDynamo('planb-test');
});
afterAll(async () => db.close());

const T0 = Date.parse('2026-10-03T02:10:00Z');
function state(alarm: string, at: number, extra: Partial<EscalationState> = {}): EscalationState {
  return {
    alarm,
    incident: `${alarm}@${new Date(at).toISOString()}`,
    route: 'critical',
    raisedAt: at,
    stage: 0,
    stageAt: at,
    pagedAt: at,
    ...extra,
  };
}

describe('DynamoIncidentStore against dynalite', () => {
  it('stores, finds by alarm, short id and id, and lists the open ones in time order', async () => {
    const store = new DynamoIncidentStore(db.client, 'planb-test');
    const a = state('endpoint:shop', T0);
    const b = state('check:orders', T0 - 60_000);
    await store.put(a);
    await store.put(b);
    expect(await new DynamoIncidentStore(db.client, 'planb-test').openFor('endpoint:shop')).toEqual(a);
    expect(await store.get(b.incident)).toEqual(b);
    expect(await store.byShortId(shortIncidentId(a.incident))).toEqual(a);
    expect((await store.open()).map((s) => s.incident)).toEqual([b.incident, a.incident]);
  });

  it('a closed incident (acknowledged and recovered) leaves the open list, stays the latest, and expires', async () => {
    const store = new DynamoIncidentStore(db.client, 'planb-test');
    const s = state('endpoint:cart', T0);
    await store.put(s);
    const closed = { ...s, acknowledgedBy: 'anna', recoveredAt: T0 + 600_000 };
    await store.put(closed);
    expect((await store.open()).some((x) => x.incident === s.incident)).toBe(false);
    expect(await store.openFor('endpoint:cart')).toBeUndefined();
    expect(await store.latestFor('endpoint:cart')).toEqual(closed);
    const item = await db.client.send(new GetItemCommand({ TableName: 'planb-test', Key: { pk: { S: `incident#${s.incident}` } } }));
    expect(Number(item.Item!.ttl!.N)).toBe((T0 + 600_000) / 1000 + INCIDENT_TTL_SECONDS);
  });

  it('refuses to overwrite a change made by another invocation since this one read it', async () => {
    const tick = new DynamoIncidentStore(db.client, 'planb-test');
    const webhook = new DynamoIncidentStore(db.client, 'planb-test');
    const s = state('endpoint:pay', T0);
    await tick.put(s);
    const seenByTick = (await tick.open()).find((x) => x.incident === s.incident)!;
    const seenByWebhook = (await webhook.get(s.incident))!;
    await webhook.put({ ...seenByWebhook, acknowledgedBy: 'boris' });
    await expect(tick.put({ ...seenByTick, stage: 1 })).rejects.toThrow(/changed by another invocation/);
    expect((await tick.get(s.incident))!.acknowledgedBy).toBe('boris');
    // A second instance cannot create the same incident twice either.
    await expect(new DynamoIncidentStore(db.client, 'planb-test').put(s)).rejects.toThrow(/changed by another invocation/);
  });
});

describe('DynamoNonceStore against dynalite', () => {
  it('claims a nonce once, across instances, and sets its expiry as TTL', async () => {
    const one = new DynamoNonceStore(db.client, 'planb-test');
    const two = new DynamoNonceStore(db.client, 'planb-test');
    expect(await one.claim('n-1', 1_800_000_000)).toBe(true);
    expect(await two.claim('n-1', 1_800_000_000)).toBe(false);
    expect(await two.claim('n-2', 1_800_000_000)).toBe(true);
    const item = await db.client.send(new GetItemCommand({ TableName: 'planb-test', Key: { pk: { S: 'nonce#n-1' } } }));
    expect(item.Item!.ttl!.N).toBe('1800000000');
  });
});
