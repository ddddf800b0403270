/** What the preflight reports: one finding per rule a provider would enforce at `pulumi up`. */

export type PreflightSeverity = 'error' | 'warning';

export interface PreflightFinding {
  /** Stable code, PF0xx, listed in docs/infrastructure.md. */
  code: string;
  severity: PreflightSeverity;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
  /** The planned resource the finding is about ('' when it is about the stack as a whole). */
  resource: string;
  /** Where in the blueprint the resource comes from, as file:line:column. */
  location: string;
  /** The provider's rule, in a few words ("IAM role name: at most 64 characters"). */
  rule: string;
  /** The provider's documentation of that rule. */
  doc: string;
}

export interface PreflightReport {
  /** The day runtime support and other dated rules were judged on (YYYY-MM-DD). */
  today: string;
  findings: PreflightFinding[];
}
