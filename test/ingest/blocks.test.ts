import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { blocksToMdast } from '../../src/lib/ingest/4-documents/blocks-to-mdast.ts';
import { serializeMarkdown } from '../../src/lib/ingest/4-documents/serialize-markdown.ts';
import { toSourceLines } from '../../src/lib/ingest/2-read/source-lines.ts';

const markdown = (text: string) => serializeMarkdown({ type: 'root', children: blocksToMdast(toSourceLines(text), () => {}) } as Root).trimEnd();

describe('blocks', () => {
	test.each([
		['reflows a hard-wrapped sentence', 'Kommunalbestyrelsen vedtog den 26. september 2018 forslag om\nigangsættelse af et udviklingsspor.', 'Kommunalbestyrelsen vedtog den 26. september 2018 forslag om igangsættelse af et udviklingsspor.'],
		['joins a word split at the line end', 'Vi behandler budget-\nforslaget.', 'Vi behandler budget-forslaget.'],
		['keeps a suspended compound apart', 'Social-\nog Sundhedsudvalget', 'Social- og Sundhedsudvalget'],
		['keeps deliberate short lines as line breaks', 'Afgørelser 23.\nOmgørelser 43% (10).', 'Afgørelser 23.\\\nOmgørelser 43% (10).'],
		['reads dash and bullet lists', '- a\n- b\n\n• c\n• d', '- a\n- b\n- c\n- d'],
		['nests Word "o" sub-bullets', '- Større projekter:\n - o Porteføljelisten\n - o Koordinering', '- Større projekter:\n  - Porteføljelisten\n  - Koordinering'],
		['nests by indentation', '- a\n  - b\n    - c', '- a\n  - b\n    - c'],
		['keeps numbered lists and their start', '3. tre\n4. fire', '3. tre\n4. fire'],
		['joins numbered items split by blank lines', '  1. at viden\n\n  2. at anbefalingerne', '1. at viden\n2. at anbefalingerne'],
		['keeps lettered items as text in a list', 'a. udfases\nb. reorganiseres', '- a. udfases\n- b. reorganiseres'],
		['treats "1)" as a number', '1) at udvalget drøfter\n2) at udvalget anbefaler', '1. at udvalget drøfter\n2. at udvalget anbefaler'],
		['reads a tab table', 'År\tBeløb\n2021\t-1.473', '| År | Beløb |\n| - | - |\n| 2021 | -1.473 |'],
		['drops a dashed rule row in a table', 'A\tB\n---\t---\n1\t2', '| A | B |\n| - | - |\n| 1 | 2 |'],
		['makes a lone short line between paragraphs a subheading', 'Første afsnit er langt nok til at være brødtekst.\n\nKassebeholdning\n\nKassen bliver gradvist forbedret.', 'Første afsnit er langt nok til at være brødtekst.\n\n### Kassebeholdning\n\nKassen bliver gradvist forbedret.'],
		['does not make consecutive short lines headings', 'Pejlemærke 2\n\nSundhedspædagogik i skolen\n\nPejlemærke 3', 'Pejlemærke 2\n\nSundhedspædagogik i skolen\n\nPejlemærke 3'],
		['does not make the lead-in to a list a heading', 'ØDC og SHC indstiller\n\n- at direktionen godkender', 'ØDC og SHC indstiller\n\n- at direktionen godkender'],
		['keeps "2. behandling" at a line start as text', '2. behandling af budgettet', '2\\. behandling af budgettet'],
		['keeps a date at a line start as text', '19. august 2019 gav udvalget bemyndigelse.', '19\\. august 2019 gav udvalget bemyndigelse.'],
	])('%s', (_, input, expected) => {
		expect(markdown(input)).toBe(expected);
	});
});
