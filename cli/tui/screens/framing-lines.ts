// The framing panel as lines: per outlet its reporting verbs, marked terms and sources, then the
// word choices that differ between outlets in the same claim.
import type { Comparison } from '../../../src/types.js';
import { buildFramingPanel, type CountedTerm } from '../framing-panel.js';
import type { DisplayLine, StyledSpan } from '../styled.js';
import type { TextOptions } from '../layout.js';
import { blankLine, block, line } from './common.js';

function terms(items: readonly CountedTerm[]): string {
  return items.map((t) => `${t.text}${t.value ? ` (${t.value})` : ''}${t.count > 1 ? ` ×${t.count}` : ''}`).join('، ');
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
    out.push(...block([label('reporting verbs'), { text: o.reportingVerbs.length ? terms(o.reportingVerbs) : 'none' }], width, text, 2));
    for (const t of o.terms) out.push(...block([label(t.category), { text: terms(t.items), style: { tone: 'flag' } }], width, text, 2));
    const sources = o.sources.map((s) => `${s.name} (${[s.kind, s.side].filter(Boolean).join(', ')})${s.count > 1 ? ` ×${s.count}` : ''}${s.via ? ` via ${s.via}` : ''}`).join('، ');
    out.push(...block([label(panel.hasFraming ? 'sources' : 'speakers'), { text: sources || 'none' }], width, text, 2));
  }
  out.push(blankLine(width));
  out.push(line([{ text: 'Word choices in the same claim', style: { bold: true } }], width, text, { align: 'left' }));
  if (panel.wordChoices.length === 0) out.push(line([{ text: '  none', style: { tone: 'muted' } }], width, text, { align: 'left' }));
  for (const w of panel.wordChoices) {
    out.push(
      ...block(
        [{ text: `${w.groupId} `, style: { tone: 'muted' } }, { text: `[${w.fromLetter}] ` }, { text: w.from, style: { tone: 'removed' } }, { text: ` → [${w.toLetter}] ` }, { text: w.to, style: { tone: 'added' } }],
        width,
        text,
        2,
      ),
    );
  }
  return out;
}
