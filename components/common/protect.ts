import type * as pulumi from '@pulumi/pulumi';

/**
 * Options for a resource whose loss is an outage or lost data: a zone (new name servers mean an
 * outage until the registrar is changed) or a backup bucket. Protected by default, so neither
 * `pulumi destroy` nor a replacement can remove it; a caller that truly means to (a sandbox
 * smoke test) passes `protect: false` in the component's options, as Pulumi users expect.
 */
export function keeperOpts(
  component: pulumi.ComponentResourceOptions | undefined,
  opts: pulumi.CustomResourceOptions,
): pulumi.CustomResourceOptions {
  return { ...opts, protect: component?.protect ?? true };
}
