/**
 * Files that carry the stand-in for the plan's cost (generators/documents/stack-cost.ts), held back
 * until the plan has finished and then written with the amount in its place; every other file
 * passes straight on. The printable file is held whole, chunk by chunk as it was written: each
 * chunk is one document's whole section (generators/html, streamHtml), so no stand-in is ever cut
 * between two.
 */
import { escapeHtml } from '../generators/html';
import type { HtmlSink } from '../generators/html';

type Held = { path: string; content: string } | { path: string; chunks: string[] };

export function holdingBack(target: HtmlSink, standIn: string): { sink: HtmlSink; release(amount: string): void } {
  const held: Held[] = [];
  return {
    sink: {
      add: (path, content) => (content.includes(standIn) ? void held.push({ path, content }) : target.add(path, content)),
      addStream: (path) => {
        const chunks: string[] = [];
        held.push({ path, chunks });
        return { write: (chunk) => void chunks.push(chunk), close: () => undefined };
      },
    },
    /** Writes every held file, `amount` in place of the stand-in (escaped for the HTML ones). */
    release(amount) {
      const fill = (path: string, text: string): string => text.replaceAll(standIn, path.endsWith('.html') ? escapeHtml(amount) : amount);
      for (const file of held.splice(0)) {
        if ('content' in file) {
          target.add(file.path, fill(file.path, file.content));
          continue;
        }
        const stream = target.addStream(file.path);
        for (const chunk of file.chunks.splice(0)) stream.write(fill(file.path, chunk));
        stream.close();
      }
    },
  };
}
