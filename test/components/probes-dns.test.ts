/**
 * DNS consistency against two real DNS servers on 127.0.0.1 (dns2), one per "provider",
 * asked by the probe's own file (components/probes/handler.js) through Node's Resolver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import DNS from 'dns2';
import * as probe from '../../components/probes/handler';

/** A provider's zone: name -> A addresses. Tests edit it between questions. */
type Zone = Map<string, string[]>;

async function authoritative(zone: Zone): Promise<{ server: DNS.DnsServer; port: number }> {
  const server = DNS.createServer({
    udp: true,
    handle: (request, send) => {
      const response = DNS.Packet.createResponseFromRequest(request);
      const q = request.questions[0];
      if (q !== undefined && q.type === DNS.Packet.TYPE.A) {
        for (const address of zone.get(q.name.toLowerCase()) ?? []) {
          // dns2's typings ask for toBuffer on answers, but it encodes plain records (as its README does).
          const answer = { name: q.name, type: DNS.Packet.TYPE.A, class: DNS.Packet.CLASS.IN, ttl: 300, address };
          response.answers.push(answer as DNS.Packet.Resource);
        }
      }
      send(response);
    },
  });
  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  return { server, port: addresses.udp?.port as number };
}

describe('DnsConsistent, from two real DNS servers', () => {
  const cloudflare: Zone = new Map();
  const route53: Zone = new Map();
  let servers: { server: DNS.DnsServer; port: number }[];
  let target: { name: string; rrtype: 'A'; providers: Record<string, string[]> };
  beforeAll(async () => {
    servers = [await authoritative(cloudflare), await authoritative(route53)];
    target = {
      name: 'www.kiosk.example',
      rrtype: 'A',
      providers: { cloudflare: [`127.0.0.1:${servers[0]?.port}`], route53: [`127.0.0.1:${servers[1]?.port}`] },
    };
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.server.close()));
  });

  it('is 1 while both providers give the same addresses, in any order, and 0 once they differ', async () => {
    cloudflare.set('www.kiosk.example', ['192.0.2.10', '192.0.2.11']);
    route53.set('www.kiosk.example', ['192.0.2.11', '192.0.2.10']);
    expect((await probe.measureDns(target, { now: 0, timeoutMs: 1000 })).value).toBe(1);

    route53.set('www.kiosk.example', ['198.51.100.7']);
    const differ = await probe.measureDns(target, { now: 0, timeoutMs: 1000 });
    expect(differ.value).toBe(0);
    // The log line names what each side said, so the person paged sees the difference.
    expect(differ.detail).toContain('cloudflare');
    expect(differ.detail).toContain('192.0.2.10,192.0.2.11');
    expect(differ.detail).toContain('198.51.100.7');
  });

  it('counts "no such record" on one side only as a difference', async () => {
    cloudflare.set('www.kiosk.example', ['192.0.2.10']);
    route53.delete('www.kiosk.example');
    expect((await probe.measureDns(target, { now: 0, timeoutMs: 1000 })).value).toBe(0);
  });

  it('asks nameservers given by name, through the injected lookup', async () => {
    cloudflare.set('www.kiosk.example', ['192.0.2.10']);
    route53.set('www.kiosk.example', ['192.0.2.10']);
    const byName = {
      ...target,
      providers: { cloudflare: [`ada.ns.test:${servers[0]?.port}`], route53: [`ns-1.awsdns.test:${servers[1]?.port}`] },
    };
    const asked: string[] = [];
    const lookupAddress = async (host: string) => {
      asked.push(host);
      return { address: '127.0.0.1' };
    };
    expect((await probe.measureDns(byName, { now: 0, timeoutMs: 1000, lookupAddress })).value).toBe(1);
    expect(asked.sort()).toEqual(['ada.ns.test', 'ns-1.awsdns.test']);
  });

  it('publishes no value when a provider does not answer at all, so the alarm fires on missing data', async () => {
    cloudflare.set('www.kiosk.example', ['192.0.2.10']);
    route53.set('www.kiosk.example', ['192.0.2.10']);
    // Nothing listens on port 9 of 127.0.0.1 here: route53 stays silent (refused or timed out).
    const silent = { ...target, providers: { ...target.providers, route53: ['127.0.0.1:9'] } };
    const r = await probe.measureDns(silent, { now: 0, timeoutMs: 300 });
    expect(r.value).toBeUndefined();
    expect(r.error).toBe('no answer from route53');
    const { data } = await probe.run(
      { TARGETS: JSON.stringify([{ id: 'dns-agree', kind: 'dns', ...silent }]), BUSINESS: 'kiosk' },
      { now: 0, timeoutMs: 300, publish: async () => undefined },
    );
    expect(data).toEqual([]);
  });
});
