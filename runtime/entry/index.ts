/**
 * The one bundle of the live loop's functions: the stack deploys it twice with a different
 * `handler`: `index.events` (alarm state changes and the minute's tick, from EventBridge) and
 * `index.webhook` (acknowledgements, behind the public function URL), so the code is built once.
 */
export { handler as events } from './events';
export { handler as webhook } from './webhook';
