import { basename, resolve } from 'node:path';

/**
 * The Pulumi project name for a client folder: `planb-<folder>`, lower-case letters, digits and
 * hyphens, so one Pulumi organisation can hold many clients (stacks are named org/project/stack).
 */
export function clientProjectName(dir: string): string {
  const slug = basename(resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `planb-${slug === '' ? 'client' : slug}`;
}

/** cli/init/Pulumi.yaml with the client's project name in place of the template's. */
export function withProjectName(pulumiYaml: string, dir: string): string {
  return pulumiYaml.replace(/^name: planb-client$/m, `name: ${clientProjectName(dir)}`);
}
