// Reporting verbs (Arabic and English) with their common inflections, as data for attribution and framing.

/** How a reporting verb positions the outlet towards what is reported. */
export type ReportingStance = 'neutral' | 'asserting' | 'distancing';

export interface ReportingVerb {
  /** Dictionary form: Arabic perfect 3rd person masculine singular, English base form. */
  lemma: string;
  language: 'ar' | 'en';
  /** Inflections as written (with hamza and, for participles, tanween); matched on normalized text. */
  forms: string[];
  stance: ReportingStance;
  gloss: string;
  /** The verb reports telling someone something (أبلغ, told): the telling is itself the news, so
   * an outlet reporting it keeps the attribution rather than passing it to the teller. */
  addressee?: boolean;
  /** The form is also a common noun or other verb (ذكر male, تابع affiliated): accept it only
   * when a complement follows (أن/إن, a colon or a quotation). */
  ambiguous?: boolean;
  /** The verb cites a source: `نقلت X عن Y` — X is the channel, Y the speaker. */
  cites?: boolean;
}

export const REPORTING_VERBS: ReportingVerb[] = [
  // Arabic: perfect (3ms, 3fs, 3mp), imperfect (3ms, 3fs, 3mp), adverbial participle (ms, fs).
  { lemma: 'قال', language: 'ar', stance: 'neutral', gloss: 'said', forms: ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'قائلاً', 'قائلا', 'قائلةً', 'قائلة'] },
  { lemma: 'أفاد', language: 'ar', stance: 'neutral', gloss: 'reported, stated', forms: ['أفاد', 'أفادت', 'أفادوا', 'يفيد', 'تفيد', 'مفيداً', 'مفيدا', 'مفيدةً'] },
  // يذكر/تذكر are left out: `يذكر أن` is the editor's "it is worth noting", and تذكر also "remember".
  { lemma: 'ذكر', language: 'ar', stance: 'neutral', gloss: 'mentioned, reported', ambiguous: true, forms: ['ذكر', 'ذكرت', 'ذكروا', 'ذاكراً', 'ذاكرا'] },
  { lemma: 'أوضح', language: 'ar', stance: 'neutral', gloss: 'explained', forms: ['أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'توضح', 'موضحاً', 'موضحا', 'موضحةً', 'موضحة'] },
  { lemma: 'أضاف', language: 'ar', stance: 'neutral', gloss: 'added', ambiguous: true, forms: ['أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف', 'مضيفاً', 'مضيفا', 'مضيفةً', 'مضيفة'] },
  { lemma: 'أشار', language: 'ar', stance: 'neutral', gloss: 'pointed out', forms: ['أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير', 'مشيراً', 'مشيرا', 'مشيرةً', 'مشيرة'] },
  { lemma: 'أعلن', language: 'ar', stance: 'asserting', gloss: 'announced', forms: ['أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن', 'معلناً', 'معلنا', 'معلنةً'] },
  { lemma: 'صرّح', language: 'ar', stance: 'neutral', gloss: 'declared, told the press', forms: ['صرح', 'صرّح', 'صرحت', 'صرّحت', 'صرحوا', 'يصرح', 'تصرح', 'مصرحاً', 'مصرحا'] },
  { lemma: 'أكد', language: 'ar', stance: 'asserting', gloss: 'stressed, confirmed', forms: ['أكد', 'أكّد', 'أكدت', 'أكّدت', 'أكدوا', 'يؤكد', 'تؤكد', 'يؤكدون', 'مؤكداً', 'مؤكدا', 'مؤكدةً', 'مؤكدة'] },
  { lemma: 'شدد', language: 'ar', stance: 'asserting', gloss: 'stressed', forms: ['شدد', 'شدّد', 'شددت', 'شدّدت', 'شددوا', 'يشدد', 'تشدد', 'مشدداً', 'مشددا', 'مشدّداً', 'مشددةً', 'مشددة'] },
  // مجدداً is left out: it is far more often the adverb "again" than the participle.
  { lemma: 'جدد', language: 'ar', stance: 'asserting', gloss: 'reiterated', forms: ['جدد', 'جدّد', 'جددت', 'جدّدت', 'يجدد', 'تجدد'] },
  { lemma: 'اعتبر', language: 'ar', stance: 'neutral', gloss: 'considered, said that', forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر', 'معتبراً', 'معتبرا', 'معتبرةً'] },
  { lemma: 'رأى', language: 'ar', stance: 'neutral', gloss: 'held the view', ambiguous: true, forms: ['رأى', 'رأت', 'رأوا', 'يرى', 'ترى', 'يرون'] },
  { lemma: 'كشف', language: 'ar', stance: 'asserting', gloss: 'revealed', forms: ['كشف', 'كشفت', 'كشفوا', 'يكشف', 'تكشف', 'كاشفاً', 'كاشفا'] },
  { lemma: 'أعرب', language: 'ar', stance: 'neutral', gloss: 'expressed', forms: ['أعرب', 'أعربت', 'أعربوا', 'يعرب', 'تعرب', 'معرباً', 'معربا'] },
  // يبلغ/تبلغ are left out: they mostly mean "amounts to" (يبلغ عددهم).
  { lemma: 'أبلغ', language: 'ar', stance: 'neutral', gloss: 'told, informed', addressee: true, forms: ['أبلغ', 'أبلغت', 'أبلغوا', 'مبلغاً'] },
  { lemma: 'نفى', language: 'ar', stance: 'neutral', gloss: 'denied', forms: ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'نافياً', 'نافيا'] },
  { lemma: 'ادّعى', language: 'ar', stance: 'distancing', gloss: 'claimed', forms: ['ادعى', 'ادّعى', 'ادعت', 'ادّعت', 'ادعوا', 'يدعي', 'تدعي', 'يدّعي', 'مدعياً', 'مدعيا', 'مدّعياً', 'مدعيةً'] },
  { lemma: 'زعم', language: 'ar', stance: 'distancing', gloss: 'alleged', ambiguous: true, forms: ['زعم', 'زعمت', 'زعموا', 'يزعم', 'تزعم', 'زاعماً', 'زاعما'] },
  { lemma: 'حذر', language: 'ar', stance: 'asserting', gloss: 'warned', forms: ['حذر', 'حذّر', 'حذرت', 'حذّرت', 'حذروا', 'يحذر', 'تحذر', 'محذراً', 'محذرا', 'محذّراً', 'محذرةً'] },
  { lemma: 'دعا', language: 'ar', stance: 'neutral', gloss: 'called for', forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'داعياً', 'داعيا'] },
  { lemma: 'تابع', language: 'ar', stance: 'neutral', gloss: 'went on to say', ambiguous: true, forms: ['تابع', 'تابعت', 'متابعاً', 'متابعا', 'متابعةً'] },
  { lemma: 'لفت', language: 'ar', stance: 'neutral', gloss: 'pointed out', forms: ['لفت', 'لفتت', 'لافتاً', 'لافتا', 'لافتةً'] },
  { lemma: 'نوّه', language: 'ar', stance: 'neutral', gloss: 'noted', forms: ['نوه', 'نوّه', 'نوهت', 'منوهاً', 'منوها'] },
  // بيّن is left out: unvowelled it is the preposition بين "between".
  { lemma: 'بيّن', language: 'ar', stance: 'neutral', gloss: 'made clear', ambiguous: true, forms: ['بيّنت', 'مبيناً', 'مبينا'] },
  { lemma: 'تحدث', language: 'ar', stance: 'neutral', gloss: 'spoke', ambiguous: true, forms: ['تحدث', 'تحدثت', 'يتحدث', 'تتحدث', 'متحدثاً'] },
  { lemma: 'نقل', language: 'ar', stance: 'neutral', gloss: 'quoted, relayed', cites: true, forms: ['نقل', 'نقلت', 'ينقل', 'تنقل'] },
  { lemma: 'أورد', language: 'ar', stance: 'neutral', gloss: 'reported', forms: ['أورد', 'أوردت', 'يورد', 'تورد'] },
  { lemma: 'أقر', language: 'ar', stance: 'neutral', gloss: 'admitted', ambiguous: true, forms: ['أقر', 'أقرّ', 'أقرت', 'أقرّت', 'يقر', 'تقر', 'مقراً'] },
  { lemma: 'اعترف', language: 'ar', stance: 'neutral', gloss: 'acknowledged', ambiguous: true, forms: ['اعترف', 'اعترفت', 'يعترف', 'تعترف', 'معترفاً'] },
  { lemma: 'وصف', language: 'ar', stance: 'neutral', gloss: 'described', ambiguous: true, forms: ['وصف', 'وصفت', 'يصف', 'تصف', 'واصفاً', 'واصفا'] },
  { lemma: 'أردف', language: 'ar', stance: 'neutral', gloss: 'went on', forms: ['أردف', 'أردفت', 'مردفاً', 'مردفا'] },

  // English: past, 3rd person present and -ing forms. Forms that are more often nouns
  // (claims, reports, notes, states) are left out.
  { lemma: 'say', language: 'en', stance: 'neutral', gloss: 'say', forms: ['said', 'says', 'saying'] },
  { lemma: 'tell', language: 'en', stance: 'neutral', gloss: 'tell', addressee: true, forms: ['told', 'tells', 'telling'] },
  { lemma: 'state', language: 'en', stance: 'neutral', gloss: 'state', forms: ['stated', 'stating'] },
  { lemma: 'add', language: 'en', stance: 'neutral', gloss: 'add', forms: ['added', 'adds', 'adding'] },
  { lemma: 'note', language: 'en', stance: 'neutral', gloss: 'note', forms: ['noted', 'noting'] },
  { lemma: 'stress', language: 'en', stance: 'asserting', gloss: 'stress', forms: ['stressed', 'stresses', 'stressing'] },
  { lemma: 'emphasize', language: 'en', stance: 'asserting', gloss: 'emphasize', forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'] },
  { lemma: 'insist', language: 'en', stance: 'asserting', gloss: 'insist', forms: ['insisted', 'insists', 'insisting'] },
  { lemma: 'claim', language: 'en', stance: 'distancing', gloss: 'claim', forms: ['claimed', 'claiming'] },
  { lemma: 'allege', language: 'en', stance: 'distancing', gloss: 'allege', forms: ['alleged', 'alleges', 'alleging'] },
  { lemma: 'announce', language: 'en', stance: 'asserting', gloss: 'announce', forms: ['announced', 'announces', 'announcing'] },
  { lemma: 'warn', language: 'en', stance: 'asserting', gloss: 'warn', forms: ['warned', 'warns', 'warning'] },
  { lemma: 'deny', language: 'en', stance: 'neutral', gloss: 'deny', forms: ['denied', 'denies', 'denying'] },
  { lemma: 'report', language: 'en', stance: 'neutral', gloss: 'report', forms: ['reported'] },
  { lemma: 'confirm', language: 'en', stance: 'asserting', gloss: 'confirm', forms: ['confirmed', 'confirms', 'confirming'] },
  { lemma: 'explain', language: 'en', stance: 'neutral', gloss: 'explain', forms: ['explained', 'explains', 'explaining'] },
  { lemma: 'argue', language: 'en', stance: 'neutral', gloss: 'argue', forms: ['argued', 'argues', 'arguing'] },
  { lemma: 'acknowledge', language: 'en', stance: 'neutral', gloss: 'acknowledge', forms: ['acknowledged', 'acknowledges', 'acknowledging'] },
  { lemma: 'admit', language: 'en', stance: 'neutral', gloss: 'admit', forms: ['admitted', 'admits', 'admitting'] },
  { lemma: 'declare', language: 'en', stance: 'asserting', gloss: 'declare', forms: ['declared', 'declares', 'declaring'] },
  { lemma: 'reveal', language: 'en', stance: 'asserting', gloss: 'reveal', forms: ['revealed', 'reveals', 'revealing'] },
  { lemma: 'write', language: 'en', stance: 'neutral', gloss: 'write', forms: ['wrote', 'writes'] },
  { lemma: 'urge', language: 'en', stance: 'neutral', gloss: 'urge', forms: ['urged', 'urges', 'urging'] },
  { lemma: 'quote', language: 'en', stance: 'neutral', gloss: 'quote', cites: true, forms: ['quoted'] },
];
