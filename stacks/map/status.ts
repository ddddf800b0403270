/**
 * The blueprint's status page -> StatusPage args. Plan B builds the AWS variant (S3 + CloudFront,
 * see docs/infrastructure.md); a page hosted elsewhere is the owner's to run, and the analysis says
 * so (PB153), so the mapping leaves it out without a note. What validate refuses (PB045) is a bug here.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { Model } from '../../model/model';
import type { StatusPageArgs } from '../../components/status/status-page';
import { statusPageFiles } from '../status-page/page';
import { caaBlocksAcm, statusPageBuilt } from '../../model/buildable';
import { refusedByLoader } from './notes';

export interface MappedStatusPage {
  domain: string;
  components: { id: string; name: string; endpointIds: string[] }[];
  html: string;
}

/** `alarmed` holds the ids of endpoints that have a health-check alarm. */
export function mapStatusPage(model: Model, alarmed: ReadonlySet<string>): MappedStatusPage | undefined {
  const page = model.statusPage;
  if (page === undefined || !statusPageBuilt(page.hosting)) return undefined;
  if (!page.host.startsWith('status.')) refusedByLoader(`${page.path}/host`, 'the status page is built at status.<domain> (PB045)');
  const components = page.components.flatMap((c) => {
    const endpointIds = c.endpoints
      .map((e) => e.id)
      .filter((id) => alarmed.has(id))
      .sort();
    // Every http and tcp endpoint has a health-check alarm (model/buildable.ts), and validate
    // refuses a component without one (PB045).
    if (endpointIds.length === 0)
      refusedByLoader(`${c.path}/endpoints`, `status component ${c.id} has no endpoint with a health-check alarm (PB045)`);
    return [{ id: c.id, name: c.name, endpointIds }];
  });
  if (components.length === 0) return undefined;
  const domain = page.host.slice('status.'.length);
  const zone = model.domains.find((d) => d.name === domain);
  const blocking = zone && caaBlocksAcm(zone.records, 'status');
  if (zone && blocking)
    refusedByLoader(zone.records[blocking.record]?.path ?? zone.path, 'CAA records that ACM cannot issue under (PB045)');
  // The project's page generator, shown only the components the pager can report on.
  const shown = new Set(components.map((c) => c.id));
  const html = statusPageFiles({ ...model, statusPage: { ...page, components: page.components.filter((c) => shown.has(c.id)) } })[
    'index.html'
  ];
  return { domain, components, html };
}

export type StatusDeps = Pick<StatusPageArgs, 'alarmRegion' | 'certificateProvider' | 'bucketRegion' | 'dns'> & {
  alarmName(endpointId: string): pulumi.Input<string>;
};

export function statusPageArgs(model: Model, m: MappedStatusPage, deps: StatusDeps): StatusPageArgs {
  const { alarmName, ...rest } = deps;
  return {
    business: model.business.slug,
    domain: m.domain,
    html: m.html,
    components: m.components.map((c) => ({ id: c.id, name: c.name, alarmNames: c.endpointIds.map(alarmName) })),
    ...rest,
  };
}
