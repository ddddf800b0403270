/**
 * The pager's safety net, checked on the typed model. When the pager itself fails (its function
 * errors, its queue fills) it can page nobody, so plain SNS tells the people its stages reach by
 * e-mail or SMS, or, when its stages use only Telegram or a webhook, the owner's own e-mail or
 * phone (stacks/map/alerts.ts). With none of these it would fail unheard: the stack refuses to
 * build it (components/alerts/args.ts), so validate says so first, at the alert route, instead
 * of `planb build` failing without a position.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import type { Model } from '../../model/model';
import { builtAlarms } from '../../model/alarms';
import { hearsPagerFailing } from '../../channels';
import { reporter } from './report';

export function checkPagerFallback(model: Model, map: YamlSourceMap, out: Diagnostic[]): void {
  const first = model.alerts[0];
  // No route, or nothing to alarm on: no pager is built (stacks/build-stack.ts notes why).
  if (first === undefined || builtAlarms(model).length === 0) return;
  const heard = model.alerts.some((route) =>
    route.stages.some((stage) => stage.notify.some((p) => stage.via.some((c) => hearsPagerFailing(p.contacts, c.kind)))),
  );
  const owner = model.business.owner.contacts;
  if (heard || hearsPagerFailing(owner, 'email') || hearsPagerFailing(owner, 'sms')) return;
  reporter(map, out)(
    `${first.path}/stages`,
    'PB045',
    'no alert stage reaches anyone by e-mail or SMS, and the owner has neither, so nobody would hear that the pager itself has failed (Telegram messages and webhooks are sent by the pager)',
    "give the owner an email contact or a phone number in international form (+49 ...), or add an email or sms team channel to a stage's via",
  );
}
