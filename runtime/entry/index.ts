/**
 * The one bundle of the live loop's functions: the stack deploys it three times with a different
 * `handler` (`index.alarm`, `index.tick`, `index.webhook`), so the code is built once per plan.
 */
export { handler as alarm } from './alarm';
export { handler as tick } from './tick';
export { handler as webhook } from './webhook';
