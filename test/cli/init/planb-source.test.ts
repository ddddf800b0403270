import { describe, expect, it } from 'vitest';
import { npmGitUrl, originUrl } from '../../../cli/init/planb-source';

describe('where the client installs Plan B from', () => {
  it('reads the origin remote of a git config', () => {
    const config =
      '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://x/y.git\n[remote "origin"]\n\turl = git@github.com:acme/planb.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n';
    expect(originUrl(config)).toBe('git@github.com:acme/planb.git');
    expect(originUrl('[core]\n')).toBeUndefined();
  });

  it.each([
    ['git@github.com:acme/planb.git', 'git+ssh://git@github.com/acme/planb.git'],
    ['https://github.com/acme/planb.git', 'git+https://github.com/acme/planb.git'],
    ['git+https://gitlab.example/acme/planb.git', 'git+https://gitlab.example/acme/planb.git'],
    ['/work/main', undefined],
    ['../planb', undefined],
    ['file:///srv/git/planb.git', undefined],
  ])('writes %s as npm installs it from CI: %s', (url, spec) => {
    expect(npmGitUrl(url)).toBe(spec);
  });
});
