/** One ordinary journal event: an endpoint alarm raised, as the pager writes it. */
import type { JournalEvent } from '../../../runtime/journal/event';

export const raised: Extract<JournalEvent, { kind: 'raised' }> = {
  v: 1,
  kind: 'raised',
  at: '2026-10-05T10:15:00.000Z',
  alarm: 'endpoint:shop-home',
  incident: 'endpoint:shop-home@2026-10-05T10:15:00.000Z',
  severity: 'critical',
};
