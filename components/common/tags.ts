/**
 * Tags every taggable AWS resource carries, so a bill or a console search
 * can always be traced back to the business, the component and the process.
 */
export type Tags = Record<string, string>;

/** Arguments every Plan B component shares. */
export interface CommonArgs {
  /** Business slug from the blueprint; lower-case letters, digits and dashes. */
  business: string;
  /** The blueprint process this component serves, when there is exactly one. */
  process?: string;
  /** Extra tags; the planb:* keys below always win so they cannot be spoofed. */
  tags?: Tags;
}

export function planbTags(common: CommonArgs, component: string, process?: string): Tags {
  const tags: Tags = { ...(common.tags ?? {}) };
  tags['planb:business'] = common.business;
  tags['planb:component'] = component;
  const proc = process ?? common.process;
  if (proc !== undefined) tags['planb:process'] = proc;
  return tags;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Throws when the business slug cannot be used inside AWS and Cloudflare names. */
export function checkSlug(arg: string, value: string): void {
  if (!SLUG.test(value)) {
    throw new Error(
      `${arg}: "${value}" is not a valid slug; use 1-63 lower-case letters, digits and dashes, ` +
        'starting and ending with a letter or digit',
    );
  }
}
