/**
 * Shared Pulumi mock runtime for component tests: records every resource the
 * program registers (type, name, inputs, parent URN, provider) so tests can
 * assert exact children. Outputs that real providers compute (ARNs, name
 * servers, validation records) are synthesised deterministically.
 */
import * as pulumi from '@pulumi/pulumi';

export interface Recorded {
  type: string;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inputs: Record<string, any>;
  /** URN of the parent resource, '' for the stack itself. */
  parent: string;
  /** Provider reference "urn::id", '' when the default provider is used. */
  provider: string;
}

export const ACCOUNT = '123456789012';

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
}
interface Monitor {
  registerResource(req: RegisterRequest, cb: unknown): Promise<void>;
}

export class ResourceLog {
  readonly all: Recorded[] = [];
  private readonly parents = new Map<string, string>();

  ofType(type: string): Recorded[] {
    return this.all.filter((r) => r.type === type);
  }

  named(name: string): Recorded {
    const found = this.all.filter((r) => r.name === name);
    if (found.length !== 1) throw new Error(`expected one resource named ${name}, got ${found.length}`);
    return found[0] as Recorded;
  }

  names(type?: string): string[] {
    return (type === undefined ? this.all : this.ofType(type)).map((r) => r.name).sort();
  }

  /** @internal */
  noteParent(type: string, name: string, parent: string): void {
    this.parents.set(`${type}::${name}`, parent);
  }

  /** @internal */
  parentOf(type: string, name: string): string {
    return this.parents.get(`${type}::${name}`) ?? '';
  }
}

/** The provider resource name inside a provider reference, e.g. "use1". */
export function providerName(ref: string): string {
  const parts = ref.split('::');
  return parts.length >= 2 ? (parts[parts.length - 2] as string) : '';
}

function bucketOutputs(inputs: Record<string, unknown>, name: string): Record<string, unknown> {
  const bucket = (inputs['bucket'] as string | undefined) ?? `${name}-bucket`;
  return {
    bucket,
    arn: `arn:aws:s3:::${bucket}`,
    bucketRegionalDomainName: `${bucket}.s3.eu-central-1.amazonaws.com`,
  };
}

function computedOutputs(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
    case 'aws:s3/bucket:Bucket':
      return bucketOutputs(inputs, name);
    case 'aws:route53/zone:Zone':
      return { zoneId: `Z${name.toUpperCase()}`, nameServers: [`ns-1.${name}.awsdns.com`, `ns-2.${name}.awsdns.net`] };
    case 'cloudflare:index/zone:Zone':
      return { nameServers: [`ada.ns.cloudflare.com`, `bob.ns.cloudflare.com`] };
    case 'aws:acm/certificate:Certificate': {
      const domain = inputs['domainName'] as string;
      return {
        domainValidationOptions: [
          {
            domainName: domain,
            resourceRecordName: `_abc.${domain}.`,
            resourceRecordType: 'CNAME',
            resourceRecordValue: `_xyz.acm-validations.aws.`,
          },
        ],
      };
    }
    case 'aws:cloudfront/distribution:Distribution':
      return { domainName: `d111.cloudfront.net`, hostedZoneId: 'Z2FDTNDATAQYW2' };
    default:
      return {};
  }
}

function invokeResult(token: string, provider: string): Record<string, unknown> {
  switch (token) {
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/ci`, userId: 'AIDA', id: ACCOUNT };
    case 'aws:kms/getAlias:getAlias': {
      const where = providerName(provider) || 'default';
      return {
        arn: `arn:aws:kms:${where}:${ACCOUNT}:alias/aws/s3`,
        targetKeyArn: `arn:aws:kms:${where}:${ACCOUNT}:key/aws-s3`,
        targetKeyId: 'aws-s3',
      };
    }
    default:
      throw new Error(`unmocked invoke ${token}`);
  }
}

/**
 * Installs the mocks and returns the log they fill. Call before importing components' resources.
 * Component suites share their worker thread (vitest.config.mts): whatever the suite before this one
 * left registering goes to its own mocks first, so nothing of it lands in this suite's log.
 */
export async function installMocks(): Promise<ResourceLog> {
  await pulumi.runtime.disconnect();
  const log = new ResourceLog();
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const inputs = (args.inputs ?? {}) as Record<string, unknown>;
        log.all.push({
          type: args.type,
          name: args.name,
          inputs,
          parent: log.parentOf(args.type, args.name),
          provider: args.provider ?? '',
        });
        const state = {
          ...inputs,
          arn: `arn:aws:mock:::${args.type}/${args.name}`,
          ...computedOutputs(args.type, args.name, inputs),
        };
        return { id: `${args.name}-id`, state };
      },
      call(args) {
        return invokeResult(args.token, args.provider ?? '');
      },
    },
    'planb',
    'test',
    true,
  );
  // setMocks cannot report a resource's parent; wrap the mock monitor to note it.
  const monitor = pulumi.runtime.getMonitor() as unknown as Monitor;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    log.noteParent(req.getType(), req.getName(), req.getParent());
    return register(req, cb);
  };
  return log;
}

/** Resolves an Output (or plain value) to its value in tests. */
export function resolve<T>(value: pulumi.Input<T>): Promise<T> {
  return new Promise((ok) => pulumi.output(value).apply((v) => ok(v as T)));
}

/** Waits until every registration started so far has reached the mocks. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

/** True when the value, wherever it sits in a recorded input tree, is a Pulumi secret. */
export function isSecretMarker(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)['4dabf18193072939515e22adb298388d'] === '1b47061264138c4ac30d75fd1eb44270'
  );
}
