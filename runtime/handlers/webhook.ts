/**
 * The acknowledgement webhook (a Lambda function URL): Telegram updates at POST /telegram, signed
 * links at GET /ack?t=... . Every refusal is journalled with its reason: a forged or replayed
 * acknowledgement is itself something the owner should see in the report.
 *
 * Staff commands in the bot, from people in the blueprint only:
 *   /incident <process-id> <text>   something no monitor sees (the card terminal broke)
 *   /resolved <process-id>          it works again
 *   /cause <alarm-id> <text>        the cause of the alarm's latest incident, for the report
 *   /planb <process-id>             plan B of the process is switched on (for its open incidents)
 */
import { verifyLink } from '../ack/link';
import { readUpdate, sameSecret, SECRET_HEADER, type TelegramPress, type TelegramText } from '../ack/telegram';
import { raise, step, type EscalationState } from '../escalation/machine';
import { NOTE_MAX_CHARS, type AckMethod } from '../journal/event';
import type { RuntimeDeps } from './deps';
import { sendPages } from './page';
import { WEBHOOK_ALARM } from './webhook-alarm';

export interface WebRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: string;
}

export interface WebResponse {
  status: number;
  body: string;
}

export async function handleWebhook(deps: RuntimeDeps, req: WebRequest): Promise<WebResponse> {
  if (req.method === 'POST' && req.path === '/telegram') return telegram(deps, req);
  if (req.method === 'GET' && req.path === '/ack') return link(deps, req.query.t ?? '');
  return { status: 404, body: 'not found' };
}

async function refuse(deps: RuntimeDeps, method: AckMethod, reason: string, state?: EscalationState, person?: string): Promise<void> {
  const alarm = state?.alarm ?? WEBHOOK_ALARM;
  await deps.journal.append({
    v: 1,
    kind: 'ack-refused',
    at: new Date(deps.clock.now()).toISOString(),
    alarm,
    incident: state?.incident ?? WEBHOOK_ALARM,
    method,
    reason,
    ...(person !== undefined ? { person } : {}),
  });
}

/** Acknowledges for `person`; refuses (and journals) someone not on the incident's route. */
async function acknowledge(deps: RuntimeDeps, state: EscalationState, person: string, method: AckMethod): Promise<string | undefined> {
  const route = deps.config.routes[state.route];
  if (!route) return 'no route';
  const next = step(state, route, { type: 'ack', now: deps.clock.now(), person, method });
  for (const e of next.events) await deps.journal.append(e);
  if (next.refused === undefined) await deps.incidents.put(next.state);
  return next.refused;
}

/** The person whose Telegram id this is, by the numeric ids in the blueprint. */
function personByTelegram(deps: RuntimeDeps, from: string): string | undefined {
  return Object.entries(deps.config.reach).find(([, reach]) => reach.some((r) => r.kind === 'telegram' && r.address === from))?.[0];
}

async function telegram(deps: RuntimeDeps, req: WebRequest): Promise<WebResponse> {
  const update = readUpdate(req.body);
  if (!sameSecret(req.headers[SECRET_HEADER], deps.telegram.secret)) {
    const state = update.press ? await deps.incidents.byShortId(update.press.shortId) : undefined;
    await refuse(deps, 'telegram', req.headers[SECRET_HEADER] === undefined ? 'missing secret token' : 'wrong secret token', state);
    return { status: 401, body: 'unauthorized' };
  }
  if (update.press) return press(deps, update.press);
  if (update.text) return command(deps, update.text);
  return { status: 200, body: 'ignored' };
}

async function press(deps: RuntimeDeps, p: TelegramPress): Promise<WebResponse> {
  const state = await deps.incidents.byShortId(p.shortId);
  const person = personByTelegram(deps, p.from);
  let answer = 'Acknowledged: escalation stopped.';
  if (!state) {
    await refuse(deps, 'telegram', 'unknown incident', undefined, person);
    answer = 'This alert is not open any more.';
  } else if (person === undefined) {
    await refuse(deps, 'telegram', 'not a person in the blueprint', state);
    answer = "You are not on this alert's route.";
  } else {
    const refused = await acknowledge(deps, state, person, 'telegram');
    if (refused !== undefined) answer = "You are not on this alert's route.";
  }
  await answerCallback(deps, p.callbackId, answer);
  return { status: 200, body: answer };
}

/** Best effort: the press is already journalled; a lost toast must not fail the webhook. */
async function answerCallback(deps: RuntimeDeps, id: string, text: string): Promise<void> {
  try {
    await deps.telegram.http(`${deps.telegram.apiBase}/bot${deps.telegram.token}/answerCallbackQuery`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ callback_query_id: id, text }),
    });
  } catch {
    // nothing to do: Telegram shows a spinner that times out
  }
}

async function link(deps: RuntimeDeps, token: string): Promise<WebResponse> {
  const check = await verifyLink(token, deps.linkKey, Math.floor(deps.clock.now() / 1000), deps.nonces);
  if (!check.ok) {
    // The payload of an expired or used link is signed, so its incident is known; a forged one's is not.
    const claim =
      check.reason === 'expired' || check.reason === 'used'
        ? (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { i: string; p: string })
        : undefined;
    const state = claim ? await deps.incidents.get(claim.i) : undefined;
    await refuse(deps, 'link', `${check.reason} link`, state, claim?.p);
    return {
      status: check.reason === 'forged' || check.reason === 'malformed' ? 403 : 410,
      body: `This link is ${check.reason === 'used' ? 'already used' : check.reason}.`,
    };
  }
  const state = await deps.incidents.get(check.claim.incident);
  if (!state) {
    await refuse(deps, 'link', 'unknown incident', undefined, check.claim.person);
    return { status: 410, body: 'This alert is not open any more.' };
  }
  const refused = await acknowledge(deps, state, check.claim.person, 'link');
  if (refused !== undefined) return { status: 403, body: "You are not on this alert's route." };
  return { status: 200, body: 'Acknowledged: escalation stopped. Thank you.' };
}

async function command(deps: RuntimeDeps, msg: TelegramText): Promise<WebResponse> {
  const person = personByTelegram(deps, msg.from);
  const m = /^\/(incident|resolved|cause|planb)(?:@\w+)?\s+(\S+)\s*([\s\S]*)$/.exec(msg.text.trim());
  if (!m) return { status: 200, body: 'ignored' };
  if (person === undefined) {
    await refuse(deps, 'telegram', `/${m[1]} from someone not in the blueprint`);
    return { status: 200, body: 'refused' };
  }
  const [, verb, target, rest] = m as unknown as [string, string, string, string];
  const text = rest.trim().slice(0, NOTE_MAX_CHARS);
  const now = deps.clock.now();
  const at = new Date(now).toISOString();
  if (verb === 'cause') {
    const state = await deps.incidents.latestFor(target);
    if (!state || !text) return { status: 200, body: 'unknown alarm or empty cause' };
    await deps.journal.append({ v: 1, kind: 'note', at, alarm: state.alarm, incident: state.incident, person, text });
    return { status: 200, body: 'cause recorded' };
  }
  if (verb === 'planb') return planB(deps, person, target);
  const alarm = `staff:${target}`;
  const known = deps.config.alarms[alarm];
  const route = known ? deps.config.routes[known.route] : undefined;
  if (!known || !route) return { status: 200, body: `no process ${target}` };
  const open = await deps.incidents.openFor(alarm);
  if (verb === 'resolved') {
    if (!open) return { status: 200, body: 'nothing open' };
    const next = step(open, route, { type: 'recovered', now });
    await deps.incidents.put({ ...next.state, acknowledgedBy: next.state.acknowledgedBy ?? person });
    for (const e of next.events) await deps.journal.append(e);
    return { status: 200, body: 'recorded' };
  }
  if (open) return { status: 200, body: 'already open' };
  const first = raise(alarm, route, now, known.severity);
  // Whoever reports it is on it: the report shows it answered at once, by them.
  const state = { ...first.state, acknowledgedBy: person };
  await deps.incidents.put(state);
  for (const e of first.events) await deps.journal.append(e);
  await deps.journal.append({ v: 1, kind: 'acknowledged', at, alarm, incident: state.incident, person, method: 'telegram', stage: 1 });
  if (text) await deps.journal.append({ v: 1, kind: 'note', at, alarm, incident: state.incident, person, text });
  await sendPages(
    deps,
    state,
    first.pages.map((p) => ({ ...p, people: p.people.filter((id) => id !== person) })),
    `Reported by ${deps.config.names[person] ?? person}: ${text}`,
  );
  return { status: 200, body: 'incident recorded' };
}

/** Journals plan B switched on, against every open incident that stops the process. */
async function planB(deps: RuntimeDeps, person: string, process: string): Promise<WebResponse> {
  const at = new Date(deps.clock.now()).toISOString();
  const open = (await deps.incidents.open()).filter(
    (s) => s.recoveredAt === undefined && deps.config.alarms[s.alarm]?.processes.includes(process),
  );
  for (const s of open)
    await deps.journal.append({ v: 1, kind: 'switched-to-plan-b', at, alarm: s.alarm, incident: s.incident, person, process });
  return { status: 200, body: open.length ? 'plan B recorded' : `nothing open stops ${process}` };
}
