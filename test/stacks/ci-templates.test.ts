/** `planb init` writes the Pulumi project, the example stack and the CI workflow, and they hold up. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
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
    const wf = read('.github/workflows/planb.yml') as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, Job>;
    };
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.jobs).sort()).toEqual(['check', 'code-scanning', 'preview', 'sandbox', 'up']);
    const { check, preview, up } = wf.jobs as { check: Job; preview: Job; up: Job };
    const pulumiStep = (job: Job) => job.steps.find((s) => s.uses?.startsWith('pulumi/actions@'));
    expect(pulumiStep(preview)?.with).toMatchObject({
      command: 'preview',
      'comment-on-pr': true,
      'pulumi-version': '${{ env.PULUMI_VERSION }}',
    });
    expect(pulumiStep(up)?.with).toMatchObject({ command: 'up', 'pulumi-version': '${{ env.PULUMI_VERSION }}' });
    expect(preview.if).toContain("github.event_name == 'pull_request'");
    expect(up.if).toContain("github.ref == 'refs/heads/main'");
    const awsStep = (job: Job) => job.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    for (const job of [preview, up]) {
      expect(job.permissions?.['id-token']).toBe('write');
      expect(awsStep(job)?.with?.['role-to-assume']).toBeTruthy();
      // Credentials must be in place before Pulumi runs.
      expect(job.steps.indexOf(awsStep(job) as Step)).toBeLessThan(job.steps.indexOf(pulumiStep(job) as Step));
    }
    expect(preview.permissions?.['pull-requests']).toBe('write');
    // A pull request's code runs in preview: it gets a read-only role, not the deploying one,
    // and the deploying job runs in the environment its role's trust policy names.
    expect(awsStep(preview)?.with?.['role-to-assume']).toBe('${{ vars.AWS_PREVIEW_ROLE_ARN }}');
    expect(awsStep(up)?.with?.['role-to-assume']).toBe('${{ vars.AWS_ROLE_ARN }}');
    expect(up.environment).toBe('production');
    const runs = check.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('planb validate');
    expect(runs).toContain('planb plan "$BLUEPRINT" --format markdown --today "$(date -u +%F)"');
  });

  it('lets no pull-request job reach a credential that can write', () => {
    const text = readFileSync(join(dir, '.github/workflows/planb.yml'), 'utf8');
    const wf = load(text) as { jobs: Record<string, Job & { env?: Record<string, string> }> };
    const pr = Object.values(wf.jobs).filter((j) => (j.if ?? '').includes("github.event_name == 'pull_request'"));
    expect(pr.length).toBe(3);
    const WRITE = [
      'secrets.PULUMI_ACCESS_TOKEN',
      'secrets.CLOUDFLARE_API_TOKEN',
      'secrets.PLANB_TELEGRAM_BOT_TOKEN',
      'secrets.PLANB_TELEGRAM_WEBHOOK_SECRET',
      'secrets.PLANB_ACK_LINK_KEY',
      'vars.AWS_ROLE_ARN',
      'vars.AWS_SANDBOX_ROLE_ARN',
    ];
    for (const job of pr) {
      expect(job.environment).toBeUndefined();
      const used = JSON.stringify(job);
      for (const w of WRITE) expect(used, w).not.toContain(`${w} }}`);
    }
  });

  it('makes the SARIF upload optional and never a prerequisite of the preview', () => {
    const wf = read('.github/workflows/planb.yml') as { jobs: Record<string, Job> };
    const scanning = wf.jobs['code-scanning'] as Job;
    expect(scanning.if).toContain("vars.PLANB_CODE_SCANNING == 'true'");
    expect(scanning.permissions?.['security-events']).toBe('write');
    expect(scanning.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect((wf.jobs['preview'] as Job).needs).toBe('check');
    expect((wf.jobs['check'] as Job).permissions).toBeUndefined();
  });

  it('pins every action by a full commit SHA and runs a maintained Node.js', () => {
    const text = readFileSync(join(dir, '.github/workflows/planb.yml'), 'utf8');
    const uses = [...text.matchAll(/uses: (\S+)/g)].map((m) => m[1] as string);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u, u).toMatch(/@[0-9a-f]{40}$/);
    expect(text).toMatch(/NODE_VERSION: (22|24)\n/);
    expect(text).toMatch(/PULUMI_VERSION: \d+\.\d+\.\d+\n/);
  });

  it('offers a manual sandbox job that deploys unprotected, sends a test alert and always destroys', () => {
    const wf = read('.github/workflows/planb.yml') as { jobs: Record<string, Job> };
    const sandbox = wf.jobs['sandbox'] as Job;
    expect(sandbox.if).toContain("github.event_name == 'workflow_dispatch'");
    expect(sandbox.environment).toBe('sandbox');
    const up = sandbox.steps.find((s) => s.with?.['command'] === 'up');
    expect(String(up?.with?.['config-map'])).toContain("planb:protect: {value: 'false'}");
    expect(sandbox.steps.some((s) => (s.run ?? '').includes('set-alarm-state') && (s.run ?? '').includes('smokeTestAlarm'))).toBe(true);
    const destroy = sandbox.steps.find((s) => s.with?.['command'] === 'destroy') as Step & { if?: string };
    expect(destroy.if).toBe('always()');
  });

  it('names the Pulumi project after the client folder, so one organisation holds many clients', () => {
    expect((read('Pulumi.yaml') as { name: string }).name).toBe(`planb-${basename(dir).toLowerCase()}`);
  });

  it('uses only commands that exist', async () => {
    const runs = readFileSync(join(dir, '.github/workflows/planb.yml'), 'utf8').match(/npx planb (\w+)/g) ?? [];
    for (const cmd of new Set(runs.map((r) => r.split(' ')[2] as string))) {
      expect((await runCli(cmd, '--help')).code, cmd).toBe(0);
    }
  });
});
