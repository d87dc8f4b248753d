import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decisionSummary } from '../../src/lib/site/decision-summary.ts';

describe('decisionSummary', () => {
	test('a sentence wrapped over lines is one sentence, never cut at its first line (Greve Byråd 2 Oct 2024, pkt. 3)', () => {
		expect(decisionSummary('Orienteringen om\nDialog med Sjællandske Medier Strandskolens renovering\nblev taget til efterretning.')).toBe('Orienteringen om Dialog med Sjællandske Medier Strandskolens renovering blev taget til efterretning.');
	});

	test('parts are shown together, so a badge for them all never stands beside the first alone (Greve Byråd pkt. 9)', () => {
		const summary = decisionSummary('1 a. Ikke godkendt\nFor stemte: Ø\n1 b. Ikke godkendt\n1 c. Godkendt', 200);
		expect(summary).toContain('1 c. Godkendt');
	});

	test('a long decision ends at a sentence, with "…", and an abbreviation is no sentence end', () => {
		const decision = 'Godkendt med den ændring, at pkt. 5 udgår. Udvalget bemærker, at sagen skal følges tæt af forvaltningen i hele perioden frem til næste budget.';
		expect(decisionSummary(decision, 60)).toBe('Godkendt med den ændring, at pkt. 5 udgår. …');
	});

	test('is the text itself when it fits, else a prefix of its words that ends in "…" (fast-check)', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('Godkendt.', 'Taget', 'til', 'efterretning.', 'pkt.', '5', 'Anbefales', 'Vedr.', 'Taxhuset', '\n'), { maxLength: 60 }), fc.integer({ min: 10, max: 120 }), (words, max) => {
				const decision = words.join(' ');
				const folded = decision.replace(/\s+/g, ' ').trim();
				const summary = decisionSummary(decision, max);
				if (folded.length <= max) expect(summary).toBe(folded);
				else {
					expect(summary.endsWith(' …')).toBe(true);
					expect(folded.startsWith(summary.slice(0, -2))).toBe(true);
					expect(summary.length).toBeLessThanOrEqual(max + 2);
				}
			}),
		);
	});
});
