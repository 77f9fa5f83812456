// Words that tie a figure to a person: an age phrase (يبلغ من العمر 24 عاما, aged 24) and kinship
// nouns (والدة عهد, her mother). A value held by one person is no rival of a value held by another
// (the suspect's age against the victim's; the mother's fine against the daughter's). General
// knowledge of Arabic and English news writing.

/** Words that open an age right before the number: `من العمر 24`, `عمره 24`, `aged 24`. */
export const ageWords: readonly string[] = ['العمر', 'عمر', 'عمره', 'عمرها', 'عمرهم', 'aged', 'age'];

/** Verbs and participles of "reaching" an age, before `من العمر` or the number: يبلغ من العمر، البالغة 61 عاما، عن عمر يناهز 92. */
export const ageVerbs: readonly string[] = ['يبلغ', 'تبلغ', 'بلغ', 'بلغت', 'البالغ', 'البالغة', 'البالغين', 'يبلغان', 'تبلغان', 'يناهز', 'ناهز'];

/**
 * Nouns that tell no one person from another (رجل أبيض يبلغ من العمر 24, مقتل رجل يبلغ من العمر 39):
 * the other words naming an age's holder decide whose age it is.
 */
export const personNouns: readonly string[] = ['رجل', 'امرأة', 'سيدة', 'شاب', 'شابة', 'فتى', 'فتاة', 'طفل', 'طفلة', 'صبي', 'شخص', 'man', 'woman', 'boy', 'girl', 'child', 'person'];

/**
 * Verbs and verbal nouns of obtaining a count (حصل بري على 98 صوتا, حصول الحريري على 111 صوتا, Biden
 * won 306 votes): the words between the verb and على (before the verb in English) name who holds
 * the count; votes won by one candidate are no rival of votes won by another. The forms with a
 * pronoun (حصوله على) name the holder before them (وفاز بري بعد حصوله على 98 صوتا).
 */
export const obtainVerbs: readonly string[] = ['حصل', 'حصلت', 'يحصل', 'تحصل', 'حصول', 'نال', 'نالت', 'ينال', 'تنال', 'won', 'wins', 'received', 'receives', 'got', 'gets', 'secured', 'obtained', 'garnered'];
export const obtainVerbsWithPronoun: readonly string[] = ['حصوله', 'حصولها', 'حصولهم', 'نيله', 'نيلها'];

/** Units an age is told in. */
export const ageUnits: readonly string[] = ['عاما', 'عام', 'سنة', 'سنوات', 'أعوام', 'years', 'year'];

/**
 * Kinship nouns, with the suffixed forms news writing uses (والدتها, her mother), under one key
 * each. `ابن` alone and `أم` are left out: they open names (ابن سلمان) and questions (أم).
 */
export const kinWords: ReadonlyArray<readonly [kin: string, words: readonly string[]]> = [
  ['parent', ['والدة', 'والدته', 'والدتها', 'والدتهم', 'والد', 'والده', 'والدها', 'والدهم', 'والدا', 'والدي', 'mother', 'father', 'parents', 'mom', 'dad']],
  ['child', ['ابنة', 'ابنته', 'ابنتها', 'ابنتهم', 'ابنه', 'ابنها', 'ابنهم', 'نجل', 'نجله', 'نجلها', 'son', 'daughter', 'sons', 'daughters']],
  ['sibling', ['شقيق', 'شقيقة', 'شقيقه', 'شقيقها', 'شقيقته', 'شقيقتها', 'brother', 'sister']],
  ['spouse', ['زوجة', 'زوجته', 'زوجها', 'wife', 'husband']],
  ['cousin', ['cousin', 'nephew', 'niece']],
];

/**
 * Groups a toll may count apart from the victims: a partitive count of one (ثلاثة من المهاجمين,
 * اثنين من أفراد الشرطة, three of the gunmen) counts that group, no rival of the whole toll.
 * News concepts (src/text/lexicons/news-concepts.ts).
 */
export const countedGroups: readonly string[] = ['attacker', 'police', 'soldiers', 'children', 'civilians'];

/** The partitive word between a figure and its group (ثلاثة من المهاجمين, three of the gunmen). */
export const partitiveWords: readonly string[] = ['من', 'of'];

/** Nouns of membership between a partitive and its group (اثنين من أفراد الشرطة, two members of the police). */
export const memberNouns: readonly string[] = ['أفراد', 'عناصر', 'رجال', 'منتسبي', 'قوات', 'أجهزة', 'الأجهزة', 'members', 'the'];
