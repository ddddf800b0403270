/** The sample journal of the online shop (blueprints/journals/online-shop), read as the CLI reads it. */
import * as path from 'node:path';
import type { StoredObject } from '../../../generators/report';
import { readMonth } from '../../../pipeline';
import { FolderJournal } from '../../../runtime/journal/store';

export const SAMPLE_JOURNAL = path.join(__dirname, '..', '..', '..', 'blueprints', 'journals', 'online-shop');

export function sampleObjects(month = '2026-10'): Promise<StoredObject[]> {
  return readMonth(new FolderJournal(SAMPLE_JOURNAL), month);
}
