/**
 * An alert stage must reach someone: AWS alarms go out by SMS (sms and phone channels), e-mail,
 * Telegram or an https webhook, each to the person's own address of that kind (channels/addresses.ts).
 * A stage where no person has an address for any of its channels would be left out of the plan
 * while the verdict counts on it, so it is refused here.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { personAddress, type ContactLike } from '../../channels';
import { forEachMatch } from './walk';
import { reporter } from './report';

type Obj = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Whether a person with these contacts can be reached over a channel of this kind (channels/addresses.ts). */
function reachable(contacts: unknown[], kind: unknown): boolean {
  // A webhook reaches whoever reads it; its https:// address is judged where the channel is declared.
  if (kind === 'webhook') return true;
  const typed = contacts.filter((c): c is ContactLike => typeof (c as Obj | null)?.kind === 'string' && typeof (c as Obj).value === 'string');
  return typeof kind === 'string' && personAddress(typed, kind) !== undefined;
}

export function checkAlertReach(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  const root = (data ?? {}) as Obj;
  const people = new Map(list(root.people).map((p) => [(p as Obj | null)?.id, list((p as Obj | null)?.contacts)] as const));
  const channels = new Map(list(root.channels).map((c) => [(c as Obj | null)?.id, c as Obj] as const));
  forEachMatch(data, 'alerts/*/stages/*', (stage, pointerOf) => {
    const { notify, via } = (stage ?? {}) as Obj;
    const who = list(notify).filter((id) => people.has(id));
    const how = list(via).flatMap((id) => (channels.has(id) ? [channels.get(id) as Obj] : []));
    // Unknown ids are PB031; only a stage whose every name resolves is judged.
    if (who.length !== list(notify).length || how.length !== list(via).length || who.length === 0 || how.length === 0) return;
    if (who.some((id) => how.some((c) => reachable(people.get(id) as unknown[], c.kind)))) return;
    report(pointerOf(), 'PB045', `nobody in this stage can be reached by an alarm: ${how.map((c) => `${String(c.id)} (${String(c.kind)})`).join(', ')} reach${how.length === 1 ? 'es' : ''} no address of ${who.join(', ')}`,
      'alarms go out by SMS (sms, phone: a number such as +7 900 000-00-00), e-mail, Telegram (the person\'s numeric chat id: they send /start to the bot, and getUpdates shows "chat":{"id":...}) or an https webhook; add such a contact to a person, or alert over such a channel');
  });
}
