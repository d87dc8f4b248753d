import { compoundReadings, queryWords, unquoteSingleWords, withoutStopWords } from '../search/prepare-query.ts';
import { firstSearchBytes, monthFilter, searchFilter, searchLoad } from './search-index.ts';

/** The part of Pagefind's browser API (`pagefind.js` in each index folder) the search page uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(bundle: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
export interface PagefindResult {
	data(): Promise<ResultData>;
}
export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	content?: string;
}

/**
 * A word of the text starts with the query word, or with its stem (the word less up to three letters
 * of ending: "turistbussen" finds "turistbus"). Pagefind answers a word its index lacks with pages
 * that merely share a fragment ("monopolbrud" → "m."), and short pages rank first; the search page
 * leaves such results out.
 */
function mentions(text: string, word: string): boolean {
	const stem = word.slice(0, Math.max(4, word.length - 3));
	return new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text);
}

/**
 * Whether a text has the word as a word of its own ("BR" in "… BR godkendte …", "Ø" in "(Ø)"),
 * not as the start of a longer one ("Brand…", "Øresund").
 */
export function mentionsWhole(text: string, word: string): boolean {
	return new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u').test(text);
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
 * Pagefind's excerpt as DOM: its text, with its `<mark>` highlights and nothing else. The excerpt is
 * built from the archive's own pages, but raw minutes can contain anything, so no markup from the
 * index reaches the page as markup.
 */
function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild!;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

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
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kommune"]')];
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const panel = document.getElementById('search-filters') as HTMLDetailsElement;
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

	let pagefind: Promise<Pagefind> | undefined;
	const loadPagefind = () =>
		(pagefind ??= (async () => {
			const [first, ...rest] = scopes;
			// Pagefind's result URLs are relative to the built site, whose root is `home`.
			const api = (await import(/* @vite-ignore */ `${first!.dataset.bundle}pagefind.js`)) as Pagefind;
			// Each index is tagged with its municipality, so a sorted search can ask each for its own results.
			await api.options({ baseUrl: home, excerptLength: 24, mergeFilter: { kommune: first!.value } });
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
			const excerpt = document.createElement('p');
			excerpt.append(...excerptNodes(data.excerpt));
			item.append(heading, meta, excerpt);
			return item;
		});
		list.append(...items);
		shown += batch.length;
		more.hidden = shown >= source.total;
		// After "show more", keyboard and screen-reader users continue at the first new result.
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	async function run(): Promise<void> {
		history.replaceState(null, '', address());
		const mine = ++generation;
		const term = input.value.trim();
		list.replaceChildren();
		more.hidden = true;
		if (!term) return void (status.textContent = '');
		if (scopes.length === 0) return void (status.textContent = strings['search.status.chooseMunicipality']!);
		if (load === 'refuse') return void (status.textContent = fill(strings['search.status.tooMany']!, { count: scopes.length, pages: integer.format(chosenPages), size: fetches, atMost: size(atMost) }));
		status.textContent = load === 'warn' ? fill(strings['search.status.searchingMany']!, { count: scopes.length, size: fetches }) : strings['search.status.searching']!;
		if (hints) hints.hidden = true;
		try {
			const filters = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]));
			const api = await loadPagefind();
			const find = async (query: string, keep: Keep): Promise<ResultSource> => {
				if (sort.value) {
					const order = sort.value as 'asc' | 'desc';
					const counter = { dropped: 0 };
					const counts = await Promise.all(scopes.map(async (scope) => (await api.search(query, { filters: { ...filters, kommune: scope.value } }))?.results.length ?? 0));
					const cursors = scopes.map((scope, index) =>
						counts[index] === 0
							? { head: async () => undefined, advance: () => undefined }
							: datedCursor(
									async (more) => (await api.search(query, { filters: { ...filters, ...more, kommune: scope.value } }))?.results ?? [],
									yearsOf(scope.dataset.years, order, filters[searchFilter.year]),
									order,
									keep,
									() => void counter.dropped++,
								),
					);
					return byDate(cursors, counts.reduce((sum, count) => sum + count, 0), order, counter);
				}
				return inOrder((await api.search(query, { filters }))?.results ?? [], keep);
			};
			const plain = form.dataset.query === 'plain';
			const query = plain ? unquoteSingleWords(term) : withoutStopWords(term);
			const words = queryWords(query.toLocaleLowerCase('da'));
			const textOf = (data: ResultData) => (data.content ?? '').toLocaleLowerCase('da');
			const whole = wholeWordsOf(term);
			let next = await find(query, plain ? () => true : (data) => words.some((word) => (whole.has(word) ? mentionsWhole(textOf(data), word) : mentions(textOf(data), word))));
			let fetched = await next.next(pageSize);
			// Nothing found: perhaps a compound whose parts the text writes apart ("lejekontrakt", "kontrakt om leje").
			// Pagefind drops a query word its index lacks, so a reading counts only where the text has every part.
			if (!plain && fetched.length === 0) {
				for (const reading of compoundReadings(query)) {
					if (mine !== generation) return;
					const candidate = await find(reading, (data) => hasEveryWord(textOf(data), reading));
					const first = await candidate.next(pageSize, 3);
					if (first.length === 0) continue;
					next = candidate;
					fetched = [...first, ...(await candidate.next(pageSize - first.length))];
					break;
				}
			}
			if (mine !== generation) return;
			source = next;
			shown = 0;
			await showMore(mine, { fetched });
			const count = source.total;
			status.textContent = fill(strings[count === 0 ? 'search.status.none' : count === 1 ? 'search.status.one' : 'search.status.many']!, { count, query: term });
			if (hints) hints.hidden = count !== 0;
		} catch (error) {
			status.textContent = strings['search.status.failed']!;
			throw new Error(`søgningen efter "${term}" mislykkedes`, { cause: error });
		}
	}

	async function loadFilters(): Promise<void> {
		if (scopes.length === 0 || load === 'refuse') return;
		const all = await (await loadPagefind()).filters();
		for (const select of selects) {
			const counts = all[select.dataset.filter!] ?? {};
			const values = Object.keys(counts).sort((a, b) => (select.dataset.filter === searchFilter.year ? b.localeCompare(a) : a.localeCompare(b, 'da')));
			const current = select.value;
			select.replaceChildren(new Option(strings['search.filter.all']!, ''), ...values.map((value) => new Option(`${value} (${counts[value]})`, value, false, value === current)));
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

	if (selects.some((select) => select.value)) panel.open = true;
	if (input.value.trim()) void run();
}
