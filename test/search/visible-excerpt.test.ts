import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excerptOf, visibleText } from '../../src/lib/search/visible-excerpt.ts';

const shown = (parts: { text: string; mark: boolean }[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('visibleText', () => {
	test('leaves out the heading line and the added words, nested or not', () => {
		const content = ' ⟦ Punkt 8: Budgetforslag 2025. ⟧ ⟦ budget forslag ⟧ ⟦ Byråd · 2. oktober 2024. ⟧ Forslaget til budgetforslag blev drøftet. ⟦ budget forslag ⟧ Skoler og veje. ⟦ penge midler ⟧';
		expect(visibleText(content)).toBe('Forslaget til budgetforslag blev drøftet. Skoler og veje.');
		expect(visibleText('a ⟦ b ⟦ c ⟧ d ⟧ e')).toBe('a e');
	});
});

describe('excerptOf', () => {
	const content = ' ⟦ Punkt 8: Budgetopfølgning 2 (2024). ⟧ ⟦ Byråd · 2. oktober 2024. ⟧ Byrådet godkendte Økonomiudvalgets indstilling. Sagsfremstilling ⟦ sag fremstilling ⟧. Forvaltningen har udarbejdet budgetopfølgning 2 for 2024 med forventet regnskab for drift og anlæg. ⟦ budget opfølgning ⟧ Der er afvigelser på ordinær drift vedrørende Ukraine. ⟦ penge ⟧';

	test('marks the words the query matched, in the stretch that has most of them, and shows no added word', () => {
		const text = shown(excerptOf(content, ['budgetopfølgning', 'regnskab'], new Set(), 12));
		expect(text).toBe('… Forvaltningen har udarbejdet [budgetopfølgning] 2 for 2024 med forventet [regnskab] for drift …');
		for (const added of ['sag fremstilling', 'budget opfølgning', 'penge', 'Punkt 8', 'oktober']) expect(shown(excerptOf(content, ['budget', 'penge', 'oktober']))).not.toContain(added);
	});

	test('a compound\'s part is found inside it and the compound marked; a word meant whole only as itself', () => {
		expect(shown(excerptOf('Et budgetforslag og en plan.', ['forslag']))).toBe('Et [budgetforslag] og en plan.');
		expect(shown(excerptOf('Brandvæsenet og BR. Andragende.', ['br', 'and'], new Set(['br', 'and'])))).toBe('Brandvæsenet og [BR]. Andragende.');
	});

	test('a page found through an added word opens its excerpt with its first words, unmarked', () => {
		expect(excerptOf(content, ['penge'], new Set(), 5)).toEqual([{ text: 'Byrådet godkendte Økonomiudvalgets indstilling. Sagsfremstilling …', mark: false }]);
	});

	test('an excerpt is the visible text\'s own words, and marks only what the query matched (fast-check)', () => {
		const word = fc.constantFrom('budget', 'budgetforslag', 'skole', 'drift', 'Ø', 'og', 'anlæg', 'vej', '2024', '(V)');
		const stretch = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
		const piece = fc.oneof(stretch, stretch.map((text) => `⟦ ${text.replace(/budget/g, 'gemt')} ⟧`));
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), fc.subarray(['budget', 'skole', 'ø', 'gemt']), fc.integer({ min: 1, max: 40 }), (pieces, query, length) => {
				const page = pieces.join(' ');
				const parts = excerptOf(page, query, new Set(['ø']), length);
				const visible = visibleText(page);
				const text = parts.map((part) => part.text).join('').replace(/^… /, '').replace(/ …$/, '');
				expect(visible).toContain(text);
				expect(text).not.toContain('gemt');
				for (const part of parts.filter((part) => part.mark)) expect(query.some((word) => part.text.toLocaleLowerCase('da').includes(word.slice(0, 4)))).toBe(true);
				expect(text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0).toBeLessThanOrEqual(length);
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
		);
	});
});
