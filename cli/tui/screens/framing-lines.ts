// The framing panel as lines: per outlet its reporting verbs, marked terms and sources, then the
// word choices that differ between outlets in the same claim.
import type { Comparison } from '../../../src/types.js';
import { buildFramingPanel, type CountedTerm } from '../framing-panel.js';
import type { DisplayLine, StyledSpan } from '../styled.js';
import type { TextOptions } from '../layout.js';
import { blankLine, block, line } from './common.js';

/** `قال (neutral) ×4, أكد (asserting)`: each term isolated, its note in Latin after it. */
function terms(items: readonly CountedTerm[], style?: StyledSpan['style']): StyledSpan[] {
  return items.flatMap((t, k): StyledSpan[] => [
    ...(k > 0 ? [{ text: ', ' }] : []),
    style ? { text: t.text, style, isolate: true } : { text: t.text, isolate: true },
    ...(t.value || t.count > 1 ? [{ text: `${t.value ? ` (${t.value})` : ''}${t.count > 1 ? ` ×${t.count}` : ''}`, style: { tone: 'muted' as const } }] : []),
  ]);
}

export function framingLines(comparison: Comparison, width: number, text: TextOptions): DisplayLine[] {
  const panel = buildFramingPanel(comparison);
  const out: DisplayLine[] = [];
  const label = (name: string): StyledSpan => ({ text: `${name}: `, style: { tone: 'muted' } });
  if (!panel.hasFraming) {
    out.push(...block([{ text: 'No framing analysis in this comparison: verbs and speakers below come from the claims\u2019 attributions.', style: { tone: 'muted' } }], width, text));
  }
  for (const o of panel.outlets) {
    out.push(line([{ text: `[${o.letter}] `, style: { bold: true } }, { text: o.outlet, style: { bold: true } }], width, text, { align: 'left' }));
    const counts = Object.entries(o.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ');
    if (counts) out.push(...block([label('flags'), { text: counts }], width, text, 2));
    out.push(...block([label('reporting verbs'), ...(o.reportingVerbs.length ? terms(o.reportingVerbs) : [{ text: 'none' }])], width, text, 2));
    for (const t of o.terms) out.push(...block([label(t.category), ...terms(t.items, { tone: 'flag' })], width, text, 2));
    const sources = o.sources.flatMap((s, k): StyledSpan[] => [
      ...(k > 0 ? [{ text: ', ' }] : []),
      { text: s.name, isolate: true },
      { text: ` (${[s.kind, s.side].filter(Boolean).join(', ')})${s.count > 1 ? ` ×${s.count}` : ''}${s.via ? ' via ' : ''}`, style: { tone: 'muted' } },
      ...(s.via ? [{ text: s.via, isolate: true }] : []),
    ]);
    out.push(...block([label(panel.hasFraming ? 'sources' : 'speakers'), ...(sources.length ? sources : [{ text: 'none' }])], width, text, 2));
  }
  out.push(blankLine(width));
  out.push(line([{ text: 'Word choices in the same claim', style: { bold: true } }], width, text, { align: 'left' }));
  if (panel.wordChoices.length === 0) out.push(line([{ text: '  none', style: { tone: 'muted' } }], width, text, { align: 'left' }));
  for (const w of panel.wordChoices) {
    out.push(
      ...block(
        [{ text: `${w.groupId} `, style: { tone: 'muted' } }, { text: `[${w.fromLetter}] ` }, { text: w.from, style: { tone: 'removed' }, isolate: true }, { text: ` → [${w.toLetter}] ` }, { text: w.to, style: { tone: 'added' }, isolate: true }],
        width,
        text,
        2,
      ),
    );
  }
  return out;
}
