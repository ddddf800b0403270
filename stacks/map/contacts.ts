/**
 * Who an alert stage reaches: each person named in the stage, over each
 * channel kind the stage names, at that person's own address of that kind. The blueprint's team
 * channels (a Telegram group, "SMS to the on-call people") say how; the people say where.
 */
import type { AlertStage, Channel, Person } from '../../model/model';
import { deliveredAs, driverOf, personAddress } from '../../channels';
import { note, type Notes } from './notes';

export { e164 } from '../../channels';

/** One person's address on one channel kind, as a stage reaches them. */
export interface Contact {
  /** `<person>-<kind>` (or `<channel>-https`): stable, never an index. */
  id: string;
  channel: 'email' | 'sms' | 'https' | 'telegram';
  address: string;
}

export function stageContacts(stage: AlertStage, notes: Notes): Contact[] {
  const byId = new Map<string, Contact>();
  for (const person of stage.notify) {
    for (const channel of stage.via) {
      const c = contactFor(person, channel, stage.path, notes);
      if (c !== undefined) byId.set(c.id, c);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The contact of the channel table's address rule (channels/drivers.ts), or a note saying why there is none. */
function contactFor(person: Person, channel: Channel, path: string, notes: Notes): Contact | undefined {
  const driver = driverOf(channel.kind);
  if (driver.aws === undefined) {
    note(notes, path, `channel ${channel.id} (${channel.kind}) cannot be reached from AWS alarms; ${person.id} is not notified over it`);
    return undefined;
  }
  // A call stage goes as an SMS to the same number (SNS cannot place a call: the `no-call`
  // limitation); the runbook keeps the call itself as a human step.
  const as = deliveredAs(driver.aws);
  const rule = driver.address;
  if (rule.of === 'channel') {
    if (rule.valid(channel.address)) return { id: `${channel.id}-${as}`, channel: as, address: channel.address! };
    note(notes, path, `channel ${channel.id}: a ${channel.kind} needs ${rule.needs}; not subscribed`);
    return undefined;
  }
  const address = personAddress(person.contacts, channel.kind);
  if (address !== undefined) return { id: `${person.id}-${as}`, channel: as, address };
  note(notes, path, `${person.id} has no ${rule.lacking} for channel ${channel.id}${rule.howToGet ?? ''}; not notified over it`);
  return undefined;
}
