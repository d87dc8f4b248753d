/**
 * Short words that end sentences of the minutes ("Ø stemte imod.", "Hans Hansen deltog ikke.",
 * "Udvalget var enigt heri."): four letters or fewer, but never abbreviations.
 */
const shortWords = ['imod', 'ikke', 'ej', 'for', 'det', 'dem', 'sig', 'her', 'heri', 'der', 'den', 'op', 'ud', 'mod', 'også', 'igen', 'godt', 'alle', 'ham', 'nej', 'ja', 'nu', 'sag', 'år', 'dag', 'tid', 'ske', 'sket', 'få', 'gå', 'nyt', 'ny', 'nye', 'mere', 'sent', 'tage', 'vej', 'veje', 'plan', 'sted', 'nok'];

/**
 * Where a sentence of the minutes ends: a full stop, ! or ? that does not close an abbreviation
 * of one to four letters ("Chr. Jensen", "10 Kr. pr. Maaned", "Vedr. Taxhuset", "pkt. 5"), or
 * that closes one of the short words above. One rule for the classifier's sentences and for a
 * decision's summary.
 */
export const sentenceEnd = String.raw`(?:(?<![\s(]\p{L}{1,4})|(?<=[\s(](?:${shortWords.join('|')})))[.!?]`;
