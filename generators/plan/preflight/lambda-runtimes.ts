/**
 * AWS Lambda's support dates for the Node.js runtimes, as published in "Lambda runtimes"
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Checked 2026-12-02;
 * AWS moves these dates now and then, so re-check them when adding a runtime.
 * - deprecate: no more security patches; functions keep running.
 * - blockCreate: CreateFunction on this runtime fails (a first `pulumi up` fails).
 * - blockUpdate: UpdateFunctionCode/Configuration fails (every later `pulumi up` that touches it).
 */
export interface RuntimeSupport {
  deprecate: string;
  blockCreate: string;
  blockUpdate: string;
}

export const LAMBDA_RUNTIME_TABLE_CHECKED = '2026-12-02';

export const LAMBDA_RUNTIMES: Readonly<Record<string, RuntimeSupport>> = {
  'nodejs20.x': { deprecate: '2026-04-30', blockCreate: '2026-08-31', blockUpdate: '2026-09-30' },
  'nodejs22.x': { deprecate: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  'nodejs24.x': { deprecate: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
};

/** Warn this many days before a runtime's deprecation, so an upgrade is planned, not rushed. */
export const RUNTIME_WARNING_DAYS = 90;
