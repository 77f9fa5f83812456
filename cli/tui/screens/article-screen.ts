// The article screen: one article in full with each claim marked by its status ([=] [~] [!] [+]),
// the claim under the cursor highlighted, removed boilerplate dimmed, and its framing flags.
import { statusSymbol } from '../../../src/report/event-model.js';
import { buildArticleView, type ArticleRun } from '../article-view.js';
import { splitBody, type Screen } from '../panes.js';
import type { DisplayLine, StyledSpan } from '../styled.js';
import type { Theme } from '../theme.js';
import { block, flaggedSpan, line, type ScreenArgs } from './common.js';
import { flagHead } from './claim-screen.js';
import { reviewMarker } from '../review-marks.js';

function runSpans(run: ArticleRun, selectedId: string | null, theme: Theme): StyledSpan[] {
  const selected = run.claimId !== null && run.claimId === selectedId;
  const sel = selected ? { selected: true } : {};
  if (run.kind === 'marker') {
    if (run.removed) return [{ text: `[removed: ${run.removed}] `, style: { tone: 'muted' } }];
    if (!run.status) return [{ text: selected ? '>[·] ' : '[·] ', style: { ...sel, tone: 'muted' } }];
    return [{ text: `${selected ? '>' : ''}[${statusSymbol[run.status]}] `, style: { ...sel, tone: run.status, bold: true } }];
  }
  if (run.removed) return [{ text: run.text, style: { tone: 'muted' } }];
  if (run.flag) return flaggedSpan(run.text, theme, sel);
  return [{ text: run.text, style: run.status ? { ...sel, tone: run.status } : selected ? sel : undefined }];
}

export function buildArticleScreen(args: ScreenArgs): Screen {
  const { analysis, view, width, height, text, theme } = args;
  const comparison = analysis.comparisons[view.event];
  const a = buildArticleView(comparison, view.article);
  if (!a) return { head: [], arrangement: 'rows', panes: [] };
  const cursor = Math.min(view.cursor, Math.max(0, a.claims.length - 1));
  const selectedId = a.claims[cursor]?.id ?? null;
  const head: DisplayLine[] = [
    line([{ text: `[${a.letter}] ${a.outlet}`, style: { bold: true } }, { text: ` · ${a.date ?? 'no date'} · ${a.language}${a.outlet === a.id ? '' : ` · ${a.id}`} · ${a.claims.length} claims · article ${view.article + 1} of ${comparison.articles.length}` }], width, text, { align: 'left' }),
    line([{ text: a.title, style: { bold: true } }], width, text),
    line([{ text: `claims: [=] shared  [~] paraphrased  [!] conflicting  [+] only here  [·] not compared`, style: { tone: 'muted' } }], width, text, { align: 'left' }),
  ];
  const arrangement = width >= 120 ? 'columns' : 'rows';
  const [main, side] = splitBody(width, height - head.length, arrangement, arrangement === 'columns' ? 0.66 : 0.7);
  const lines: DisplayLine[] = [];
  for (const paragraph of a.paragraphs) {
    if (paragraph.length === 0) continue;
    lines.push(...block(paragraph.flatMap((r) => runSpans(r, selectedId, theme)), main.width, text));
  }
  const cursorLine = Math.max(0, lines.findIndex((l) => l.spans.some((s) => s.style?.selected)));
  // The flags are a list: with the pane focused, the reviewer's keys act on the flag under its cursor.
  const flagCursor = view.pane === 1 ? Math.min(view.sub, a.flags.length - 1) : -1;
  const flagLines: DisplayLine[] = a.flags.length
    ? a.flags.flatMap((f, k) => {
        const sel = k === flagCursor ? { selected: true } : {};
        const mark = args.state.review ? `${reviewMarker(f.review)} ` : '';
        return block(
          [
            { text: `${k === flagCursor ? '>' : ''}${mark}${flagHead(f)}${f.review?.verdict ? ` [${f.review.verdict}]` : ''}: `, style: { ...sel, tone: 'muted' } },
            ...flaggedSpan(f.text, theme, sel).map((s) => ({ ...s, isolate: true })),
            ...(f.gloss ? [{ text: ` ${f.gloss}`, style: { tone: 'muted' as const } }] : []),
            ...(f.review?.note ? [{ text: ' note: ', style: { tone: 'muted' as const } }, { text: f.review.note, isolate: true }] : []),
          ],
          side.width,
          text,
        );
      })
    : block([{ text: comparison.framing ? 'No framing flags in this article.' : 'No framing analysis in this comparison.', style: { tone: 'muted' } }], side.width, text);
  const flagCursorLine = flagCursor >= 0 ? Math.max(0, flagLines.findIndex((l) => l.spans.some((s) => s.style?.selected))) : null;
  if (a.warnings.length > 0) flagLines.push(...block([{ text: `notes: ${a.warnings.join('; ')}`, style: { tone: 'muted' } }], side.width, text));
  return {
    head,
    arrangement,
    panes: [
      { title: `Article text (claim ${a.claims.length ? cursor + 1 : 0} of ${a.claims.length})`, focused: view.pane === 0, width: main.width, height: main.height, lines, cursorLine, scroll: 0 },
      { title: `Framing flags (${a.flags.length})`, focused: view.pane === 1, width: side.width, height: side.height, lines: flagLines, cursorLine: flagCursorLine, scroll: 0 },
    ],
  };
}
