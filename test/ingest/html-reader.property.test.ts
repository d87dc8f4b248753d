import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../src/lib/ingest/2-read/document/units.ts';
import { fragmentBlocks } from '../../src/lib/ingest/2-read/html-reader.ts';
import { countWords, words } from '../../src/lib/ingest/words.ts';

/** `FUZZ_RUNS=5000 npm test` for a longer hunt. */
const runs = Number(process.env.FUZZ_RUNS ?? 100);

/** Words without markup characters, as minutes hold them. */
const word = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9]{1,12}$/);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

/** A field's HTML as the systems write it: bare text, paragraphs, inline markup, lists, breaks, in any mix. */
const fragment = fc.array(
	fc.oneof(
		text,
		text.map((value) => `<p>${value}</p>`),
		text.map((value) => `<span>${value}</span>`),
		text.map((value) => `<b>${value}</b>`),
		text.map((value) => `${value}<br>`),
		fc.array(text, { minLength: 1, maxLength: 3 }).map((entries) => `<ul>${entries.map((entry) => `<li>${entry}</li>`).join('')}</ul>`),
		text.map((value) => `<div><p>${value}</p> ${value}</div>`),
	),
	{ minLength: 1, maxLength: 8 },
);

describe('the HTML reader, on a field of any mix of bare text and blocks', () => {
	test('keeps every word of the text, as often as it occurs', () => {
		fc.assert(
			fc.property(fragment, (parts) => {
				const html = parts.join(' ');
				const expected = countWords([html.replace(/<[^>]+>/g, ' ')]);
				const read = countWords(fragmentBlocks(html, { path: 'felt' }).map(blockText));
				for (const [each, count] of expected) expect(read.get(each) ?? 0, `${each} in ${html}`).toBe(count);
				expect(words(html.replace(/<[^>]+>/g, ' ')).length).toBeGreaterThan(0);
			}),
			{ numRuns: runs },
		);
	});
});
