/**
 * Pages one stage of one incident: each person gets the text, a Telegram button and a signed link
 * of their own (a link names its person, so a forwarded e-mail cannot acknowledge for someone else).
 */
import { randomBytes } from 'node:crypto';
import { LINK_TTL_SECONDS, signLink } from '../ack/link';
import { ackData } from '../ack/telegram';
import type { EscalationState, Page } from '../escalation/machine';
import type { RuntimeDeps } from './deps';

export async function sendPages(deps: RuntimeDeps, state: EscalationState, pages: readonly Page[], what: string): Promise<void> {
  for (const page of pages) {
    const expires = Math.floor(deps.clock.now() / 1000) + LINK_TTL_SECONDS;
    const people = page.people.map((id) => {
      const token = signLink(
        { incident: state.incident, person: id, stage: page.stage + 1, expires, nonce: randomBytes(12).toString('base64url') },
        deps.linkKey,
      );
      return {
        id,
        reach: deps.config.reach[id] ?? [],
        message: { text: `${what} (stage ${page.stage + 1})`, ackData: ackData(state.incident), ackLink: `${deps.linkBase}?t=${token}` },
      };
    });
    await deps.deliverer.page(state, page.stage, people);
  }
}
