/**
 * Where the client's package.json installs Plan B from: the `--planb-source` option, else where
 * the running Plan B came from. A git checkout with an `origin` remote gives `git+<url>#<commit>`
 * (npm installs that in CI, private repositories included, with the credentials git already has);
 * anything else (no origin, or an origin that is a local path) gives a `file:` path, which works on
 * this machine only and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PlanbSource {
  spec: string;
  /** Set when the spec will not install in CI and the user should pass --planb-source. */
  warning?: string;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The `url` of `[remote "origin"]` in a git config file. */
export function originUrl(config: string): string | undefined {
  const section = /\[remote "origin"\]([^[]*)/.exec(config);
  return section ? /^\s*url\s*=\s*(\S+)\s*$/m.exec(section[1]!)?.[1] : undefined;
}

/**
 * npm's form of a git URL that another machine can reach: `git@host:org/repo.git` becomes
 * `git+ssh://git@host/org/repo.git`, `https://...` becomes `git+https://...`. A local path or a
 * `file://` URL (a clone of a clone) reaches nothing from CI: undefined.
 */
export function npmGitUrl(url: string): string | undefined {
  const scp = /^([\w.-]+@[\w.-]+):(?!\/)(.+)$/.exec(url);
  if (scp) return `git+ssh://${scp[1]}/${scp[2]}`;
  const bare = url.startsWith('git+') ? url.slice(4) : url;
  if (!/^(https?|ssh|git):\/\//.test(bare)) return undefined;
  return `git+${bare}`;
}

function headCommit(gitDir: string): string | undefined {
  const head = readText(join(gitDir, 'HEAD'))?.trim();
  if (head === undefined) return undefined;
  if (/^[0-9a-f]{40}$/.test(head)) return head;
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (ref === undefined) return undefined;
  const loose = readText(join(gitDir, ref))?.trim();
  if (loose !== undefined && /^[0-9a-f]{40}$/.test(loose)) return loose;
  const packed = readText(join(gitDir, 'packed-refs'))
    ?.split('\n')
    .find((l) => l.endsWith(` ${ref}`));
  return packed?.slice(0, 40);
}

export function planbSource(root: string, option?: string): PlanbSource {
  if (option !== undefined) return { spec: option };
  const gitDir = join(root, '.git');
  const origin = existsSync(gitDir) ? originUrl(readText(join(gitDir, 'config')) ?? '') : undefined;
  const url = origin !== undefined ? npmGitUrl(origin) : undefined;
  if (url !== undefined) {
    const commit = headCommit(gitDir);
    return { spec: `${url}${commit !== undefined ? `#${commit}` : ''}` };
  }
  return {
    spec: `file:${root}`,
    warning: `package.json installs Plan B from ${root}, which CI cannot reach; run init again with --planb-source <git URL or npm spec>`,
  };
}
