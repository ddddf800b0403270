/** Files that show the plan's cost wait for it; the others are written at once; the amount is escaped for HTML. */
import { describe, expect, it } from 'vitest';
import { holdingBack } from '../../pipeline/held-files';

const STAND_IN = 'planbcost0123456789abcdef0123456789abcdef';

function recorder() {
  const events: string[] = [];
  return {
    events,
    sink: {
      add: (path: string, content: string) => void events.push(`add ${path}: ${content}`),
      addStream: (path: string) => {
        events.push(`open ${path}`);
        return { write: (chunk: string) => void events.push(`write ${path}: ${chunk}`), close: () => void events.push(`close ${path}`) };
      },
    },
  };
}

describe('holdingBack', () => {
  it('writes files without the stand-in at once and the others, filled in, only on release', () => {
    const { events, sink } = recorder();
    const held = holdingBack(sink, STAND_IN);
    held.sink.add('a.md', 'no cost here');
    held.sink.add('runbook.md', `costs **${STAND_IN}** a month; again ${STAND_IN}`);
    held.sink.add('html/runbook.html', `<strong>${STAND_IN}</strong>`);
    expect(events).toEqual(['add a.md: no cost here']);
    held.release('<$57 & more>');
    expect(events).toEqual([
      'add a.md: no cost here',
      'add runbook.md: costs **<$57 & more>** a month; again <$57 & more>',
      'add html/runbook.html: <strong>&lt;$57 &amp; more&gt;</strong>',
    ]);
  });

  it('holds a stream whole, in its order, and writes it on release', () => {
    const { events, sink } = recorder();
    const held = holdingBack(sink, STAND_IN);
    const book = held.sink.addStream('documents.html');
    book.write('<html>');
    book.write(`<p>${STAND_IN}</p>`);
    book.close();
    held.sink.add('b.md', 'plain');
    expect(events).toEqual(['add b.md: plain']);
    held.release('19 $');
    expect(events.slice(1)).toEqual([
      'open documents.html',
      'write documents.html: <html>',
      'write documents.html: <p>19 $</p>',
      'close documents.html',
    ]);
  });
});
