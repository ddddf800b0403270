/**
 * The pager's safety net, checked on the typed model. When the pager itself fails (its function
 * errors, its queue fills) it can page nobody, so plain SNS tells the people its stages reach by
 * e-mail or SMS. A pager whose stages reach people only over Telegram or a webhook would fail
 * unheard: the stack refuses to build it (components/alerts/args.ts), so validate says so first,
 * at the alert route, instead of `planb build` failing without a position.
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
  if (heard) return;
  reporter(map, out)(
    `${first.path}/stages`,
    'PB045',
    'no alert stage reaches anyone by e-mail or SMS, so nobody would hear that the pager itself has failed (Telegram messages and webhooks are sent by the pager)',
    'add an email or sms team channel to the via of a stage, whose people have an e-mail address or a phone number in international form (+49 ...)',
  );
}
