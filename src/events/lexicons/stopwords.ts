// Function words left out of event terms, in normalized form (alef, ya and ta marbuta folded).
// Interim: replace with `isStopword` from src/text/stopwords.ts once that module lands.

export const ARABIC_STOPWORDS: readonly string[] = [
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'او', 'ام', 'ثم', 'لا', 'لم', 'لن', 'ما', 'ماذا', 'هل', 'قد', 'لقد',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'اولئك', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي',
  'هو', 'هي', 'هم', 'هن', 'هما', 'انا', 'نحن', 'انت', 'انتم', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'ليست',
  'كل', 'بعض', 'غير', 'بين', 'بعد', 'قبل', 'عند', 'عندما', 'حتي', 'منذ', 'خلال', 'حول', 'ضد', 'دون', 'لدي', 'لكن',
  'ولكن', 'اذا', 'اذ', 'حيث', 'كما', 'ايضا', 'اي', 'كيف', 'اين', 'متي', 'لماذا', 'وقد', 'وفي', 'ومن', 'وهو', 'وهي',
  'وان', 'وكان', 'وكانت', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'عليها', 'اليه', 'اليها', 'له', 'لها', 'لهم', 'به',
  'بها', 'بان', 'لان', 'فان', 'الا', 'اما', 'وذلك', 'وهذا', 'هناك', 'هنا', 'تم', 'يتم', 'جدا', 'فقط', 'اكثر', 'اقل',
  'قال', 'وقال', 'قالت', 'وقالت', 'اضاف', 'واضاف', 'اضافت', 'واضافت', 'اكد', 'واكد', 'اليوم', 'امس', 'يوم', 'عام',
  'مثل', 'وفق', 'وفقا', 'نحو', 'لدى', 'سوف', 'عليهم', 'منهم', 'بينما', 'ذاته', 'نفسه', 'اخر', 'اخري', 'التى',
];

export const ENGLISH_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'as',
  'into', 'over', 'after', 'before', 'than', 'then', 'that', 'this', 'these', 'those', 'it', 'its', 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'not', 'no', 'he', 'she', 'they',
  'we', 'you', 'i', 'his', 'her', 'their', 'our', 'your', 'my', 'him', 'them', 'us', 'me', 'who', 'whom', 'which',
  'what', 'when', 'where', 'why', 'how', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall',
  'said', 'says', 'say', 'also', 'more', 'most', 'some', 'any', 'all', 'such', 'there', 'here', 'if', 'so', 'up',
  'out', 'just', 'one', 'two', 'new', 'mr', 'ms', 'mrs', 'other', 'only', 'very', 'because', 'while', 'during',
  'against', 'between', 'under', 'through', 'both', 'each', 'many', 'much', 'now', 'even', 'still', 'like', 'told',
  'according', 'year', 'years', 'time', 'people', 'last', 'first', 'week', 'day', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 's', 't', 'don', 'get', 'got', 'make', 'made', 'going', 'including',
];
