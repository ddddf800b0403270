/** PF010: e-mail pages need a verified SES identity in the sending region; the sandbox is per region. */
import { describe, expect, it } from 'vitest';
import { checkSes } from '../../../../generators/plan/preflight/check-ses';
import type { PlanResource } from '../../../../generators/plan/types';
import { locator, planned } from './helpers';

const pager = (from: string | undefined): PlanResource[] =>
  planned('aws:lambda/function:Function', 'alerts-pager', {
    name: 'alerts-pager-0a1b2c3d',
    handler: 'index.events',
    environment: { variables: from ? { PLANB_EMAIL_FROM: from } : {} },
  });
const identity = (value: string, provider = 'aws-primary'): PlanResource => ({
  ...(planned('aws:sesv2/emailIdentity:EmailIdentity', 'alerts-sender', { emailIdentity: value })[1] as PlanResource),
  provider,
});

describe('checkSes', () => {
  it('refuses a sender with no identity in its region, and warns about verification and the sandbox once per region', () => {
    const none = pager('owner@acme.example');
    expect(checkSes(none, locator(none)).map((f) => [f.code, f.severity, f.resource])).toEqual([['PF010', 'error', 'alerts-pager']]);
    const elsewhere = [...pager('owner@acme.example'), identity('owner@acme.example', 'aws-us-east-1')];
    expect(checkSes(elsewhere, locator(elsewhere)).filter((f) => f.severity === 'error')).toHaveLength(1);
    const ok = [...pager('owner@acme.example'), identity('owner@acme.example')];
    expect(checkSes(ok, locator(ok)).map((f) => [f.code, f.severity])).toEqual([['PF010', 'warning']]);
    // A verified domain covers every address in it.
    const domain = [...pager('owner@acme.example'), identity('acme.example')];
    expect(checkSes(domain, locator(domain)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('says nothing when nothing sends e-mail', () => {
    const quiet = pager(undefined);
    expect(checkSes(quiet, locator(quiet))).toEqual([]);
  });
});
