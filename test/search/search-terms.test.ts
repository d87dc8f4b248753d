import fc from 'fast-check';
import { beforeAll, describe, expect, it, test } from 'vitest';
import { augmentForSearch, respellings } from '../../src/lib/search/augment-for-search.ts';
import { danishWords } from '../../src/lib/search/danish-words.ts';
import { compoundReadings, queryWords, unquoteSingleWords, withoutStopWords } from '../../src/lib/search/prepare-query.ts';
import { searchableHtml } from '../../src/lib/search/searchable-html.ts';
import { createCompoundSplitter } from '../../src/lib/search/split-compound.ts';
import { synonymsIn } from '../../src/lib/search/synonyms.ts';

let split: (word: string) => readonly string[];
beforeAll(async () => {
	split = createCompoundSplitter(await danishWords());
});

describe('splitting Danish compounds', () => {
	test.each([
		['rekrutteringsstrategi', ['rekruttering', 'strategi']],
		['ungesamtaler', ['unge', 'samtaler']],
		['lejekontrakt', ['leje', 'kontrakt']],
		['dagplejepladser', ['dagpleje', 'pladser']],
		['Byrådshøjskolen', ['byråd', 'højskolen']],
		['kystbeskyttelsesprojekt', ['kyst', 'beskyttelse', 'projekt']],
		['sundhedspolitikken', ['sundhed', 'politikken']],
		['visitationsregler', ['visitation', 'regler']],
		['samarbejdsaftale', ['samarbejde', 'aftale']],
		['soldatermission', ['soldat', 'mission']],
		['underskriftsark', ['underskrift', 'ark']],
		['Partskontakt', ['part', 'kontakt']],
		['udviklingsstrategien', ['udvikling', 'strategien']],
	])('%s → %s', (word, parts) => {
		expect(split(word)).toEqual(parts);
	});

	test.each([['indstilling'], ['forvaltningen'], ['tilgængelighed'], ['orienteringen'], ['administrationen'], ['budgettet'], ['kommune'], ['2025-28'], ['it-udstyr']])('%s is no compound', (word) => {
		expect(split(word)).toEqual([]);
	});

	test('every part is a piece of the word: nothing is invented (fast-check)', () => {
		const words = ['rekruttering', 'strategi', 'unge', 'samtale', 'leje', 'kontrakt', 'plads', 'pleje', 'budget', 'opfølgning', 'skole', 'børne', 'have', 'kyst', 'sikring', 'tid', 'plan'];
		const linking = fc.constantFrom('', 's', 'e');
		const ending = fc.constantFrom('', 'en', 'er', 'erne', 'r', 'n');
		fc.assert(
			fc.property(fc.constantFrom(...words), linking, fc.constantFrom(...words), ending, (first, link, last, end) => {
				const word = `${first}${link}${last}${end}`;
				for (const part of split(word)) expect(word).toContain(part.slice(0, Math.min(part.length, 3)));
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
		);
	});
});

describe('synonyms and abbreviations', () => {
	test('an abbreviation finds its long form and the reverse; capitals only for abbreviations', () => {
		expect(synonymsIn('indstiller til KB via DIR og ØU')).toEqual(expect.arrayContaining(['kommunalbestyrelsen', 'byrådet', 'direktionen', 'økonomiudvalget']));
		expect(synonymsIn('Kommunalbestyrelsen godkendte')).toEqual(expect.arrayContaining(['byrådet', 'KB']));
		expect(synonymsIn('Det Lokale BeskæftigelsesRåd')).toEqual(expect.arrayContaining(['LBR']));
		// "med" is a preposition, "kl." a time: neither is an abbreviation here.
		expect(synonymsIn('samtaler med unge kl. 16')).toEqual([]);
	});
});

describe('augmentForSearch', () => {
	const page = (body: string) => `<!doctype html><html lang="da"><head><title>Rekrutteringsstrategi · Referatarkiv</title></head><body><main><article data-pagefind-body><h1>Punkt 100: Rekrutteringsstrategi</h1><p class="meta"><span data-pagefind-meta="udvalg">Økonomiudvalget</span></p>${body}</article></main></body></html>`;

	test('adds each paragraph\'s compound parts after it, the title\'s after the h1, and the page\'s synonyms at its end, leaving title and meta as they are', () => {
		const html = augmentForSearch(page('<p>Forslag til rekrutteringsstrategi og ungesamtaler i KB.</p>'), { split, synonyms: true, weight: 1 });
		expect(html).toContain('<title>Rekrutteringsstrategi · Referatarkiv</title>');
		// The added words and the heading line are bracketed out of excerpts (visible-excerpt.ts).
		expect(html).toContain(' ⟦ <h1>Punkt 100: Rekrutteringsstrategi</h1> ⟧ <p><span data-pagefind-weight="1"> ⟦ rekruttering strategi ⟧</span></p>');
		expect(html).toContain(' ⟦ <p class="meta"><span data-pagefind-meta="udvalg">Økonomiudvalget</span></p> ⟧ ');
		expect(html).toContain('<p>Forslag til rekrutteringsstrategi og ungesamtaler i KB.<span data-pagefind-weight="1"> ⟦ rekruttering strategi unge samtaler ⟧</span></p>');
		expect(html).toMatch(/<\/main><div data-pagefind-body><p><span data-pagefind-weight="1"> ⟦ kommunalbestyrelsen kommunalbestyrelse byrådet byråd BR ⟧<\/span><\/p><\/div><\/body><\/html>$/);
	});

	test('a bracket of the text itself becomes a square one, so no excerpt loses the words after it', () => {
		const html = augmentForSearch(page('<p>Notat ⟦udkast⟧ om skoler</p>'), { split, synonyms: false, weight: 1 });
		expect(html).toContain('<p>Notat [udkast] om skoler</p>');
	});

	test('old spellings and words broken at a line\'s end are added as the modern, whole word', () => {
		expect(respellings('Sogneraadet')).toEqual(['sognerådet']);
		expect(respellings('Aar')).toEqual(['år']);
		expect(respellings('Rotteudryd-delse')).toEqual(['rotteudryddelse']);
		expect(respellings('Kornud-deling')).toEqual(['kornuddeling']);
		expect(respellings('Anmod-ning')).toEqual(['anmodning']);
		// Two words joined by a hyphen stay two words.
		expect(respellings('MED-udvalg')).toEqual([]);
		expect(respellings('Hedensted-Kommune')).toEqual([]);
		const html = augmentForSearch(page('<p>Beværtsbevillinger fastsættes til 8 Aar. Samlet Rotteudryd-delse.</p>'), { split, synonyms: false, weight: 1 });
		expect(html).toMatch(/ ⟦ [^⟧]*(?<!\p{L})år(?!\p{L})[^⟧]*⟧/u);
		expect(html).toMatch(/ ⟦ [^⟧]*\brotteudryddelse\b[^⟧]*⟧/);
	});

	test('a page Pagefind does not index is left alone', () => {
		const html = '<html><body><p>Rekrutteringsstrategi</p></body></html>';
		expect(augmentForSearch(html, { split, synonyms: true, weight: 1 })).toBe(html);
	});

	test('only adds: the page less the added spans is the page (fast-check)', () => {
		const text = fc.array(fc.constantFrom('rekrutteringsstrategi', 'og', 'KB', 'ungesamtaler', '&amp;', 'lejekontrakten', 'Kommunalbestyrelsen', 'tekst', 'møde'), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
		const block = fc.oneof(
			text.map((value) => `<p>${value}</p>`),
			text.map((value) => `<h2 id="x">${value}</h2>`),
			text.map((value) => `<ul><li>${value}</li></ul>`),
			text.map((value) => `<div hidden data-pagefind-ignore><span data-pagefind-filter="Udvalg">${value}</span></div>`),
		);
		fc.assert(
			fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
				const original = page(blocks.join(''));
				const augmented = augmentForSearch(original, { split, synonyms: true, weight: 0.5 });
				expect(augmented.replace(/<div data-pagefind-body><p><span data-pagefind-weight="0\.5">[^<]*<\/span><\/p><\/div>|<p><span data-pagefind-weight="0\.5">[^<]*<\/span><\/p>|<span data-pagefind-weight="0\.5">[^<]*<\/span>| [⟦⟧] /g, '')).toBe(original);
				// Nothing is added inside what Pagefind shows as a result's title or reads as its filters.
				expect(/<h1>[^]*?<\/h1>/.exec(augmented)![0]).toBe('<h1>Punkt 100: Rekrutteringsstrategi</h1>');
				expect(augmented.match(/data-pagefind-filter="Udvalg">[^<]*</g)).toEqual(original.match(/data-pagefind-filter="Udvalg">[^<]*</g));
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
		);
	});
});

describe('queries', () => {
	test('function words are left out, unless the query is nothing else', () => {
		expect(withoutStopWords('strategi for rekruttering')).toBe('strategi rekruttering');
		expect(withoutStopWords('samtaler med unge')).toBe('samtaler unge');
		expect(withoutStopWords('for og med')).toBe('for og med');
	});

	test('a long word read as two parts: seams after a linking "s" first, then the most even', () => {
		expect(compoundReadings('lejekontrakt')[0]).toBe('lejeko ntrakt');
		expect(compoundReadings('lejekontrakt')).toContain('leje kontrakt');
		expect(compoundReadings('rekrutteringsstrategi budget')).toContain('rekrutteringsstrategi budget'.replace('rekrutteringsstrategi', 'rekruttering strategi'));
		expect(compoundReadings('kort ord')).toEqual([]);
	});
});

describe('what Pagefind is given of a page', () => {
	it('keeps every data-pagefind-body element whole, nested elements of its tag included, and nothing else', () => {
		const page = '<html lang="da"><head><title>T</title></head><body><nav><div>Menu</div></nav><div data-pagefind-body><h1>Punkt</h1><div class="x"><div>Tekst</div></div></div><footer>Fod</footer><div data-pagefind-body><p>synonym</p></div></body></html>';
		expect(searchableHtml(page)).toBe('<!DOCTYPE html><html lang="da"><body><div data-pagefind-body><h1>Punkt</h1><div class="x"><div>Tekst</div></div></div><div data-pagefind-body><p>synonym</p></div></body></html>');
	});

	it('gives a page without a body element, or with one that never closes, whole', () => {
		expect(searchableHtml('<html><body><p>Hej</p></body></html>')).toBe('<html><body><p>Hej</p></body></html>');
		expect(searchableHtml('<html><body><article data-pagefind-body><p>Hej</p></body></html>')).toBe('<html><body><article data-pagefind-body><p>Hej</p></body></html>');
	});

	it('never loses text of the body element (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('<div>', '</div>', '<p>', '</p>', 'ord ', 'tekst '), { maxLength: 30 }), (pieces) => {
				// Balanced only: the builder closes what it opens.
				let depth = 0;
				const body = pieces.filter((piece) => (piece === '</div>' ? depth > 0 && depth-- >= 0 : piece === '<div>' ? ++depth > 0 : true)).join('') + '</div>'.repeat(depth);
				const page = `<html><body><nav><div>x</div></nav><div data-pagefind-body>${body}</div><footer><div>y</div></footer></body></html>`;
				expect(searchableHtml(page)).toBe(`<!DOCTYPE html><html lang="da"><body><div data-pagefind-body>${body}</div></body></html>`);
			}),
		);
	});
});

describe('quoted words', () => {
	test('a quoted single word is the word itself; a quoted phrase stays a phrase; the words to find carry no quote marks', () => {
		expect(unquoteSingleWords('"åbningstid"')).toBe('åbningstid');
		expect(unquoteSingleWords('„budget“ 2025')).toBe('budget 2025');
		expect(unquoteSingleWords('"budget 2025"')).toBe('"budget 2025"');
		expect(withoutStopWords('"åbningstid" for biblioteket')).toBe('åbningstid biblioteket');
		expect(queryWords('"budget 2025" skole')).toEqual(['budget', '2025', 'skole']);
	});
});
