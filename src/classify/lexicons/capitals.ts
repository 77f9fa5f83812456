// Countries and the capitals that stand for their governments in news (واشنطن for the United
// States, موسكو for Russia): a capital named where another outlet names its country is the same
// actor, not a different place. General knowledge, as data: [country forms, capital forms].

export const CAPITALS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['الولايات المتحدة', 'أمريكا', 'أميركا', 'United States', 'U.S.', 'US', 'America'], ['واشنطن', 'Washington', 'البيت الأبيض', 'White House']],
  [['روسيا', 'Russia'], ['موسكو', 'Moscow', 'الكرملين', 'Kremlin']],
  [['الصين', 'China'], ['بكين', 'Beijing']],
  [['بريطانيا', 'المملكة المتحدة', 'Britain', 'United Kingdom', 'UK'], ['لندن', 'London']],
  [['فرنسا', 'France'], ['باريس', 'Paris']],
  [['ألمانيا', 'Germany'], ['برلين', 'Berlin']],
  [['إيران', 'Iran'], ['طهران', 'Tehran']],
  [['تركيا', 'Turkey'], ['أنقرة', 'Ankara']],
  [['مصر', 'Egypt'], ['القاهرة', 'Cairo']],
  [['السعودية', 'المملكة العربية السعودية', 'Saudi Arabia'], ['الرياض', 'Riyadh']],
  [['إسرائيل', 'Israel'], ['تل أبيب', 'Tel Aviv', 'القدس', 'Jerusalem']],
  [['سوريا', 'سورية', 'Syria'], ['دمشق', 'Damascus']],
  [['العراق', 'Iraq'], ['بغداد', 'Baghdad']],
  [['لبنان', 'Lebanon'], ['بيروت', 'Beirut']],
  [['الأردن', 'Jordan'], ['عمان', 'Amman']],
  [['أفغانستان', 'Afghanistan'], ['كابل', 'كابول', 'Kabul']],
  [['باكستان', 'Pakistan'], ['إسلام آباد', 'Islamabad']],
  [['اليمن', 'Yemen'], ['صنعاء', "Sanaa"]],
  [['ليبيا', 'Libya'], ['طرابلس', 'Tripoli']],
  [['قطر', 'Qatar'], ['الدوحة', 'Doha']],
  [['الإمارات', 'UAE'], ['أبوظبي', 'أبو ظبي', 'Abu Dhabi']],
  [['اليابان', 'Japan'], ['طوكيو', 'Tokyo']],
  [['الهند', 'India'], ['نيودلهي', 'نيو دلهي', 'New Delhi']],
  [['كوريا الشمالية', 'North Korea'], ['بيونغ يانغ', 'Pyongyang']],
  [['كوريا الجنوبية', 'South Korea'], ['سول', 'Seoul']],
  [['أوكرانيا', 'Ukraine'], ['كييف', 'Kiev', 'Kyiv']],
  [['كندا', 'Canada'], ['أوتاوا', 'Ottawa']],
  [['السودان', 'Sudan'], ['الخرطوم', 'Khartoum']],
];
