// The key findings in plain text: the outlets, then the conflicts with each outlet's value and
// source, the figures to check, what only each outlet reports, the framing contrasts on the same
// fact and whom each outlet cites. Article text is made inert; colour marks follow text-style.ts.
import type { EventModel } from './event-model.js';
import { figureSymbol, inertLine } from './figures-view.js';
import { figureTone } from './figures-text.js';
import { contrastName, contrastWords, ONE_ORIGIN_SHOWN, originsWords, plural, type KeyFindings, type OnlyPart } from './key-findings.js';
import { tone } from './text-style.js';
import { clipText } from './escape.js';
import { reviewSummaryText } from './review-text.js';

/** Longest claim quoted in the findings before it is clipped. */
const QUOTE_MAX = 160;

/** `[A]`: in the findings an outlet is its letter; the legend above names it once. */
function who(model: EventModel, article: number): string {
  return `[${model.letters[article]}]`;
}

/** The legend of letters: each outlet once, with its date and claims; an unknown outlet by its file name. */
export function outletsLegend(model: EventModel): string[] {
  return model.comparison.articles.map((a, i) => {
    const name = model.named[i] ? inertLine(model.outlets[i]) : `${inertLine(model.outlets[i])} (outlet unknown)`;
    const info = a.outletInfo ? [a.outletInfo.country, a.outletInfo.owner, a.outletInfo.lean && `lean: ${a.outletInfo.lean}`].filter(Boolean).map((s) => inertLine(s as string)) : [];
    return `  [${model.letters[i]}] ${name}${info.length > 0 ? ` (${info.join(', ')})` : ''} · ${a.date ?? 'date unknown'} · ${plural(a.claims.length, 'claim')}`;
  });
}

function conflictLines(model: EventModel, findings: KeyFindings): string[] {
  if (findings.conflicts.length === 0) return ['  Conflicts: none (where the outlets report the same fact, their figures, dates, places and attributions agree)'];
  const out = [`  ${tone('conflict', '!')} Conflicts (${findings.conflicts.length})`];
  for (const c of findings.conflicts) {
    const sides = c.sides.map((s) => `${who(model, s.article)} ${tone('conflict', s.value)}${s.source ? ` (${s.source})` : ''}${s.ref ? ` ${s.ref.label}` : ''}`);
    out.push(`    ${c.id} ${c.what}: ${sides.join(' · ')}`);
  }
  return out;
}

function figureAlertLines(findings: KeyFindings): string[] {
  if (findings.figureAlerts.length === 0) return [];
  const items = findings.figureAlerts.map((r) => `${tone(figureTone[r.entry.relation], figureSymbol[r.entry.relation])} ${r.entry.id} ${r.label} ${r.entry.relation}`);
  return [`  Figures to check: ${items.join(', ')} (table below)`];
}

function onlyLines(model: EventModel, findings: KeyFindings): string[] {
  const out = ['  Only one outlet reports'];
  for (const o of findings.only) {
    if (o.repeats !== null) {
      out.push(`    ${who(model, o.article)}: the same text as ${who(model, o.repeats)}, filed again`);
      continue;
    }
    if (o.total === 0) {
      out.push(`    ${who(model, o.article)}: nothing the others leave out`);
      continue;
    }
    const more = o.total - o.top.length;
    out.push(`    ${who(model, o.article)}: ${plural(o.total, 'claim')}${more > 0 ? `, the ${o.top.length} most salient:` : ':'}`);
    for (const r of o.top) out.push(`      ${tone('unique', '+')} ${r.label} ${clipText(inertLine(r.claim.text), QUOTE_MAX)}`);
  }
  return out;
}

function contrastLines(model: EventModel, findings: KeyFindings): string[] {
  if (findings.contrasts.length === 0) return ['  Framing of the same fact: no contrast in names for the dead, actors, labels, stance or scare quotes'];
  const out = ['  Framing of the same fact'];
  for (const c of findings.contrasts) {
    const sides = c.sides.map((s) => {
      const words = contrastWords(s);
      return `${who(model, s.article)} ${words.length > 0 ? words.join(', ') : tone('muted', 'none')}`;
    });
    out.push(`    ${c.group.group.id} ${contrastName[c.kind]}: ${sides.join(' · ')}`);
  }
  return out;
}

/** How many independent origins stand behind the shared facts, the ones resting on one origin named. */
function originLines(findings: KeyFindings): string[] {
  const o = findings.origins;
  if (!o || o.groups === 0) return [];
  const words = originsWords(o);
  const out = [`  Independent origins: ${words.confirmed}${words.oneOrigin ? `; ${words.oneOrigin}` : ''}`];
  for (const { group, label } of o.oneOrigin.slice(0, ONE_ORIGIN_SHOWN)) out.push(`    ${group.group.id} ${inertLine(label)}`);
  if (o.oneOrigin.length > ONE_ORIGIN_SHOWN) out.push(`    ${o.oneOrigin.length - ONE_ORIGIN_SHOWN} more`);
  if (words.sharedSource) out.push(`    ${words.sharedSource}`);
  return out;
}

function citationLines(model: EventModel, findings: KeyFindings): string[] {
  if (findings.citations.length === 0) return [];
  const out = ['  Whom each outlet cites'];
  for (const c of findings.citations) {
    const items = c.top.map((s) => `${inertLine(s.name)} ×${s.count} (${[s.kind, s.side, s.via ? `via ${inertLine(s.via)}` : null].filter(Boolean).join(', ')})`);
    const more = c.total - c.top.length;
    out.push(`    ${who(model, c.article)}: ${items.length > 0 ? items.join('; ') : 'no source named'}${more > 0 ? `; ${more} more` : ''}`);
  }
  return out;
}

/** The key findings block (heading, the outlets, then each finding), narrowed to one part when `only` is set. */
export function renderFindingsText(model: EventModel, findings: KeyFindings, only: OnlyPart | null = null): string[] {
  const t = model.totals;
  const out = [
    tone('heading', `Key findings: ${inertLine(model.title)}`),
    ...outletsLegend(model),
    `  In common: ${plural(findings.inCommon, 'claim group')} reported by more than one outlet (${t.groupsBy.shared} shared, ${t.groupsBy.partial} partial, ${t.groupsBy.conflict} conflicting); ${plural(t.claimsBy.unique, 'claim')} only one outlet reports`,
    // How much a reviewer checked, when a review was applied: the findings are the engine's until then.
    ...reviewSummaryText(model)
      .filter((l) => l !== '')
      .map((l) => `  ${l}`),
  ];
  if (!only) out.push(...originLines(findings));
  if (!only || only === 'conflicts') out.push(...conflictLines(model, findings));
  if (!only || only === 'conflicts' || only === 'figures') out.push(...figureAlertLines(findings));
  if (!only || only === 'omissions') out.push(...onlyLines(model, findings));
  if (!only || only === 'framing') out.push(...contrastLines(model, findings), ...citationLines(model, findings));
  out.push('');
  return out;
}
