// The reports' inline style sheet: system fonts only (no network), a stacked layout on phones,
// folding sections, the script-free relation filter (radio inputs before the list), and a print
// layout whose first page is the key findings, that keeps groups whole and prints link targets.
export const reportCss = `
:root { --ink: #1d1d1f; --muted: #55565c; --line: #d9d9df; --soft: #f5f5f7; --accent: #24477a;
  --shared: #1a7f4b; --partial: #9a6b00; --conflict: #b03020; --unique: #3465a4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif;
  line-height: 1.85; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
header, nav, main, footer { max-width: 74rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; border-bottom: 3px solid var(--ink); }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); }
h1 { font-size: 1.65rem; line-height: 1.4; margin: .3rem 0 .6rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.06rem; margin: 1.4rem 0 .5rem; }
a { color: var(--accent); }
a.external { overflow-wrap: anywhere; } /* a long link may break anywhere, so the table gives its width to the titles */
.meta { color: var(--muted); margin: .2rem 0 .3rem; }
.outlets { margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
/* Key findings: the answer first, compact enough for the first screen and the first printed page. */
.findings { font-size: .95rem; }
.findings h2 { border-top: 0; margin-top: 1rem; }
.findings .lede { margin: .2rem 0 .6rem; }
.findings-grid { display: grid; grid-template-columns: 1fr; gap: 0 2rem; }
@media (min-width: 60rem) { .findings-grid { grid-template-columns: 1fr 1fr; } }
.finding h3 { font-size: 1rem; margin: .7rem 0 .25rem; }
.finding h4 { font-size: .93rem; margin: .4rem 0 .1rem; font-weight: 600; }
.finding ul { margin: .1rem 0 .3rem; padding-inline-start: 1.2rem; }
.finding li { margin: .12rem 0; }
.finding p { margin: .2rem 0; }
.finding-line { margin: .5rem 0 .2rem; }
ul.quotes { list-style: none; padding-inline-start: 0; margin: .1rem 0 .3rem; }
ul.quotes li { line-height: 1.6; font-size: .93rem; }
.claim-ref { font-weight: 700; font-size: .8rem; text-decoration: none; unicode-bidi: isolate; margin-inline-end: .25rem; }
.side-value { display: inline; }
table.figures td, table.figures th { font-size: .9rem; }
table.figures tr.figure-conflict th { border-inline-start: 4px solid var(--conflict); }
table.figures tr.figure-updated th, table.figures tr.figure-absence th { border-inline-start: 4px solid var(--partial); }
.figure-words summary { font-size: .78rem; color: var(--muted); cursor: pointer; }
.figure-words blockquote { font-size: .9rem; }
/* Sections of evidence fold; their heading is the summary. */
.fold > details > summary { cursor: pointer; list-style: none; }
.fold > details > summary::-webkit-details-marker { display: none; }
.fold > details > summary > h2 { display: flex; align-items: baseline; gap: .5rem; }
.fold > details > summary > h2::before { content: "▸"; font-size: .9em; color: var(--muted); }
.fold > details[open] > summary > h2::before { content: "▾"; }
/* One relation at a time, without a script: the checked radio input hides the other blocks. */
input.show { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.show-bar { display: flex; flex-wrap: wrap; gap: .3rem .5rem; align-items: center; margin: .4rem 0 .8rem; }
.show-bar label { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .7rem; cursor: pointer; background: #fff; }
#show-all:checked ~ .show-bar label[for="show-all"], #show-conflict:checked ~ .show-bar label[for="show-conflict"],
#show-partial:checked ~ .show-bar label[for="show-partial"], #show-shared:checked ~ .show-bar label[for="show-shared"],
#show-unique:checked ~ .show-bar label[for="show-unique"] { background: var(--ink); color: #fff; border-color: var(--ink); }
#show-all:checked ~ .show-bar label[for="show-all"] .small, #show-conflict:checked ~ .show-bar label[for="show-conflict"] .small,
#show-partial:checked ~ .show-bar label[for="show-partial"] .small, #show-shared:checked ~ .show-bar label[for="show-shared"] .small,
#show-unique:checked ~ .show-bar label[for="show-unique"] .small { color: #e5e5ea; }
#show-all:focus-visible ~ .show-bar label[for="show-all"], #show-conflict:focus-visible ~ .show-bar label[for="show-conflict"],
#show-partial:focus-visible ~ .show-bar label[for="show-partial"], #show-shared:focus-visible ~ .show-bar label[for="show-shared"],
#show-unique:focus-visible ~ .show-bar label[for="show-unique"] { outline: 3px solid var(--accent); outline-offset: 2px; }
#show-conflict:checked ~ .claim-list > :is(.block-common, .block-unique),
#show-partial:checked ~ .claim-list > :is(.block-conflict, .block-unique), #show-partial:checked ~ .claim-list .group-shared,
#show-shared:checked ~ .claim-list > :is(.block-conflict, .block-unique), #show-shared:checked ~ .claim-list .group-partial,
#show-unique:checked ~ .claim-list > :is(.block-conflict, .block-common) { display: none; }
.block-head { color: var(--muted); }
nav ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; padding: .6rem 0; margin: 0; list-style: none; font-size: .92rem; }
.note { background: var(--soft); border-inline-start: 4px solid var(--line); padding: .5rem .8rem; }
.review { font-size: .9rem; margin: .3rem 0; }
.review-verdict { font-weight: 600; }
.review-pending { color: var(--muted); font-style: italic; }
.table-wrap, .chart { overflow-x: auto; max-width: 100%; position: relative; } /* relative: keeps the hidden labels of cells inside the scroller */
.chart { margin: .5rem 0 1rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; font-size: .94rem; margin: .4rem 0 1rem; }
caption { text-align: start; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .55rem; text-align: start; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
td.absent { color: #8a8a90; }
.rel { display: inline-block; font-weight: 700; border-radius: 3px; padding: 0 .4rem; white-space: nowrap; font-size: .9em; }
.rel-shared:is(.rel, .claim-no, .claim-mark) { color: var(--shared); } .rel-partial:is(.rel, .claim-no, .claim-mark) { color: var(--partial); }
.rel-conflict:is(.rel, .claim-no, .claim-mark) { color: var(--conflict); } .rel-unique:is(.rel, .claim-no, .claim-mark) { color: var(--unique); }
.claim-mark { font-weight: 700; white-space: nowrap; }
.copied { font-size: .75rem; font-weight: 700; border: 1px solid var(--line); border-radius: 3px; padding: 0 .2rem; }
.rel.rel-shared { background: #e3f3ea; } .rel.rel-partial { background: #fbf0d3; } .rel.rel-conflict { background: #f9e0dc; } .rel.rel-unique { background: #e2eaf6; }
.group { border: 1px solid var(--line); border-inline-start: 5px solid var(--line); border-radius: 6px; padding: .2rem 1rem .8rem; margin: 1rem 0; }
.group.group-shared { border-inline-start-color: var(--shared); } .group.group-partial { border-inline-start-color: #d9a21b; }
.group.group-conflict { border-inline-start-color: var(--conflict); }
.group h3 { margin-top: .8rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr)); gap: .8rem; }
.side { margin: 0; background: var(--soft); border-radius: 5px; padding: .5rem .8rem; }
.side figcaption, .who-line { font-size: .85rem; color: var(--muted); }
blockquote { margin: .3rem 0; }
.letter { display: inline-block; min-width: 1.4em; text-align: center; font-weight: 700; color: #fff; background: var(--ink);
  border-radius: 3px; font-size: .8rem; padding: 0 .25rem; }
.conflicts { border: 2px solid var(--conflict); border-radius: 5px; padding: .3rem .8rem; margin: .8rem 0; }
.updates { border: 2px dashed var(--partial); border-radius: 5px; padding: .3rem .8rem; margin: .8rem 0; }
.diff { background: #fff; border: 1px dashed var(--line); border-radius: 5px; padding: .4rem .7rem; margin: .5rem 0; }
.label { font-size: .85rem; font-weight: 600; color: var(--muted); margin: .6rem 0 0; }
del { background: #fbe1dd; color: #6e1a10; text-decoration: line-through; text-decoration-thickness: 1px; }
ins { background: #dcf1e2; color: #0d4a28; text-decoration: underline; text-decoration-thickness: 2px; }
del sup, ins sup { font-size: .65em; font-weight: 700; padding: 0 .1em; }
.small { font-size: .85rem; color: var(--muted); }
.nowrap { white-space: nowrap; }
ol.claims { padding-inline-start: 1.6rem; }
ol.claims li { margin: .5rem 0; }
ul.terms { list-style: none; padding: 0; margin: 0; }
ul.terms li { margin: .1rem 0; }
.fulltext { white-space: pre-wrap; background: var(--soft); border-radius: 6px; padding: .8rem 1rem; overflow-wrap: anywhere; }
.claim { border-radius: 3px; }
.claim-no { font-size: .68rem; font-weight: 700; text-decoration: none; vertical-align: super; padding: 0 .15em; unicode-bidi: isolate; }
.claim:target { background: #fff0a6; outline: 2px solid #d9a21b; }
.removed { color: #6d6d73; background: repeating-linear-gradient(135deg, #eee 0 6px, #f7f7f7 6px 12px); }
.removed-label { font-size: .72rem; font-weight: 700; font-style: normal; unicode-bidi: isolate; }
dl.meta-list { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .8rem; font-size: .9rem; margin: .3rem 0 .8rem; }
dl.meta-list dt { color: var(--muted); }
dl.meta-list dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); margin-top: 2.5rem; padding-bottom: 2rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  /* The sections on one line that scrolls sideways, so the findings start on the first screen. */
  nav ol { flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; gap: 1rem; }
  h1 { font-size: 1.3rem; }
  .group { padding: .2rem .6rem .6rem; }
  /* Tables become one card per row, each cell led by its column name. */
  .table-wrap table, .table-wrap tbody, .table-wrap tr, .table-wrap th, .table-wrap td { display: block; width: auto; }
  .table-wrap caption { display: block; }
  .table-wrap thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .table-wrap tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  .table-wrap th, .table-wrap td { border: 0; padding: .1rem 0; text-align: start; }
  .table-wrap td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85em; }
  .table-wrap td[data-label=""]::before { content: none; }
}
@media print {
  @page { margin: 14mm 12mm; }
  nav, .skip, .show-bar, input.show { display: none; }
  body { font-size: 10.5pt; }
  /* The first page is the key findings; the figures table and the evidence follow. */
  header { padding-top: 0; }
  h1 { font-size: 15pt; margin: .1rem 0 .3rem; }
  .findings { font-size: 9.5pt; break-after: page; }
  .findings h2 { margin-top: .4rem; }
  .findings-grid { grid-template-columns: 1fr 1fr; gap: 0 1.2rem; }
  .fold > details > summary > h2::before { content: none; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  a.external::after { content: " (" attr(href) ")"; font-size: .8em; }
  .group, figure, tr, .conflicts, .updates { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-wrap, .chart { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
