/**
 * The blueprint's status page -> StatusPage args. Plan B builds the AWS variant (S3 + CloudFront,
 * see docs/infrastructure.md); a page hosted elsewhere is noted, not built.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { Model } from '../../model/model';
import type { StatusPageArgs } from '../../components/status/statusPage';
import { statusPageFiles } from '../status-page/page';
import { note, refusedByLoader, type Notes } from './notes';
import { caaBlocksAcm } from './caa';

export interface MappedStatusPage {
  domain: string;
  components: { id: string; name: string; endpointIds: string[] }[];
  html: string;
}

/** `alarmed` holds the ids of endpoints that have a health-check alarm. */
export function mapStatusPage(model: Model, alarmed: ReadonlySet<string>, notes: Notes): MappedStatusPage | undefined {
  const page = model.statusPage;
  if (page === undefined) return undefined;
  if (page.hosting !== 'aws') {
    note(notes, page.path, `the status page is hosted on ${page.hosting}; Plan B builds only the AWS page (S3 + CloudFront), so none is created`);
    return undefined;
  }
  if (!page.host.startsWith('status.')) refusedByLoader(`${page.path}/host`, 'the status page is built at status.<domain> (PB045)');
  const components = page.components.flatMap((c) => {
    const endpointIds = c.endpoints.map((e) => e.id).filter((id) => alarmed.has(id)).sort();
    // validate refuses a component without an http or tcp endpoint (PB045); `alarmed` may still be narrower.
    if (endpointIds.length === 0) {
      note(notes, c.path, `status component ${c.id} has no endpoint with a health-check alarm; it is left off the page`);
      return [];
    }
    return [{ id: c.id, name: c.name, endpointIds }];
  });
  if (components.length === 0) return undefined;
  const domain = page.host.slice('status.'.length);
  const zone = model.domains.find((d) => d.name === domain);
  const blocking = zone && caaBlocksAcm(zone, 'status');
  if (zone && blocking) {
    const caa = zone.records.find((r) => r.type === 'CAA' && (r.name === 'status' || r.name === '@'));
    note(notes, caa?.path ?? zone.path, `CAA allows only ${blocking.length ? blocking.join(', ') : 'no authority'}, so ACM cannot issue the status page certificate and \`pulumi up\` fails; add the value 0 issue "amazon.com"`);
  }
  // The project's page generator, shown only the components the updater can report on.
  const shown = new Set(components.map((c) => c.id));
  const html = statusPageFiles({ ...model, statusPage: { ...page, components: page.components.filter((c) => shown.has(c.id)) } })['index.html'];
  return { domain, components, html };
}

export type StatusDeps = Pick<StatusPageArgs, 'provider' | 'alarmProvider' | 'certificateProvider' | 'bucketRegion' | 'dns'> & {
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
