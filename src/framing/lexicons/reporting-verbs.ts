// Reporting verbs by stance, Arabic and English, with their common inflections (perfect, imperfect,
// participle). Stances: `neutral` (said), `asserting` (stressed: the writer lends weight),
// `distancing` (claimed: the writer doubts), `opinion` (considered: marks a view, not a fact).
// Arabic verbs take و ف ل س prefixes only, so a participle never matches its noun (المؤكد "the certain").
// Rows with `complement` are ambiguous verbs (أعلن "declared", كشف "uncovered") that count only
// when speech follows: أن/إن, a colon or a quote within four words.
import type { TermRow } from '../lexicon-types.js';

const SPEECH = { complement: true } as const;

export const arabicReportingVerbs: readonly TermRow[] = [
  // neutral
  ['قال', 'neutral', 'said'], ['قالت', 'neutral', 'said (feminine)'], ['قالوا', 'neutral', 'said (plural)'],
  ['يقول', 'neutral', 'says'], ['تقول', 'neutral', 'says (feminine)'], ['يقولون', 'neutral', 'say (plural)'],
  ['قائلا', 'neutral', 'saying'], ['قائلة', 'neutral', 'saying (feminine)'], ['قائلين', 'neutral', 'saying (plural)'],
  ['أفاد', 'neutral', 'stated, reported'], ['أفادت', 'neutral', 'stated, reported (feminine)'], ['أفادوا', 'neutral', 'stated (plural)'],
  ['يفيد', 'neutral', 'states', SPEECH], ['تفيد', 'neutral', 'states (feminine)', SPEECH],
  ['ذكر', 'neutral', 'mentioned, reported'], ['ذكرت', 'neutral', 'mentioned, reported (feminine)'], ['ذكروا', 'neutral', 'mentioned (plural)'],
  ['يذكر', 'neutral', 'mentions'], ['تذكر', 'neutral', 'mentions (feminine)', SPEECH],
  ['أوضح', 'neutral', 'explained'], ['أوضحت', 'neutral', 'explained (feminine)'], ['يوضح', 'neutral', 'explains'],
  ['توضح', 'neutral', 'explains (feminine)'], ['موضحا', 'neutral', 'explaining'], ['موضحة', 'neutral', 'explaining (feminine)'],
  ['أضاف', 'neutral', 'added'], ['أضافت', 'neutral', 'added (feminine)'], ['أضافوا', 'neutral', 'added (plural)'],
  ['يضيف', 'neutral', 'adds'], ['تضيف', 'neutral', 'adds (feminine)'], ['مضيفا', 'neutral', 'adding'],
  ['أشار', 'neutral', 'pointed out'], ['أشارت', 'neutral', 'pointed out (feminine)'], ['أشاروا', 'neutral', 'pointed out (plural)'],
  ['يشير', 'neutral', 'points out'], ['تشير', 'neutral', 'points out (feminine)'], ['مشيرا', 'neutral', 'pointing out'],
  ['مشيرة', 'neutral', 'pointing out (feminine)'],
  ['صرح', 'neutral', 'declared, stated'], ['صرحت', 'neutral', 'declared (feminine)'], ['يصرح', 'neutral', 'declares'],
  ['مصرحا', 'neutral', 'declaring'],
  ['نوه', 'neutral', 'noted'], ['نوهت', 'neutral', 'noted (feminine)'], ['منوها', 'neutral', 'noting'],
  ['أعرب', 'neutral', 'expressed'], ['أعربت', 'neutral', 'expressed (feminine)'], ['معربا', 'neutral', 'expressing'],
  ['مبينا', 'neutral', 'explaining'],
  ['أعلن', 'neutral', 'announced', SPEECH], ['أعلنت', 'neutral', 'announced (feminine)', SPEECH],
  ['يعلن', 'neutral', 'announces', SPEECH], ['تعلن', 'neutral', 'announces (feminine)', SPEECH], ['معلنا', 'neutral', 'announcing', SPEECH],
  ['كشف', 'neutral', 'revealed', SPEECH], ['كشفت', 'neutral', 'revealed (feminine)', SPEECH], ['كاشفا', 'neutral', 'revealing', SPEECH],
  ['تابع', 'neutral', 'went on (to say)', SPEECH], ['تابعت', 'neutral', 'went on (feminine)', SPEECH], ['متابعا', 'neutral', 'going on (to say)', SPEECH],
  ['لفت', 'neutral', 'pointed out', SPEECH], ['لفتت', 'neutral', 'pointed out (feminine)', SPEECH], ['لافتا', 'neutral', 'pointing out', SPEECH],
  // asserting
  ['أكد', 'asserting', 'affirmed, stressed'], ['أكدت', 'asserting', 'affirmed (feminine)'], ['أكدوا', 'asserting', 'affirmed (plural)'],
  ['يؤكد', 'asserting', 'affirms'], ['تؤكد', 'asserting', 'affirms (feminine)'], ['يؤكدون', 'asserting', 'affirm (plural)'],
  ['مؤكدا', 'asserting', 'affirming'], ['مؤكدة', 'asserting', 'affirming (feminine)'], ['مؤكدين', 'asserting', 'affirming (plural)'],
  ['شدد', 'asserting', 'stressed, insisted'], ['شددت', 'asserting', 'stressed (feminine)'], ['شددوا', 'asserting', 'stressed (plural)'],
  ['يشدد', 'asserting', 'stresses'],
  ['مشددا', 'asserting', 'stressing'], ['مشددة', 'asserting', 'stressing (feminine)'],
  // Not bare جدد: it is also the adjective "new" (أعضاء جدد).
  ['جددت', 'asserting', 'reiterated (feminine)'], ['يجدد', 'asserting', 'reiterates'],
  ['أصر', 'asserting', 'insisted'], ['أصرت', 'asserting', 'insisted (feminine)'], ['يصر', 'asserting', 'insists'],
  ['تصر', 'asserting', 'insists (feminine)'], ['مصرا', 'asserting', 'insisting'],
  ['جزم', 'asserting', 'asserted categorically'], ['جزمت', 'asserting', 'asserted categorically (feminine)'],
  // distancing
  ['ادعى', 'distancing', 'claimed'], ['ادعت', 'distancing', 'claimed (feminine)'], ['ادعوا', 'distancing', 'claimed (plural)'],
  ['يدعي', 'distancing', 'claims', SPEECH], ['تدعي', 'distancing', 'claims (feminine)', SPEECH],
  ['مدعيا', 'distancing', 'claiming'], ['مدعية', 'distancing', 'claiming (feminine)', { notBefore: ['عامه', 'العامه'] }],
  ['ادعاء', 'distancing', 'claim, allegation', { clitics: 'noun', notBefore: ['العام'] }],
  ['ادعاءات', 'distancing', 'claims, allegations', { clitics: 'noun' }],
  ['زعم', 'distancing', 'alleged, claimed'], ['زعمت', 'distancing', 'alleged (feminine)'], ['زعموا', 'distancing', 'alleged (plural)'],
  ['يزعم', 'distancing', 'alleges'], ['تزعم', 'distancing', 'alleges (feminine)'], ['يزعمون', 'distancing', 'allege (plural)'],
  ['زاعما', 'distancing', 'alleging'], ['زاعمة', 'distancing', 'alleging (feminine)'],
  ['مزاعم', 'distancing', 'allegations, claims', { clitics: 'noun' }],
  // opinion
  ['اعتبر', 'opinion', 'considered, deemed'], ['اعتبرت', 'opinion', 'considered (feminine)'],
  ['معتبرا', 'opinion', 'considering'], ['معتبرة', 'opinion', 'considering (feminine)'],
  ['يعتبر', 'opinion', 'considers', SPEECH], ['تعتبر', 'opinion', 'considers (feminine)', SPEECH],
  ['رأى', 'opinion', 'opined, saw', SPEECH], ['رأت', 'opinion', 'opined (feminine)', SPEECH],
  ['يرى', 'opinion', 'holds the view', SPEECH], ['ترى', 'opinion', 'holds the view (feminine)', SPEECH],
  ['وصف', 'opinion', 'described (as)'], ['وصفت', 'opinion', 'described (feminine)'], ['واصفا', 'opinion', 'describing'],
];

export const englishReportingVerbs: readonly TermRow[] = [
  // neutral
  ['say', 'neutral', 'say'], ['says', 'neutral', 'says'], ['said', 'neutral', 'said'], ['saying', 'neutral', 'saying'],
  ['tell', 'neutral', 'tell'], ['tells', 'neutral', 'tells'], ['told', 'neutral', 'told'],
  ['stated', 'neutral', 'stated'],
  ['added', 'neutral', 'added', SPEECH], ['adds', 'neutral', 'adds', SPEECH], ['adding', 'neutral', 'adding', SPEECH],
  ['noted', 'neutral', 'noted', SPEECH], ['explained', 'neutral', 'explained', SPEECH],
  ['announced', 'neutral', 'announced', SPEECH], ['reported', 'neutral', 'reported', SPEECH],
  ['according to', 'neutral', 'according to'],
  ['wrote', 'neutral', 'wrote', SPEECH], ['replied', 'neutral', 'replied'], ['responded', 'neutral', 'responded', SPEECH],
  // asserting
  ['stressed', 'asserting', 'stressed'], ['stresses', 'asserting', 'stresses'], ['stressing', 'asserting', 'stressing'],
  ['emphasized', 'asserting', 'emphasized'], ['emphasised', 'asserting', 'emphasised'], ['emphasizes', 'asserting', 'emphasizes'],
  ['emphasizing', 'asserting', 'emphasizing'],
  ['insisted', 'asserting', 'insisted'], ['insists', 'asserting', 'insists'], ['insisting', 'asserting', 'insisting'],
  ['affirmed', 'asserting', 'affirmed'], ['affirms', 'asserting', 'affirms'], ['reaffirmed', 'asserting', 'reaffirmed'],
  ['asserted', 'asserting', 'asserted'], ['asserts', 'asserting', 'asserts'],
  ['underscored', 'asserting', 'underscored'], ['declared', 'asserting', 'declared', SPEECH],
  ['made clear', 'asserting', 'made clear'],
  // distancing
  ['claimed', 'distancing', 'claimed'], ['claims', 'distancing', 'claims'], ['claiming', 'distancing', 'claiming'],
  ['alleges', 'distancing', 'alleges'], ['alleging', 'distancing', 'alleging'],
  // opinion
  ['argued', 'opinion', 'argued'], ['argues', 'opinion', 'argues'],
];
