// Picks the screen for the current view, and the lines around it: the breadcrumb on top, the
// search line or status and the key hints at the bottom.
import { articleLetter } from '../../../src/report/event-model.js';
import { currentView } from '../navigation.js';
import type { Screen } from '../panes.js';
import type { DisplayLine } from '../styled.js';
import { buildArticleScreen } from './article-screen.js';
import { buildClaimScreen } from './claim-screen.js';
import { line, type ScreenArgs } from './common.js';
import { buildEventScreen } from './event-screen.js';
import { buildEventsScreen } from './events-screen.js';
import { buildHelpScreen } from './help-screen.js';

export function buildScreen(args: ScreenArgs): Screen {
  if (args.state.help) return buildHelpScreen(args);
  switch (args.view.screen) {
    case 'events':
      return buildEventsScreen(args);
    case 'event':
      return buildEventScreen(args);
    case 'claim':
      return buildClaimScreen(args);
    case 'article':
      return buildArticleScreen(args);
  }
}

/** `claimdiff › events › e4 › g1 › [B]`, then search and filter when set. */
export function breadcrumb(args: Pick<ScreenArgs, 'analysis' | 'state'>): string {
  const parts = ['claimdiff', 'events'];
  for (const v of args.state.stack.slice(1)) {
    if (v.screen === 'event') parts.push(`${args.analysis.events[v.event]?.id ?? '?'} ${args.analysis.events[v.event]?.date ?? ''}`.trim());
    if (v.screen === 'claim') parts.push(v.row ?? '');
    if (v.screen === 'article') parts.push(`article [${articleLetter(v.article)}]`);
  }
  const query = currentView(args.state).query;
  const extra = [args.state.filter ? `filter: ${args.state.filter}` : '', query && args.state.mode !== 'search' ? `search: ${query}` : ''].filter(Boolean);
  return parts.join(' › ') + (extra.length ? `   [${extra.join(' · ')}]` : '');
}

/** Key hints, most useful first; a narrow terminal drops from the middle and always keeps the last three. */
const HINTS = ['↑↓ jk move', 'Enter open', 'Esc back', 'Tab pane', '←→ next', '/ search', 'f filter'];
/** With reviews on, the reviewer's keys come early (and j k, now among them as letters, drop out). */
const REVIEW_HINTS = ['↑↓ move', 'Enter open', 'c d x r n m s u review', 'Esc back', 'Tab pane', '←→ next', '/ search', 'f filter'];
const ALWAYS = 'e export · ? help · q quit';

/** The hints that fit the width, `e export · ? help · q quit` always among them. */
export function hintsFor(width: number, review = false): string {
  const shown = [...(review ? REVIEW_HINTS : HINTS)];
  const text = () => [...shown, ALWAYS].join(' · ');
  while (shown.length > 0 && text().length > width) shown.pop();
  return text();
}

/** The status line when no key has said anything: what Enter does, and how many events are still being compared. */
function idleStatus(args: ScreenArgs): string {
  if (args.view.screen !== 'events') return ' ';
  let pending = 0;
  for (let i = 0; i < args.analysis.events.length; i += 1) if (!args.analysis.comparisons[i]) pending += 1;
  const comparing = pending > 0 ? ` ${pending.toLocaleString('en-US')} of ${args.analysis.events.length.toLocaleString('en-US')} events still being compared.` : '';
  return `Enter opens an event; Tab moves to its articles.${comparing}`;
}

/** The top line and the two bottom lines. */
export function chromeLines(args: ScreenArgs): { top: DisplayLine; status: DisplayLine; hints: DisplayLine } {
  const { state, width, text } = args;
  const view = currentView(state);
  const top = line([{ text: breadcrumb(args), style: { bold: true, tone: 'accent' } }], width, text, { align: 'left' });
  const status =
    state.mode === 'note' && state.note
      ? line([{ text: `note on ${state.note.label}: `, style: { bold: true } }, { text: state.note.text, isolate: true }, { text: '▏', style: { tone: 'accent' } }, { text: '   Enter keeps the note, Esc cancels', style: { tone: 'muted' } }], width, text, { align: 'left' })
      : state.mode === 'search'
      ? line([{ text: '/', style: { bold: true } }, { text: view.query }, { text: '▏', style: { tone: 'accent' } }, { text: '   Enter keeps the search, Esc clears it', style: { tone: 'muted' } }], width, text, { align: 'left' })
      : line([{ text: state.status ?? idleStatus(args), style: { tone: state.status ? 'accent' : 'muted' } }], width, text, { align: 'left' });
  const hints = line([{ text: hintsFor(width, state.review !== null), style: { tone: 'muted' } }], width, text, { align: 'left' });
  return { top, status, hints };
}
