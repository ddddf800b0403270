/** PF001: Lambda runtimes judged against AWS's dated support table on the judging day. */
import { describe, expect, it } from 'vitest';
import { checkLambdaRuntimes, judgeRuntime } from '../../../../generators/plan/preflight/check-runtime';
import { LAMBDA_RUNTIMES } from '../../../../generators/plan/preflight/lambda-runtimes';
import { LAMBDA_NODE_RUNTIME } from '../../../../components/common/lambda';
import { FIXTURE, locator, planned } from './helpers';

describe('judgeRuntime', () => {
  it('blocks nodejs20.x for new functions since 2026-08-31 (the runtime every function used before)', () => {
    expect(judgeRuntime('nodejs20.x', '2026-09-01')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('creating nodejs20.x functions since 2026-08-31'),
    });
    expect(judgeRuntime('nodejs20.x', '2026-12-02')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('creating and updating'),
    });
  });

  it('warns 90 days before a deprecation, and from the deprecation until creation is blocked', () => {
    expect(judgeRuntime('nodejs22.x', '2027-01-29')).toBeUndefined();
    expect(judgeRuntime('nodejs22.x', '2027-01-30')).toMatchObject({ severity: 'warning' });
    expect(judgeRuntime('nodejs22.x', '2027-05-31')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('deprecated since 2027-04-30'),
    });
    expect(judgeRuntime('nodejs22.x', '2027-06-01')).toMatchObject({ severity: 'error' });
    expect(judgeRuntime('nodejs22.x', '2027-07-01')).toMatchObject({ severity: 'error', message: expect.stringContaining('updating') });
  });

  it('refuses a runtime the table does not know', () => {
    expect(judgeRuntime('nodejs99.x', '2026-12-02')).toMatchObject({ severity: 'error', message: expect.stringContaining('not in') });
  });

  it("Plan B's own runtime is in the table and fine on the day the table was checked", () => {
    expect(LAMBDA_RUNTIMES[LAMBDA_NODE_RUNTIME]).toBeDefined();
    expect(judgeRuntime(LAMBDA_NODE_RUNTIME, '2026-12-02')).toBeUndefined();
  });
});

describe('checkLambdaRuntimes', () => {
  it('names the function, its blueprint line, the rule and the documentation', () => {
    const resources = planned('aws:lambda/function:Function', 'alerts-telegram', { runtime: 'nodejs20.x' });
    const [f, ...rest] = checkLambdaRuntimes(resources, '2026-12-02', locator(resources));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'PF001',
      severity: 'error',
      resource: 'alerts-telegram',
      doc: expect.stringContaining('lambda-runtimes'),
    });
    expect(f?.location).toMatch(new RegExp(`^${FIXTURE}:\\d+:\\d+$`));
  });

  it('says nothing of resources that are not functions', () => {
    const resources = planned('aws:sns/topic:Topic', 't', { runtime: 'nodejs20.x' });
    expect(checkLambdaRuntimes(resources, '2026-12-02', locator(resources))).toEqual([]);
  });
});
