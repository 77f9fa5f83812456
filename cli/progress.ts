// Progress for long runs, on stderr and only when stderr is a terminal: one line rewritten in
// place and cleared when the step is done, so nothing is left behind (not even after the browser quits).
import type { Io } from './io.js';

/** Clears the line the cursor is on. */
const CLEAR_LINE = '\r\u001b[K';

export function progressReporter(io: Io, label: string): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  let last = 0;
  // Its own text with a carriage return: the raw status channel, which the neutraliser would break.
  const write = io.progress ?? io.stderr;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const pct = total > 0 ? Math.round((100 * done) / total) : 100;
    write(done >= total ? CLEAR_LINE : `${CLEAR_LINE}${label}: ${pct}% (${done}/${total})`);
  };
}
