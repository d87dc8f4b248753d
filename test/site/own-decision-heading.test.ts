import { expect, test } from 'vitest';
import { isOwnDecisionHeading } from '../../src/lib/site/own-decision-heading.ts';

test('the decision headings of this meeting, not those of an earlier treatment nor other captions', () => {
	expect(isOwnDecisionHeading('Beslutning', '2021-09-15')).toBe(true);
	expect(isOwnDecisionHeading('Vedtagelse i Erhvervsudvalget den 15-09-2021', '2021-09-15')).toBe(true);
	expect(isOwnDecisionHeading('Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013', '2013-06-20')).toBe(false);
	expect(isOwnDecisionHeading('Resume', '2021-09-15')).toBe(false);
});
