// Inline SVG charts for the HTML reports: the coverage heat map, framing bars per outlet and the
// index page's claim shares. Each has a title and description, text labels and a symbol in every
// coloured mark, so it reads without colour and without a network.
import type { FramingCategory } from '../types.js';
import { clipText, escapeHtml } from './escape.js';
import { STATUSES, statusName, statusSymbol, type ClaimStatus, type EventModel } from './event-model.js';
import { framingCategories, framingCategoryName } from './framing-view.js';

type Kind = ClaimStatus;

/** Fill colours, chosen to stay apart for common colour-vision deficiencies; symbols carry the meaning too. */
export const kindColour: Record<Kind, string> = {
  shared: '#1a7f4b',
  partial: '#d9a21b',
  conflict: '#c0392b',
  unique: '#3465a4',
};
const KIND_INK: Record<Kind, string> = { shared: '#ffffff', partial: '#1a1a1a', conflict: '#ffffff', unique: '#ffffff' };

const FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', \'Noto Sans\', \'DejaVu Sans\', sans-serif"';

function open(id: string, width: number, height: number, title: string, desc: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} font-size="12">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`
  );
}

/** How far each legend item reaches: a swatch, a gap and its label at about 6.5 px a character. */
const legendStep = (kind: Kind) => 28 + `${statusSymbol[kind]} ${statusName[kind]}`.length * 6.5;
/** The legend's width, so a chart with few columns still shows all of it. */
const LEGEND_WIDTH = STATUSES.reduce((w, k) => w + legendStep(k), 0);

function legend(y: number, x0: number): string {
  let x = x0;
  const items: string[] = [];
  for (const kind of STATUSES) {
    const label = `${statusSymbol[kind]} ${statusName[kind]}`;
    items.push(
      `<rect x="${x}" y="${y}" width="14" height="14" rx="2" fill="${kindColour[kind]}"/>` +
        `<text x="${x + 7}" y="${y + 11}" text-anchor="middle" font-size="11" font-weight="700" fill="${KIND_INK[kind]}">${escapeHtml(statusSymbol[kind])}</text>` +
        `<text x="${x + 19}" y="${y + 11}">${escapeHtml(label.slice(2))}</text>`,
    );
    x += legendStep(kind);
  }
  return items.join('');
}

/** Outlets (rows) x claim groups and unique claims (columns): who reported what. */
export function coverageHeatmapSvg(model: EventModel, id = 'heatmap'): string {
  const size = 20;
  const labelWidth = 200;
  const top = 44;
  const cols = model.matrix.length;
  const rows = model.letters.length;
  const width = Math.max(labelWidth + cols * size, labelWidth + LEGEND_WIDTH) + 10;
  const height = top + rows * size + 40;
  const desc =
    `${cols} columns (${model.totals.groups} claim groups, then ${model.totals.claimsBy.unique} claims only one outlet reported) ` +
    `for ${rows} outlets. A filled cell means the outlet reports that claim, marked with its claim's own status: ` +
    STATUSES.map((k) => `${statusSymbol[k]} ${statusName[k]}`).join(', ') +
    '. An empty cell means the outlet does not report it. The coverage table below gives the same data.';
  const parts: string[] = [open(id, width, height, 'Coverage heat map: outlets by claim', desc)];
  model.matrix.forEach((row, c) => {
    const x = labelWidth + c * size + size / 2;
    parts.push(`<text x="${x}" y="${top - 6}" font-size="10" transform="rotate(-60 ${x} ${top - 6})">${escapeHtml(row.label)}</text>`);
  });
  model.letters.forEach((letter, r) => {
    const y = top + r * size;
    const name = clipText(`${letter} · ${model.outlets[r]}`, 24);
    parts.push(`<text x="${labelWidth - 8}" y="${y + size / 2 + 4}" text-anchor="end">${escapeHtml(name)}</text>`);
    model.matrix.forEach((row, c) => {
      const x = labelWidth + c * size;
      const cell = row.cells[r];
      if (cell.status === 'absent') {
        parts.push(
          `<g><title>${escapeHtml(`${row.label}: not reported by ${letter}`)}</title>` +
            `<rect x="${x + 1}" y="${y + 1}" width="${size - 2}" height="${size - 2}" fill="#f1f1f1" stroke="#d0d0d0"/></g>`,
        );
        return;
      }
      const status = cell.status;
      const tip = `${row.label}: ${cell.refs.map((m) => `${m.label} ${statusName[m.status]}`).join(', ')}`;
      parts.push(
        `<g><title>${escapeHtml(tip)}</title>` +
          `<rect x="${x + 1}" y="${y + 1}" width="${size - 2}" height="${size - 2}" fill="${kindColour[status]}"/>` +
          `<text x="${x + size / 2}" y="${y + size / 2 + 4}" text-anchor="middle" font-weight="700" fill="${KIND_INK[status]}">${escapeHtml(statusSymbol[status])}</text></g>`,
      );
    });
  });
  parts.push(legend(top + rows * size + 16, labelWidth), '</svg>');
  return parts.join('');
}

/** One outlet's framing flags by category, on a scale shared by all outlets so bars compare. */
export function framingBarsSvg(
  title: string,
  counts: Partial<Record<FramingCategory, number>>,
  max: number,
  id: string,
): string {
  const rowH = 18;
  const labelWidth = 150;
  const barMax = 120;
  const width = labelWidth + barMax + 40;
  const height = framingCategories.length * rowH + 6;
  const desc = framingCategories.map((c) => `${framingCategoryName[c]}: ${counts[c] ?? 0}`).join('; ');
  const parts: string[] = [open(id, width, height, title, desc)];
  framingCategories.forEach((c, i) => {
    const y = i * rowH + 3;
    const n = counts[c] ?? 0;
    const w = max > 0 ? Math.round((n / max) * barMax) : 0;
    parts.push(
      `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(framingCategoryName[c])}</text>` +
        `<rect x="${labelWidth}" y="${y + 2}" width="${Math.max(w, n > 0 ? 2 : 0)}" height="${rowH - 6}" fill="#4a5d7e"/>` +
        `<text x="${labelWidth + Math.max(w, n > 0 ? 2 : 0) + 4}" y="${y + 12}">${n}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface ShareRow {
  label: string;
  shares: Record<Kind, number>;
}

/** Per event, a bar split into the shares of its claims that are shared, partial, conflicting or unique. */
export function eventSharesSvg(rows: readonly ShareRow[], id = 'shares'): string {
  const rowH = 24;
  const labelWidth = 190;
  const barWidth = 420;
  const width = labelWidth + barWidth + 20;
  const height = rows.length * rowH + 40;
  const desc = rows
    .map((r) => `${r.label}: ${STATUSES.map((k) => `${r.shares[k]} ${statusName[k]}`).join(', ')}`)
    .join('; ');
  const parts: string[] = [open(id, width, height, 'Share of claims per event: shared, partial, conflicting, only one outlet', desc)];
  rows.forEach((row, i) => {
    const y = i * rowH + 4;
    const total = STATUSES.reduce((n, k) => n + row.shares[k], 0);
    parts.push(`<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(clipText(row.label, 30))}</text>`);
    if (total === 0) {
      parts.push(`<text x="${labelWidth}" y="${y + 14}" fill="#555">no claims</text>`);
      return;
    }
    let x = labelWidth;
    for (const k of STATUSES) {
      const n = row.shares[k];
      if (n === 0) continue;
      const w = (n / total) * barWidth;
      const pct = Math.round((n / total) * 100);
      parts.push(
        `<g><title>${escapeHtml(`${row.label}: ${n} ${statusName[k]} (${pct}%)`)}</title>` +
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${kindColour[k]}"/>` +
          (w >= 34
            ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 13}" text-anchor="middle" font-size="11" fill="${KIND_INK[k]}">${escapeHtml(`${statusSymbol[k]} ${pct}%`)}</text>`
            : '') +
          '</g>',
      );
      x += w;
    }
  });
  parts.push(legend(rows.length * rowH + 14, labelWidth), '</svg>');
  return parts.join('');
}
