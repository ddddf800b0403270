/** PF006: a function's environment variables within Lambda's 4 KB. */
import { describe, expect, it } from 'vitest';
import { checkLambdaEnvironment } from '../../../../generators/plan/preflight/check-lambda-environment';
import { locator, planned } from './helpers';

const fn = (value: string) => planned('aws:lambda/function:Function', 'probes-probe', { environment: { variables: { TARGETS: value } } });

describe('checkLambdaEnvironment', () => {
  it('counts names and values together against 4096 bytes', () => {
    const fits = fn('x'.repeat(4096 - 'TARGETS'.length));
    expect(checkLambdaEnvironment(fits, locator(fits))).toEqual([]);
    const over = fn('x'.repeat(4097 - 'TARGETS'.length));
    expect(checkLambdaEnvironment(over, locator(over))).toMatchObject([{ code: 'PF006', severity: 'error', resource: 'probes-probe' }]);
  });
});
