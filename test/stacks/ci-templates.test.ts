/** `planb init` writes the Pulumi project, the example stack and the CI workflow, and they hold up. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  environment?: string;
  steps: Step[];
}

describe('client repository files from planb init', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'planb-init-ci-'));
  const result = await runCli('init', dir, '--planb-source', 'git+https://github.com/acme/planb.git#v0.1.0');
  const read = (f: string): unknown => load(readFileSync(join(dir, f), 'utf8'));

  it('writes Pulumi.yaml, Pulumi.example.yaml and the workflow', () => {
    expect(result.code).toBe(0);
    for (const f of ['Pulumi.yaml', 'Pulumi.example.yaml', '.github/workflows/planb.yml']) expect(result.stdout).toContain(join(dir, f));
  });

  it('writes a package.json that installs Plan B, whose built program Pulumi.yaml runs', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.dependencies.planb).toMatch(/^git\+https:\/\/.+\/planb\.git#v\d+\.\d+\.\d+$/);
    expect(pkg.scripts.validate).toBe('planb validate planb.yaml');
  });

  it('points the project at the built program and the stack at the blueprint, with no secret values', () => {
    expect(read('Pulumi.yaml')).toMatchObject({ runtime: { name: 'nodejs' }, main: 'node_modules/planb/dist/stacks/index.js' });
    const stack = read('Pulumi.example.yaml') as { config: Record<string, unknown> };
    expect(stack.config['planb:blueprint']).toBe('planb.yaml');
    expect(stack.config['aws:region']).toBeTruthy();
    expect(Object.keys(stack.config).filter((k) => /token|secret|key/i.test(k))).toEqual([]);
    expect(readFileSync(join(dir, 'Pulumi.example.yaml'), 'utf8')).toContain('pulumi config set --secret planb:telegramBotToken');
  });

  it('previews pull requests with a comment, deploys main, and gets AWS credentials through OIDC', () => {
    const wf = read('.github/workflows/planb.yml') as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.jobs).sort()).toEqual(['check', 'preview', 'up']);
    const { check, preview, up } = wf.jobs as { check: Job; preview: Job; up: Job };
    const pulumiStep = (job: Job) => job.steps.find((s) => s.uses?.startsWith('pulumi/actions@'));
    expect(pulumiStep(preview)).toMatchObject({ uses: 'pulumi/actions@v6', with: { command: 'preview', 'comment-on-pr': true } });
    expect(pulumiStep(up)).toMatchObject({ uses: 'pulumi/actions@v6', with: { command: 'up' } });
    expect(preview.if).toContain("github.event_name == 'pull_request'");
    expect(up.if).toContain("github.ref == 'refs/heads/main'");
    for (const job of [preview, up]) {
      expect(job.permissions?.['id-token']).toBe('write');
      const aws = job.steps.find((s) => s.uses === 'aws-actions/configure-aws-credentials@v4');
      expect(aws?.with?.['role-to-assume']).toBeTruthy();
      // Credentials must be in place before Pulumi runs.
      expect(job.steps.indexOf(aws as Step)).toBeLessThan(job.steps.indexOf(pulumiStep(job) as Step));
    }
    expect(preview.permissions?.['pull-requests']).toBe('write');
    // A pull request's code runs in preview: it gets a read-only role, not the deploying one,
    // and the deploying job runs in the environment its role's trust policy names.
    const role = (job: Job) => job.steps.find((s) => s.uses === 'aws-actions/configure-aws-credentials@v4')?.with?.['role-to-assume'];
    expect(role(preview)).toBe('${{ vars.AWS_PREVIEW_ROLE_ARN }}');
    expect(role(up)).toBe('${{ vars.AWS_ROLE_ARN }}');
    expect(up.environment).toBe('production');
    const runs = check.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('planb validate');
    expect(runs).toContain('planb analyze "$BLUEPRINT" --format sarif');
    expect(check.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
    expect(check.permissions?.['security-events']).toBe('write');
  });

  it('uses only commands that exist', async () => {
    const runs = readFileSync(join(dir, '.github/workflows/planb.yml'), 'utf8').match(/npx planb (\w+)/g) ?? [];
    for (const cmd of new Set(runs.map((r) => r.split(' ')[2] as string))) {
      expect((await runCli(cmd, '--help')).code, cmd).toBe(0);
    }
  });
});
