// Units and currencies a figure can carry, kept so that `861 طنا` and `950 tonnes` are compared as
// weights: each unit word with its quantity, the unit shown, and its size in the quantity's base
// unit (kilograms, metres, km/h, or the currency itself).

/** One unit: the words for it (Arabic and English, as written), what it measures, and its size. */
export interface UnitRow {
  terms: readonly string[];
  quantity: 'weight' | 'distance' | 'money';
  unit: string;
  /** Size in the base unit: kilograms for weight, metres for distance, 1 for a currency. */
  base: number;
}

export const UNITS: readonly UnitRow[] = [
  { terms: ['طن', 'طنا', 'أطنان', 'tonnes', 'tonne', 'tons', 'ton'], quantity: 'weight', unit: 'tonne', base: 1000 },
  { terms: ['كيلوغرام', 'كيلوغراما', 'كيلوجرام', 'كغ', 'كلغ', 'كيلو', 'kg', 'kilograms', 'kilogrammes', 'kilos'], quantity: 'weight', unit: 'kg', base: 1 },
  { terms: ['رطل', 'أرطال', 'pounds', 'lbs', 'lb'], quantity: 'weight', unit: 'lb', base: 0.4536 },
  { terms: ['كيلومتر', 'كيلومترا', 'كيلومترات', 'كلم', 'كم', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'], quantity: 'distance', unit: 'km', base: 1000 },
  { terms: ['ميل', 'ميلا', 'أميال', 'miles', 'mile'], quantity: 'distance', unit: 'mile', base: 1609.34 },
  { terms: ['متر', 'مترا', 'أمتار', 'metres', 'meters', 'metre', 'meter'], quantity: 'distance', unit: 'm', base: 1 },
  { terms: ['دولار', 'دولارا', 'دولارات', 'dollars', 'dollar', '$'], quantity: 'money', unit: 'USD', base: 1 },
  { terms: ['يورو', 'euros', 'euro', '€'], quantity: 'money', unit: 'EUR', base: 1 },
  { terms: ['جنيه', 'جنيها', 'جنيهات', '£'], quantity: 'money', unit: 'pound', base: 1 },
  { terms: ['ريال', 'ريالا', 'ريالات', 'riyals'], quantity: 'money', unit: 'riyal', base: 1 },
  { terms: ['دينار', 'دينارا', 'دنانير', 'dinars'], quantity: 'money', unit: 'dinar', base: 1 },
  { terms: ['درهم', 'درهما', 'دراهم', 'dirhams'], quantity: 'money', unit: 'dirham', base: 1 },
  { terms: ['ليرة', 'ليرات', 'lira', 'liras'], quantity: 'money', unit: 'lira', base: 1 },
  { terms: ['روبية', 'روبيات', 'rupees'], quantity: 'money', unit: 'rupee', base: 1 },
  { terms: ['يوان', 'yuan'], quantity: 'money', unit: 'yuan', base: 1 },
  { terms: ['شيكل', 'شيكلا', 'شواكل', 'shekels'], quantity: 'money', unit: 'shekel', base: 1 },
];

/** After a distance: per hour, which makes it a speed (`130 كلم في الساعة`, `130 km/h`, `80 mph`). */
export const PER_HOUR: readonly string[] = ['الساعة', 'بالساعة', 'ساعة', 'hour', 'h', 'mph', 'kph'];

/** Glosses of the unit quantities. */
export const UNIT_GLOSSES: Readonly<Record<string, string>> = {
  weight: 'weight',
  distance: 'distance',
  speed: 'speed',
  money: 'amount of money',
};
