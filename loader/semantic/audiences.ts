/**
 * Who a message reaches must be who it is written for: a process's customer message must be
 * addressed to customers, a message goes out only over channels of its own audience, a channel's
 * backup reaches the same people, and alerts page the team, never the customers.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { forEachMatch, forEachString } from './walk';
import { reporter } from './report';

type Audiences = Map<string, string>;

function audiencesOf(data: unknown, list: string): Audiences {
  const byId: Audiences = new Map();
  forEachMatch(data, `${list}/*`, (item) => {
    const { id, audience } = (item ?? {}) as { id?: unknown; audience?: unknown };
    if (typeof id === 'string' && typeof audience === 'string' && !byId.has(id)) byId.set(id, audience);
  });
  return byId;
}

export function checkAudiences(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  const messages = audiencesOf(data, 'messages');
  const channels = audiencesOf(data, 'channels');

  forEachString(data, 'processes/*/customerMessage', (id, pointerOf) => {
    if (messages.get(id) !== 'team') return;
    report(
      pointerOf(),
      'PB037',
      `the customer message of this process is ${id}, which is addressed to the team`,
      `name a message with audience: customers, or set audience: customers on ${id} if customers should read it`,
    );
  });
  forEachMatch(data, 'messages/*', (message, messagePointer) => {
    const audience = (message as { audience?: unknown } | null)?.audience;
    if (typeof audience !== 'string') return;
    forEachString(message, 'channels/*', (id, pointerOf) => {
      const reaches = channels.get(id);
      if (reaches === undefined || reaches === audience) return;
      report(
        messagePointer() + pointerOf(),
        'PB037',
        `a message for the ${audience} is sent over ${id}, a channel that reaches the ${reaches}`,
        `send it over channels with audience: ${audience}`,
      );
    });
  });
  forEachMatch(data, 'channels/*', (channel, channelPointer) => {
    const { audience, backup } = (channel ?? {}) as { audience?: unknown; backup?: unknown };
    if (typeof audience !== 'string' || typeof backup !== 'string') return;
    const reaches = channels.get(backup);
    if (reaches === undefined || reaches === audience) return;
    report(
      `${channelPointer()}/backup`,
      'PB037',
      `a channel to the ${audience} falls back to ${backup}, which reaches the ${reaches}`,
      `pick a backup channel with audience: ${audience}`,
    );
  });
  forEachString(data, 'alerts/*/stages/*/via/*', (id, pointerOf) => {
    if (channels.get(id) !== 'customers') return;
    report(
      pointerOf(),
      'PB037',
      `alerts would page the team over ${id}, a channel that reaches the customers`,
      'alert over team channels (audience: team); tell customers with a message instead',
    );
  });
}
