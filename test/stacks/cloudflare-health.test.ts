/**
 * A Cloudflare health check tells someone only through a notification policy (there is no
 * Cloudflare load balancer pool on a standalone check): the stack makes one only when the
 * first-stage people can be e-mailed, and then the policy lists it. Without that it would watch
 * for nobody, beside the Route 53 check and alarm that already page (issue 11, "A lean stack").
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../generators/plan/index';
import { EXAMPLES, exampleText, planExample, planText } from './plan-helpers';

const CHECK = 'cloudflare:index/healthcheck:Healthcheck';
const POLICY = 'cloudflare:index/notificationPolicy:NotificationPolicy';

function unheard(p: Plan): string[] {
  const heard = p.resources
    .filter((r) => r.type === POLICY)
    .flatMap((r) => ((r.inputs['filters'] as { healthCheckIds?: string[] }).healthCheckIds ?? []).map(String));
  return p.resources.filter((r) => r.type === CHECK && !heard.some((id) => id.startsWith(`${r.name}.`))).map((r) => r.name);
}

describe('Cloudflare health checks', () => {
  it.each(EXAMPLES)('%s: every Cloudflare health check is heard by a notification policy', async (name) => {
    expect(unheard(await planExample(name))).toEqual([]);
  });

  it('the shop with an e-mail channel in its first stage: the check is made and the policy e-mails that person', async () => {
    const text = exampleText('online-shop')
      .replace(
        '\n  - id: team-sms\n',
        '\n  - id: team-mail\n    name: On-call e-mail\n    kind: email\n    audience: team\n    service: mail\n    address: on-call mailbox\n  - id: team-sms\n',
      )
      .replace(
        '      - notify: [anton]\n        via: [team-chat, team-sms]',
        '      - notify: [anton]\n        via: [team-chat, team-mail, team-sms]',
      );
    const p = await planText(text, 'blueprints/online-shop.yaml');
    const checks = p.resources.filter((r) => r.type === CHECK);
    expect(checks.map((r) => r.name)).toEqual(['health-shop-origin-cf']);
    const policy = p.resources.find((r) => r.type === POLICY);
    expect(policy?.inputs['mechanisms']).toEqual({ emails: [{ id: 'anton@samovar-tea.example' }] });
    expect(unheard(p)).toEqual([]);
  });
});
