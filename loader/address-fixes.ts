/**
 * An address written in the neighbouring form: a URL without its scheme where a URL belongs
 * ("beanthere.example"), a URL where a host name or host:port belongs ("https://status.shop.example",
 * "https://server:443"). The hint then names the address to write; undefined when it would guess.
 */
const HOST_LIKE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?(\/\S*)?$/i;

/** "shop.example/health" -> "https://shop.example/health". */
export function urlFix(written: string): string | undefined {
  const text = written.trim();
  return !text.includes('://') && HOST_LIKE.test(text) ? `https://${text}` : undefined;
}

function parsed(written: string): URL | undefined {
  try {
    const url = new URL(written.trim());
    return url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "https://status.shop.example/" -> "status.shop.example"; "shop.example/x" -> "shop.example". */
export function hostFix(written: string): string | undefined {
  const url = parsed(written) ?? parsed(`https://${written.trim()}`);
  const host = url?.hostname;
  return host !== undefined && host !== written.trim() && HOST_LIKE.test(host) ? host : undefined;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'https:': '443', 'http:': '80' };

/** "https://server.example:8443/x" -> "server.example:8443"; "https://server.example" -> "server.example:443". */
export function hostPortFix(written: string): string | undefined {
  const url = written.includes('://') ? parsed(written) : undefined;
  const port = url?.port || DEFAULT_PORTS[url?.protocol ?? ''];
  return url !== undefined && port !== undefined ? `${url.hostname}:${port}` : undefined;
}
