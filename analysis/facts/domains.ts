/**
 * Which of the blueprint's own domains a host, URL or e-mail address is at. PB150, PB151 and the
 * certificate watch (PB142, the checklist) all ask it, so they agree on what "our domain" means:
 * the domain itself or any name under it, without case.
 */
import type { Model } from '../../model/model';

/** The blueprint domain a host name is at (itself or a subdomain), lower-cased, if any. */
export type DomainResolver = (host: string | undefined) => string | undefined;

export function domainResolver(model: Model): DomainResolver {
  const names = model.domains.map((d) => d.name.toLowerCase());
  return (host) => {
    if (!host) return undefined;
    const h = host.toLowerCase();
    return names.find((d) => h === d || h.endsWith('.' + d));
  };
}

/** The host of a URL or of a bare `host:port`. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url) ?? /^([^/:?#]+)/.exec(url);
  return m?.[1];
}

/** The lower-cased host of an https:// URL; undefined for any other scheme. */
export function httpsHost(url: string): string | undefined {
  const m = /^https:\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The domain part of an e-mail address (after its last @). */
export function mailDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
