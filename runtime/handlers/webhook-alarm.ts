/** Refusals not tied to a known incident (a forged webhook call) are journalled under this alarm id. */
export const WEBHOOK_ALARM = 'webhook';
