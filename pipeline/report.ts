/**
 * The monthly report for a model: the month's objects read from the journal (a folder or S3),
 * then the pure generator. Reading is the only I/O; an object that cannot be read is passed on as
 * such and the report lists it, instead of failing the whole month.
 */
import * as fs from 'node:fs';
import { generateReport, type StoredObject } from '../generators/report';
import type { GeneratedFile } from '../generators/documents/types';
import type { Model } from '../model/model';
import { monthPrefix } from '../runtime/journal/event';
import { parseS3Url, S3Journal, sdkS3Api } from '../runtime/journal/s3';
import { FolderJournal, type JournalSource } from '../runtime/journal/store';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Objects read at once: S3 answers each GET in tens of milliseconds, a month holds thousands. */
const READ_CONCURRENCY = 16;

/** A folder path or s3://bucket/prefix; a missing folder is the user's mistake, named. */
export function journalSource(location: string): JournalSource {
  // An empty value is usually an unset CI variable: say so rather than print an empty path.
  if (location.trim() === '')
    throw new Error('--journal is empty (an unset variable?); give the folder that holds journal/YYYY/MM/ (or s3://bucket/prefix)');
  if (location.startsWith('s3://')) {
    const { bucket, prefix } = parseS3Url(location);
    return new S3Journal(sdkS3Api(), bucket, prefix);
  }
  const stat = fs.statSync(location, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isDirectory()) {
    const what = stat === undefined ? 'no such folder' : 'a file, not a folder';
    throw new Error(`--journal ${location}: ${what}; give the folder that holds journal/YYYY/MM/ (or s3://bucket/prefix)`);
  }
  return new FolderJournal(location);
}

export async function readMonth(source: JournalSource, month: string): Promise<StoredObject[]> {
  const keys = await source.list(monthPrefix(month));
  const out: StoredObject[] = new Array(keys.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < keys.length; i = next++) {
      const key = keys[i]!;
      try {
        out[i] = { key, text: await source.read(key) };
      } catch (error) {
        out[i] = { key, text: null, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, keys.length) }, worker));
  return out;
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The month's objects, and the month before's for incidents that run over the month's start.
 * One month back only: an incident raised two months before or earlier is not counted, and its
 * events in this month are listed as skipped (its alarm was not raised this month or the one before).
 */
export async function reportFiles(model: Model, source: JournalSource, opts: { month: string; locale?: string }): Promise<GeneratedFile[]> {
  const [objects, earlier] = await Promise.all([readMonth(source, opts.month), readMonth(source, previousMonth(opts.month))]);
  return generateReport(model, objects, { ...opts, earlier });
}
