/**
 * Where a sentence of the minutes ends: a full stop, ! or ? that does not close an abbreviation
 * of one to four letters ("Chr. Jensen", "10 Kr. pr. Maaned", "Vedr. Taxhuset", "pkt. 5"). One
 * rule for the classifier's sentences and for a decision's summary.
 */
export const sentenceEnd = String.raw`(?<![\s(]\p{L}{1,4})[.!?]`;
