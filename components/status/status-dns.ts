/**
 * Records for the status page on the business's zones: the ACM validation
 * record and status.<domain> -> CloudFront. Written to every zone given, so
 * Route 53 and Cloudflare answer alike (RedundantDns serves both).
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { childName } from '../common/names';

/** Where to create validation and status records (StatusPageArgs.dns). */
export interface StatusPageZones {
  route53ZoneId?: pulumi.Input<string>;
  cloudflareZoneId?: pulumi.Input<string>;
}

type Zones = StatusPageZones;
interface Rec {
  name: pulumi.Input<string>;
  type: pulumi.Input<string>;
  value: pulumi.Input<string>;
}

const noDot = (s: string): string => s.replace(/\.$/, '');

function write(parent: pulumi.Resource, key: string, rec: Rec, zones: Zones): pulumi.Output<string>[] {
  const fqdns: pulumi.Output<string>[] = [];
  if (zones.route53ZoneId !== undefined) {
    const r = new aws.route53.Record(
      `${key}-r53`,
      { zoneId: zones.route53ZoneId, name: rec.name, type: rec.type, ttl: 300, records: [rec.value], allowOverwrite: true },
      { parent },
    );
    fqdns.push(r.fqdn);
  }
  if (zones.cloudflareZoneId !== undefined) {
    const r = new cloudflare.DnsRecord(
      `${key}-cf`,
      {
        zoneId: zones.cloudflareZoneId,
        name: pulumi.output(rec.name).apply(noDot),
        type: rec.type,
        content: pulumi.output(rec.value).apply(noDot),
        ttl: 300,
        proxied: false,
      },
      { parent },
    );
    fqdns.push(r.name);
  }
  return fqdns;
}

/** The ACM validation record; a one-name certificate has exactly one. */
export function validationDns(
  parent: pulumi.Resource,
  component: string,
  records: pulumi.Output<{ name: string; type: string; value: string }[]>,
  zones: Zones,
): pulumi.Output<string>[] {
  const first = records.apply((rs) => {
    const r = rs[0];
    if (r === undefined) throw new Error('ACM returned no validation record');
    return r;
  });
  return write(parent, childName(component, 'validation'), { name: first.name, type: first.type, value: first.value }, zones);
}

/** status.<domain> as a CNAME to the distribution (not proxied, to keep CloudFront's TLS). */
export function siteDns(parent: pulumi.Resource, component: string, host: string, target: pulumi.Output<string>, zones: Zones): void {
  write(parent, childName(component, 'record'), { name: host, type: 'CNAME', value: target }, zones);
}
