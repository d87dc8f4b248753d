import { compoundReadings, isPhrase, queryStem, queryWords, unquoteSingleWords, withoutStopWords } from '../search/prepare-query.ts';
import { rankByCoverage } from '../search/rank-by-coverage.ts';
import { correction, danishSpellings, knows, parseVocabulary, vocabularyFile } from '../search/spelling.ts';
import { stopWords } from '../search/stop-words.ts';
import { excerptOf } from '../search/visible-excerpt.ts';
import { firstSearchBytes, monthFilter, searchFilter, searchLoad } from './search-index.ts';

/** The part of Pagefind's browser API (`pagefind.js` in each index folder) the search page uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(bundle: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
export interface ResultData {
	url: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	content?: string;
	/** Query words the page lacks, for a page shown after those that have them all. */
	missing?: string[];
}

/** A query word as a pattern that matches it literally. */
const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word of the text starts with the query word, or with its stem (the word less up to three letters
 * of ending: "turistbussen" finds "turistbus"). Pagefind answers a word its index lacks with pages
 * that merely share a fragment ("monopolbrud" → "m."), and short pages rank first; the search page
 * leaves such results out.
 */
function mentions(text: string, word: string): boolean {
	return new RegExp(`(?<![\\p{L}])${literal(queryStem(word))}`, 'u').test(text);
}

/**
 * Whether a text has the word as a word of its own ("BR" in "… BR godkendte …", "Ø" in "(Ø)"),
 * not as the start of a longer one ("Brand…", "Øresund").
 */
export function mentionsWhole(text: string, word: string): boolean {
	return new RegExp(`(?<![\\p{L}\\d])${literal(word)}(?![\\p{L}\\d])`, 'u').test(text);
}

/**
 * The words of a query a reader means whole: typed in capitals (an abbreviation, "BR", "AND", "KB")
 * or one letter (a party's, "Ø", "V"). Lower case, as the texts are compared.
 */
export const wholeWordsOf = (term: string): Set<string> =>
	new Set(queryWords(term).filter((word) => /^\p{Lu}{1,5}$/u.test(word) || /^\p{L}$/u.test(word)).map((word) => word.toLocaleLowerCase('da')));

/** Every word of a query starts a word of the text ("leje kontrakt" in "… kontrakten om leje …"). */
function hasEveryWord(text: string, query: string): boolean {
	return query
		.toLocaleLowerCase('da')
		.split(/\s+/)
		.every((word) => mentions(text, word));
}

/** Search results in the order they are shown, fetched a batch at a time. */
interface ResultSource {
	/** Results left to show and shown, less those skipped so far. */
	readonly total: number;
	/** The next `count` results worth showing, looking at `scan` results at most. */
	next(count: number, scan?: number): Promise<ResultData[]>;
}

/** Whether a result is worth showing; results that are not are skipped and no longer counted. */
type Keep = (data: ResultData) => boolean;

/** Results in Pagefind's order (relevance, across every merged index). */
function inOrder(results: readonly PagefindResult[], keep: Keep): ResultSource {
	let at = 0;
	let dropped = 0;
	return {
		get total() {
			return results.length - dropped;
		},
		async next(count, scan = Number.POSITIVE_INFINITY) {
			const batch: ResultData[] = [];
			const end = Math.min(results.length, at + scan);
			while (batch.length < count && at < end) {
				const slice = results.slice(at, (at = Math.min(end, at + count - batch.length)));
				for (const data of await Promise.all(slice.map((result) => result.data()))) {
					if (keep(data)) batch.push(data);
					else dropped++;
				}
			}
			return batch;
		},
	};
}

/** Item and meeting addresses carry the meeting's date. */
const dateOf = (data: ResultData) => /\/(\d{4}-\d{2}-\d{2})\//.exec(data.url)?.[1] ?? '';

/** One index's results in date order, fetched a year (or a month) at a time. */
export interface DatedCursor {
	head(): Promise<ResultData | undefined>;
	advance(): void;
}

/** A bucket this small is fetched whole and ordered here; a larger year is taken month by month. */
const wholeBucket = 30;

/**
 * One index's results in date order without a Pagefind sort key (whose ranks would sit in the
 * index's metadata, which every first search downloads): the query is asked year by year, newest or
 * oldest first, through the year filter, and a busy year month by month through the hidden month
 * filter. Only the results of the years reached are fetched, and ordered by their dates here.
 */
export function datedCursor(search: (filters: Record<string, string>) => Promise<readonly PagefindResult[]>, years: readonly number[], order: 'asc' | 'desc', keep: Keep, dropped: () => void): DatedCursor {
	const buffer: ResultData[] = [];
	// The buckets still to ask, in order: each year's, and a busy year's months in its place.
	const buckets: Record<string, string>[] = years.map((year) => ({ [searchFilter.year]: String(year) }));
	const ordered = (batch: ResultData[]) => batch.sort((a, b) => (order === 'desc' ? dateOf(b).localeCompare(dateOf(a)) : dateOf(a).localeCompare(dateOf(b))));
	const take = async (results: readonly PagefindResult[]) => {
		for (const data of ordered(await Promise.all(results.map((result) => result.data())))) {
			if (keep(data)) buffer.push(data);
			else dropped();
		}
	};
	const months = Array.from({ length: 12 }, (_, index) => String(order === 'desc' ? 12 - index : index + 1).padStart(2, '0'));
	return {
		async head() {
			while (buffer.length === 0 && buckets.length > 0) {
				const bucket = buckets.shift()!;
				const found = await search(bucket);
				const year = bucket[searchFilter.year]!;
				// A busy year is asked again month by month, and only as far as the results shown reach.
				if (found.length > wholeBucket && bucket[monthFilter] === undefined) buckets.unshift(...months.map((month) => ({ ...bucket, [monthFilter]: `${year}-${month}` })));
				else await take(found);
			}
			return buffer[0];
		},
		advance: () => void buffer.shift(),
	};
}

/** Several indexes' date-ordered results merged into one date order; only the results shown are fetched. */
function byDate(cursors: readonly DatedCursor[], total: number, order: 'asc' | 'desc', counter: { dropped: number }): ResultSource {
	const before = (a: string, b: string) => (order === 'desc' ? a > b : a < b);
	return {
		get total() {
			return total - counter.dropped;
		},
		async next(count, scan = Number.POSITIVE_INFINITY) {
			const batch: ResultData[] = [];
			for (let looked = 0; batch.length < count && looked < scan; looked++) {
				const heads = await Promise.all(cursors.map((cursor) => cursor.head()));
				let best = -1;
				for (const [index, head] of heads.entries()) if (head && (best === -1 || before(dateOf(head), dateOf(heads[best]!)))) best = index;
				if (best === -1) break;
				batch.push(heads[best]!);
				cursors[best]!.advance();
			}
			return batch;
		},
	};
}

/** The years to ask, newest or oldest first: the index's own span where the page knows it. */
function yearsOf(span: string | undefined, order: 'asc' | 'desc', chosen: string | undefined): number[] {
	if (chosen) return [Number(chosen)];
	const [from, to] = span ? span.split('-').map(Number) : [1800, new Date().getFullYear()];
	const years = Array.from({ length: to! - from! + 1 }, (_, index) => from! + index);
	return order === 'desc' ? years.reverse() : years;
}

/** Results shown at a time; each costs a fragment download. */
const pageSize = 10;
const sortOrders = new Set(['asc', 'desc']);

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
const integer = new Intl.NumberFormat('da-DK');
const size = (bytes: number) =>
	bytes < 1e6
		? new Intl.NumberFormat('da-DK', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1e3)
		: new Intl.NumberFormat('da-DK', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);

/**
 * An excerpt as DOM: the page's visible text around the query's words, those marked. Built here from
 * the result's content rather than taken from Pagefind, whose excerpt would show the words the index
 * adds and the heading line the result already shows (`visibleText`); as text nodes, so nothing of
 * the minutes reaches the page as markup.
 */
function excerptNodes(content: string, words: readonly string[], whole: ReadonlySet<string>): Node[] {
	return excerptOf(content, words, whole, 26).map((part) => {
		if (!part.mark) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

/** The query's words worth correcting: not function words, and long enough to be misspelt rather than short. */
const correctable = (term: string) => queryWords(term.toLocaleLowerCase('da')).filter((word) => !stopWords.has(word) && /^\p{L}{5,}$/u.test(word));

/**
 * The search page: a form that works as a plain GET form, enhanced with Pagefind's browser API. Each
 * municipality has an index of its own; the chosen ones are merged with `mergeIndex`, so a visitor
 * downloads the metadata of those only. The query, the chosen municipalities, filters and sort
 * order live in the address, so a search can be bookmarked and shared. Filters' values and counts
 * are fetched only when the filter panel is opened: they cost as much as an index's metadata.
 */
export function startSearch(): void {
	const form = document.getElementById('search-form') as HTMLFormElement;
	const input = form.elements.namedItem('q') as HTMLInputElement;
	const sort = form.elements.namedItem('sortering') as HTMLSelectElement;
	// The choices sit beside the results on a laptop, outside the form's element, and belong to it through `form`.
	const controls = [...form.elements];
	const boxes = controls.filter((control): control is HTMLInputElement => control instanceof HTMLInputElement && control.name === 'kommune');
	const selects = controls.filter((control): control is HTMLSelectElement => control instanceof HTMLSelectElement && control.dataset.filter !== undefined);
	const panel = document.getElementById('search-filters') as HTMLDetailsElement;
	const scopesPanel = document.getElementById('search-scopes') as HTMLDetailsElement;
	const scopesSummary = document.getElementById('scopes-summary')!;
	const suggestion = document.getElementById('search-suggestion')!;
	const wide = matchMedia('(min-width: 70rem)').matches;
	const status = document.getElementById('search-status')!;
	// What to try when nothing is found: written on the page, shown only then.
	const hints = document.getElementById('search-hints');
	const list = document.getElementById('search-results')!;
	const more = document.getElementById('search-more') as HTMLButtonElement;
	const strings = JSON.parse(form.dataset.strings!) as Record<string, string>;
	const home = form.dataset.home!;

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	const named = new Set(params.getAll('kommune'));
	for (const box of boxes) box.checked = named.size > 0 ? named.has(box.value) : form.dataset.all === 'true';
	for (const select of selects) {
		const value = params.get(select.name);
		// Until the panel loads every value, the one in the address is the select's only choice.
		if (value) select.add(new Option(value, value, true, true));
	}
	const order = params.get('sortering') ?? '';
	sort.value = sortOrders.has(order) ? order : '';
	const scopes = boxes.filter((box) => box.checked);
	// What the chosen indexes cost a first search decides whether it may fetch them all (`searchLoad`);
	// a shard build knows only its own municipality's pages, and counts the others' as none.
	const chosenPages = scopes.reduce((sum, box) => sum + Number(box.dataset.pages ?? 0), 0);
	const atMost = Number(form.dataset.atMost);
	const estimate = firstSearchBytes(chosenPages, scopes.length);
	const load = searchLoad(estimate, atMost);
	const fetches = size(estimate);
	const names = new Map(boxes.map((box) => [box.value, box.parentElement!.textContent!.trim()]));
	scopesSummary.textContent =
		scopes.length === 0
			? strings['search.scopes.none']!
			: scopes.length === 1
				? fill(strings['search.scopes.single']!, { name: names.get(scopes[0]!.value)! })
				: fill(strings['search.scopes.chosen.other']!, { count: scopes.length });
	// A laptop has room for the choices open beside the results; a phone keeps them to one line each.
	if (wide || scopes.length === 0) scopesPanel.open = true;

	let pagefind: Promise<Pagefind> | undefined;
	const loadPagefind = () =>
		(pagefind ??= (async () => {
			const [first, ...rest] = scopes;
			// Pagefind's result URLs are relative to the built site, whose root is `home`.
			const api = (await import(/* @vite-ignore */ `${first!.dataset.bundle}pagefind.js`)) as Pagefind;
			// Each index is tagged with its municipality, so a sorted search can ask each for its own results.
			await api.options({ baseUrl: home, mergeFilter: { kommune: first!.value } });
			for (const other of rest) await api.mergeIndex(other.dataset.bundle!, { baseUrl: home, mergeFilter: { kommune: other.value } });
			return api;
		})());

	const address = () => {
		const next = new URLSearchParams();
		if (input.value.trim()) next.set('q', input.value.trim());
		for (const box of boxes) if (box.checked) next.append('kommune', box.value);
		for (const select of selects) if (select.value) next.set(select.name, select.value);
		if (sort.value) next.set('sortering', sort.value);
		return `?${next}`;
	};

	let source: ResultSource = inOrder([], () => true);
	// What the results shown answer: the query as searched (perhaps corrected), for excerpts and filter counts.
	let answered = { query: '', words: [] as string[], whole: new Set<string>(), partial: false };
	let shown = 0;
	let generation = 0;
	let loadingMore = false;

	async function showMore(mine: number, { focus = false, fetched }: { focus?: boolean; fetched?: ResultData[] } = {}): Promise<void> {
		const batch = fetched ?? (await source.next(pageSize));
		if (mine !== generation) return;
		const items = batch.map((data) => {
			const item = document.createElement('li');
			const heading = document.createElement('h2');
			const link = document.createElement('a');
			link.href = data.url;
			link.textContent = data.meta.title ?? data.url;
			heading.append(link);
			const municipality = names.get(data.url.slice(home.length).split('/')[0]!);
			const meta = document.createElement('p');
			meta.className = 'meta';
			// Where and when, and how it was decided: enough to judge a result without opening it.
			meta.textContent = [municipality, data.meta.type, data.meta.udvalg, data.meta.dato, data.filters?.[searchFilter.decision]?.[0]].filter(Boolean).join(' · ');
			// A page with only some of the words says which it lacks, so it is not taken for a full match.
			if (data.missing?.length) {
				const missing = document.createElement('span');
				missing.className = 'missing';
				missing.append(` · ${strings['search.missing']} `, ...data.missing.flatMap((word, index) => [index > 0 ? ', ' : '', Object.assign(document.createElement('s'), { textContent: word })]));
				meta.append(missing);
			}
			item.append(heading, meta);
			// A meeting's page has no text of its own beyond its heading line: nothing to excerpt.
			const nodes = excerptNodes(data.content ?? '', answered.words, answered.whole);
			if (nodes.length > 0) {
				const excerpt = document.createElement('p');
				excerpt.append(...nodes);
				item.append(excerpt);
			}
			return item;
		});
		list.append(...items);
		shown += batch.length;
		more.hidden = shown >= source.total;
		// After "show more", keyboard and screen-reader users continue at the first new result.
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	/** The chosen municipalities' vocabulary for these words' first letters (`spelling.ts`), fetched only when wanted. */
	const vocabularies = new Map<string, Promise<Map<string, number>>>();
	const vocabularyFor = (words: readonly string[]) => {
		const files = [...new Set(words.flatMap((word) => danishSpellings(word).map(vocabularyFile)))];
		return Promise.all(
			files.map((file) => {
				let loading = vocabularies.get(file);
				if (!loading) {
					// A municipality without the file has no word of that letter: that is no error.
					loading = Promise.all(
						scopes.map(async (scope) => {
							const response = await fetch(`${scope.dataset.bundle}${file}`);
							return response.ok ? response.text() : '';
						}),
					).then((texts) => {
						const vocabulary = new Map<string, number>();
						for (const text of texts) parseVocabulary(text, vocabulary);
						return vocabulary;
					});
					vocabularies.set(file, loading);
				}
				return loading;
			}),
		).then((maps) => new Map(maps.flatMap((map) => [...map])));
	};

	/** The query with each unknown word replaced by the archive's nearest word, or undefined when none is. */
	async function corrected(query: string, unknown: readonly string[]): Promise<string | undefined> {
		if (unknown.length === 0) return undefined;
		const vocabulary = await vocabularyFor(unknown);
		let changed = false;
		const words = query.split(/\s+/).map((word) => {
			const lower = word.toLocaleLowerCase('da');
			const better = unknown.includes(lower) ? correction(lower, vocabulary) : undefined;
			if (better && better !== lower) changed = true;
			return better ?? word;
		});
		return changed ? words.join(' ') : undefined;
	}

	function suggest(query: string | undefined): void {
		suggestion.replaceChildren();
		suggestion.hidden = !query;
		if (!query) return;
		const link = document.createElement('a');
		const next = new URLSearchParams(address().slice(1));
		next.set('q', query);
		link.href = `?${next}`;
		link.textContent = query;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			input.value = query;
			void run();
		});
		suggestion.append(`${strings['search.suggestion']} `, link, '?');
	}

	async function run(): Promise<void> {
		history.replaceState(null, '', address());
		const mine = ++generation;
		const term = input.value.trim();
		list.replaceChildren();
		more.hidden = true;
		suggest(undefined);
		if (!term) return void (status.textContent = '');
		if (scopes.length === 0) return void (status.textContent = strings['search.status.chooseMunicipality']!);
		if (load === 'refuse') return void (status.textContent = fill(strings['search.status.tooMany']!, { count: scopes.length, pages: integer.format(chosenPages), size: fetches, atMost: size(atMost) }));
		status.textContent = load === 'warn' ? fill(strings['search.status.searchingMany']!, { count: scopes.length, size: fetches }) : strings['search.status.searching']!;
		if (hints) hints.hidden = true;
		try {
			const filters = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));
			const api = await loadPagefind();
			const plain = form.dataset.query === 'plain';
			// Each result's text in lower case once: every word of the query is looked for in it.
			const lowered = new WeakMap<ResultData, string>();
			const textOf = (data: ResultData) => {
				let text = lowered.get(data);
				if (text === undefined) lowered.set(data, (text = (data.content ?? '').toLocaleLowerCase('da')));
				return text;
			};
			const whole = wholeWordsOf(term);
			const mentioned = (data: ResultData, word: string) => (whole.has(word) ? mentionsWhole(textOf(data), word) : mentions(textOf(data), word));
			/** A word's stem anywhere in the page, a compound's part inside it too ("hjælp" in "psykologhjælp"). */
			const contains = (data: ResultData, word: string) => word.length < 4 || whole.has(word) || textOf(data).includes(queryStem(word));
			/**
			 * Which results are shown: a page mentions one of the words at least, and one shown for having all of them has
			 * each somewhere; Pagefind answers a word its index lacks with pages that merely share a fragment of it
			 * ("monopolbrud" → "m."), which this leaves out. A page left out there may come again among those with some
			 * of the words (in the same list, after them), then saying which words its text lacks; none comes twice.
			 */
			const mentioning = (words: readonly string[]): Keep => {
				if (plain) return () => true;
				const shownPages = new Set<string>();
				return (data) => {
					if (shownPages.has(data.url) || !words.some((word) => mentioned(data, word))) return false;
					if (data.missing) data.missing = words.filter((word) => !contains(data, word));
					else if (!words.every((word) => contains(data, word))) return false;
					shownPages.add(data.url);
					return true;
				};
			};
			/**
			 * A query's results: the pages with every word, then, in relevance order, those with some of them, the rarest
			 * words counting most (`rankByCoverage`), each saying which words it lacks. Each word is searched alone too:
			 * each index drops a query word it lacks, so with several merged a page may match only some of the words
			 * ("plejehjem", unknown to one municipality's index, lets its pages match on the rest), and the single words'
			 * results tell which pages have them all. They cost no fragment download. In date order, only the pages with
			 * every word: partial matches by date would bury the best of them.
			 */
			const attempt = async (query: string, { keep, partial = true }: { keep?: Keep; partial?: boolean } = {}) => {
				const words = queryWords(query.toLocaleLowerCase('da'));
				const lists = plain || isPhrase(query) || words.length < 2 ? undefined : await Promise.all(words.map(async (word) => (await api.search(word, { filters }))?.results ?? []));
				const sets = lists?.map((list) => new Set(list.map((result) => result.id)));
				const everyWord = sets && new Set([...sets[0]!].filter((id) => sets.every((ids) => ids.has(id))));
				const asked = async (more: Record<string, string>) => {
					const results = (await api.search(query, { filters: { ...filters, ...more } }))?.results ?? [];
					return everyWord ? results.filter((result) => everyWord.has(result.id)) : results;
				};
				const kept = keep ?? mentioning(words);
				let found: ResultSource;
				let full: number;
				let some = 0;
				if (sort.value) {
					const order = sort.value as 'asc' | 'desc';
					const counter = { dropped: 0 };
					const counts = await Promise.all(scopes.map(async (scope) => (await asked({ kommune: scope.value })).length));
					const cursors = scopes.map((scope, index) =>
						counts[index] === 0
							? { head: async () => undefined, advance: () => undefined }
							: datedCursor(
									async (more) => asked({ ...more, kommune: scope.value }),
									yearsOf(scope.dataset.years, order, filters[searchFilter.year]),
									order,
									kept,
									() => void counter.dropped++,
								),
					);
					full = counts.reduce((sum, count) => sum + count, 0);
					found = byDate(cursors, full, order, counter);
				} else {
					const all = await asked({});
					full = all.length;
					const partly =
						lists && partial
							? rankByCoverage(lists, chosenPages).map((result) => ({ id: result.id, score: result.score, data: async () => ({ ...(await result.data()), missing: [] as string[] }) }))
							: [];
					some = Math.max(0, partly.length - full);
					found = inOrder([...all, ...partly], kept);
				}
				const fetched = await found.next(pageSize);
				// Where the first results already reach the pages with some of the words, every page with all of them was
				// looked at, and those left out no longer count.
				if (fetched.some((data) => data.missing)) full = fetched.filter((data) => !data.missing?.length).length;
				return { query, words, source: found, fetched, full, some };
			};
			const query = plain ? unquoteSingleWords(term) : withoutStopWords(term);
			let outcome = await attempt(query);
			let correctedTo: string | undefined;
			let byParts: string | undefined;
			if (!plain) {
				// A word none of the first results mentions was perhaps misspelt ("bugdet"). With no page having every word,
				// the archive's nearest words are searched instead, and the page says so; else the correction is offered.
				const unknown = isPhrase(query) ? [] : correctable(query).filter((word) => !outcome.fetched.some((data) => mentions(textOf(data), word)));
				// Corrected as typed, function words kept, so that the suggestion reads as the visitor wrote it.
				const better = await corrected(term, unknown);
				if (mine !== generation) return;
				// Nothing with every word, or only pages that merely share a fragment of the unknown word.
				if (better && (outcome.full === 0 || outcome.fetched.length === 0)) {
					const retry = await attempt(withoutStopWords(better));
					if (retry.fetched.length > 0) {
						outcome = retry;
						correctedTo = better;
					}
				} else if (better) suggest(better);
				// Still no page with every word: perhaps a compound whose parts the text writes apart ("lejekontrakt",
				// "kontrakt om leje"). Pagefind drops a query word its index lacks, so a reading counts only where the text
				// has every part.
				if (outcome.full === 0 && queryWords(outcome.query).length <= 2) {
					for (const reading of compoundReadings(outcome.query)) {
						if (mine !== generation) return;
						const candidate = await attempt(reading, { keep: (data) => hasEveryWord(textOf(data), reading), partial: false });
						if (candidate.fetched.length === 0) continue;
						outcome = candidate;
						break;
					}
				}
				// One long word still found nowhere ("rottebekæmpelse" where the text says "rotteudryddelse"): the pages
				// with some of its parts, read where the archive knows both parts as words, each saying what it lacks.
				const [single] = queryWords(outcome.query);
				if (outcome.fetched.length === 0 && queryWords(outcome.query).length === 1 && single!.length >= 8) {
					const readings = compoundReadings(single!, 40).filter((reading) => queryWords(reading).every((part) => part.length >= 4));
					const vocabulary = await vocabularyFor(readings.flatMap(queryWords));
					const known = readings.find((reading) => queryWords(reading).every((part) => knows(vocabulary, part)));
					if (mine !== generation) return;
					if (known) {
						const parts = await attempt(known);
						if (parts.fetched.length > 0) {
							outcome = parts;
							byParts = known;
						}
					}
				}
			}
			if (mine !== generation) return;
			source = outcome.source;
			answered = { query: outcome.query, words: outcome.words, whole, partial: outcome.full === 0 };
			shown = 0;
			await showMore(mine, { fetched: outcome.fetched });
			const count = Math.min(outcome.full, source.total);
			const said = correctedTo
				? fill(strings['search.status.corrected']!, { query: term, corrected: correctedTo })
				: byParts
					? fill(strings['search.status.parts']!, { query: term, parts: byParts.split(' ').join(', ') })
					: outcome.full === 0 && outcome.some > 0
						? fill(strings['search.status.partial']!, { query: term })
					: fill(strings[count === 0 ? 'search.status.none' : count === 1 ? 'search.status.one' : 'search.status.many']!, { count, query: term });
			status.textContent = outcome.full > 0 && outcome.some > 0 ? `${said} ${strings['search.status.andSome']}` : said;
			if (hints) hints.hidden = count !== 0 || outcome.some !== 0;
			// Opening the panel loads its counts (its toggle event); an open one is counted again for this query.
			if (wide && !panel.open) panel.open = true;
			else if (panel.open) await loadFilters();
		} catch (error) {
			status.textContent = strings['search.status.failed']!;
			throw new Error(`søgningen efter "${term}" mislykkedes`, { cause: error });
		}
	}

	/**
	 * Each filter's values, counted for the query shown (or the whole archive before a search): a value's count is
	 * how many results choosing it would give, with the other filters as they are. Pagefind fetches the filters'
	 * data only now, when the panel is open: it costs as much as an index's metadata.
	 */
	async function loadFilters(): Promise<void> {
		if (scopes.length === 0 || load === 'refuse') return;
		const api = await loadPagefind();
		const all = await api.filters();
		const chosen = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));
		const countsOf = async (facet: string): Promise<Record<string, number> | undefined> => {
			if (!answered.query) return all[facet] ?? {};
			// Pages with some of the words: Pagefind counts only pages with all of them, so no count is shown.
			if (answered.partial) return undefined;
			const others = Object.fromEntries(Object.entries(chosen).filter(([name]) => name !== facet));
			return (await api.search(answered.query, { filters: others }))?.filters[facet] ?? {};
		};
		for (const select of selects) {
			const facet = select.dataset.filter!;
			const counts = await countsOf(facet);
			const values = Object.keys(all[facet] ?? {}).sort((a, b) => (facet === searchFilter.year ? b.localeCompare(a) : a.localeCompare(b, 'da')));
			const current = select.value;
			select.replaceChildren(
				new Option(strings['search.filter.all']!, ''),
				...values.map((value) => {
					const option = new Option(counts ? `${value} (${counts[value] ?? 0})` : value, value, false, value === current);
					// A value that would give no result is shown, so the choice is understood, but not offered.
					option.disabled = counts !== undefined && !counts[value] && value !== current;
					return option;
				}),
			);
		}
	}

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => void run(), 300);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		void run();
	});
	for (const control of [sort, ...selects]) control.addEventListener('change', () => void run());
	// Another set of indexes is another Pagefind instance: load the page for it.
	for (const box of boxes) box.addEventListener('change', () => location.assign(address()));
	panel.addEventListener('toggle', () => {
		if (panel.open) void loadFilters();
	});
	more.addEventListener('click', () => {
		// A second click while a batch loads would fetch the same batch again.
		if (loadingMore) return;
		loadingMore = true;
		void showMore(generation, { focus: true }).finally(() => (loadingMore = false));
	});

	if (selects.some((select) => select.value) || sort.value) panel.open = true;
	if (input.value.trim()) void run();
}
