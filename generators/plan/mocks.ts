/**
 * Pulumi's own mock runtime, with a recorder. Every registration (providers, components, cloud
 * resources) is recorded with its parent and provider. Outputs a provider would compute are
 * filled in as readable references derived from the resource's name ("health-shop.arn"), so
 * the plan is deterministic and shows what refers to what. Load only after prepareRuntime().
 */
import * as pulumi from '@pulumi/pulumi';
import { planValue } from './values';
import type { PlanResource } from './types';

export const PLAN_ACCOUNT = '000000000000';

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getProtect(): boolean;
}
interface MockMonitorLike {
  registerResource(req: RegisterRequest, cb: unknown): Promise<void>;
  newUrn(parent: string, type: string, name: string): string;
}

/** Outputs real providers compute, as references to the resource that computes them. */
export function computedOutputs(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const ref = (prop: string): string => `${name}.${prop}`;
  const common = { arn: ref('arn'), name: inputs['name'] ?? ref('name') };
  switch (type) {
    case 'aws:s3/bucket:Bucket':
      return { ...common, bucket: inputs['bucket'] ?? ref('bucket'), bucketRegionalDomainName: ref('bucketRegionalDomainName') };
    case 'aws:route53/zone:Zone':
      return { ...common, zoneId: ref('zoneId'), nameServers: [ref('nameServers')] };
    case 'cloudflare:index/zone:Zone':
      return { ...common, nameServers: [ref('nameServers')] };
    case 'aws:route53/record:Record':
      return { ...common, fqdn: inputs['name'] ?? ref('fqdn') };
    case 'aws:acm/certificate:Certificate':
      return {
        ...common,
        domainValidationOptions: [
          {
            domainName: inputs['domainName'],
            resourceRecordName: ref('validationName'),
            resourceRecordType: 'CNAME',
            resourceRecordValue: ref('validationValue'),
          },
        ],
      };
    case 'aws:acm/certificateValidation:CertificateValidation':
      return { ...common, certificateArn: inputs['certificateArn'] };
    case 'aws:cloudfront/distribution:Distribution':
      return { ...common, domainName: ref('domainName'), hostedZoneId: ref('hostedZoneId') };
    default:
      return common;
  }
}

function invokeResult(token: string, provider: string): Record<string, unknown> {
  const where = provider.split('::').slice(-2, -1)[0] ?? 'default';
  switch (token) {
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { accountId: PLAN_ACCOUNT, arn: `arn:aws:iam::${PLAN_ACCOUNT}:role/planb`, userId: 'planb', id: PLAN_ACCOUNT };
    case 'aws:kms/getAlias:getAlias':
      return {
        arn: `${where}:alias/aws/s3`,
        targetKeyArn: `${where}:alias/aws/s3.targetKeyArn`,
        targetKeyId: `${where}:aws/s3`,
        id: 'alias/aws/s3',
      };
    default:
      throw new Error(`planb plan: the program called ${token}, which the offline plan cannot answer`);
  }
}

export interface Recorder {
  resources: PlanResource[];
}

/** Installs fresh mocks and config; returns the list the registrations fill (`onResource` hears its length grow). */
export async function installRecorder(
  config: Record<string, string>,
  secretKeys: string[],
  onResource?: (count: number) => void,
): Promise<Recorder> {
  const recorder: Recorder = { resources: [] };
  let current: { urn: string; parent: string; protect: boolean } | undefined;
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const inputs = (args.inputs ?? {}) as Record<string, unknown>;
        const at = current ?? { urn: `${args.type}::${args.name}`, parent: '', protect: false };
        const provider = args.provider === undefined || args.provider === '' ? '' : (args.provider.split('::').slice(-2, -1)[0] ?? '');
        recorder.resources.push({
          urn: at.urn,
          type: args.type,
          name: args.name,
          parent: at.parent,
          provider,
          custom: args.custom ?? true,
          inputs: planValue(inputs) as PlanResource['inputs'],
          ...(at.protect ? { protect: true } : {}),
        });
        onResource?.(recorder.resources.length);
        // Mock ids derive from names: no randomness, byte-identical plans.
        return {
          id: args.custom === false ? undefined : `${args.name}.id`,
          state: { ...inputs, ...computedOutputs(args.type, args.name, inputs) },
        };
      },
      call(args) {
        return invokeResult(args.token, args.provider ?? '');
      },
    },
    'planb',
    'plan',
    true,
  );
  pulumi.runtime.setAllConfig(config, secretKeys);
  // setMocks does not pass the parent to newResource; the monitor sees it, and calls
  // newResource synchronously from registerResource, so noting it here is race-free.
  const monitor = pulumi.runtime.getMonitor() as unknown as MockMonitorLike;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    current = { urn: monitor.newUrn(req.getParent(), req.getType(), req.getName()), parent: req.getParent(), protect: req.getProtect() };
    try {
      return register(req, cb);
    } finally {
      current = undefined;
    }
  };
  return recorder;
}
