// Common English function words, as plain data. Contractions are written without the apostrophe
// because tokens drop punctuation from their normalized form (`don't` -> `dont`).

export const ENGLISH_STOPWORDS: readonly string[] = [
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its',
  'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which', 'who', 'whom',
  'whose', 'this', 'that', 'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'a', 'an', 'the', 'and',
  'but', 'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about',
  'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to',
  'from', 'up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again', 'further', 'then',
  'once', 'here', 'there', 'when', 'where', 'why', 'how', 'all', 'any', 'both', 'each', 'few',
  'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only', 'own', 'same', 'so', 'than',
  'too', 'very', 's', 't', 'can', 'will', 'just', 'should', 'now', 'would', 'could', 'may',
  'might', 'must', 'shall', 'also', 'yet', 'either', 'neither', 'upon', 'within', 'without',
  'among', 'amid', 'via', 'per', 'whether', 'though', 'although', 'since', 'unless', 'whereas',
  'however', 'thus', 'therefore', 'still', 'even', 'ever', 'much', 'many', 'another', 'every',
  'onto', 'toward', 'towards', 'across', 'along', 'around', 'behind', 'beyond', 'despite',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt',
  'cant', 'cannot', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'mustnt', 'im', 'ive', 'youre',
  'hes', 'shes', 'were', 'theyre', 'weve', 'theyve', 'thats', 'theres', 'whats', 'lets',
];
