/**
 * Who an alert stage reaches: each person named in the stage, over each
 * channel kind the stage names, at that person's own address of that kind. The blueprint's team
 * channels (a Telegram group, "SMS to the on-call people") say how; the people say where.
 */
import type { AlertStage, Channel, Person } from '../../model/model';
import { isHttpsAddress, personAddress } from '../../channels';
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

function contactFor(person: Person, channel: Channel, path: string, notes: Notes): Contact | undefined {
  switch (channel.kind) {
    case 'telegram': {
      const chat = personAddress(person.contacts, 'telegram');
      if (chat !== undefined) return { id: `${person.id}-telegram`, channel: 'telegram', address: chat };
      note(
        notes,
        path,
        `${person.id} has no numeric Telegram chat id for channel ${channel.id} (a bot cannot message an @username); ` +
          'ask them to send /start to the bot, read "chat":{"id":...} from https://api.telegram.org/bot<token>/getUpdates, ' +
          'add it as another telegram contact; not notified over it',
      );
      return undefined;
    }
    case 'email': {
      const mail = personAddress(person.contacts, 'email');
      if (mail !== undefined) return { id: `${person.id}-email`, channel: 'email', address: mail };
      return missing(notes, path, person, channel, 'e-mail address');
    }
    case 'sms':
    case 'phone': {
      // SNS cannot place a call; a call stage is sent as an SMS to the same number, and the
      // runbook keeps the call itself as a human step.
      const number = personAddress(person.contacts, channel.kind);
      if (number !== undefined) return { id: `${person.id}-sms`, channel: 'sms', address: number };
      return missing(notes, path, person, channel, 'phone number in international format');
    }
    case 'webhook':
      if (isHttpsAddress(channel.address)) return { id: `${channel.id}-https`, channel: 'https', address: channel.address! };
      note(notes, path, `channel ${channel.id}: a webhook needs an https:// address; not subscribed`);
      return undefined;
    default:
      note(notes, path, `channel ${channel.id} (${channel.kind}) cannot be reached from AWS alarms; ${person.id} is not notified over it`);
      return undefined;
  }
}

function missing(notes: Notes, path: string, person: Person, channel: Channel, what: string): undefined {
  note(notes, path, `${person.id} has no ${what} for channel ${channel.id}; not notified over it`);
  return undefined;
}
