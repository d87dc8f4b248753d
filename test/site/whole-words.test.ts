import { expect, test } from 'vitest';
import { mentionsWhole, wholeWordsOf } from '../../src/lib/site/start-search.ts';

test('abbreviations typed in capitals and single letters are meant whole; other words as word beginnings', () => {
	expect([...wholeWordsOf('BR budget Ø v "AND"')].sort()).toEqual(['and', 'br', 'v', 'ø']);
	expect(wholeWordsOf('br budgettet')).toEqual(new Set());
	expect(mentionsWhole('forslaget blev vedtaget af br i dag', 'br')).toBe(true);
	expect(mentionsWhole('brand og redning', 'br')).toBe(false);
	expect(mentionsWhole('et mindretal (ø) stemte imod', 'ø')).toBe(true);
	expect(mentionsWhole('øresund', 'ø')).toBe(false);
	expect(mentionsWhole('andragende fra borgeren', 'and')).toBe(false);
});
