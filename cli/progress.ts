// Progress for long runs, on stderr and only on a terminal: one line rewritten in place.
import type { Io } from './io.js';

export function progressReporter(io: Io, label: string): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY) return undefined;
  let last = 0;
  // Its own text with a carriage return: the raw status channel, which the neutraliser would break.
  const write = io.progress ?? io.stderr;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const pct = total > 0 ? Math.round((100 * done) / total) : 100;
    write(`\r${label}: ${pct}% (${done}/${total})${done >= total ? '\n' : ''}`);
  };
}
