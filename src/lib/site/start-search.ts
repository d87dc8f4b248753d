/** Pagefind's Default UI, from the bundle Pagefind writes (loaded by a classic script before this one). */
declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch(query: string): void };

const orders = new Set(['asc', 'desc']);

/**
 * Starts the search page: Pagefind's Default UI, which is keyboard-usable and announces results to
 * screen readers. The query (`?q=`) and the sort order (`?sortering=`) live in the address, so a
 * search can be bookmarked and shared. The UI takes its sort order only when it is created, and
 * destroying it while it still loads loses the next search, so a new order loads the page anew.
 */
export function startSearch(): void {
	const element = document.getElementById('search')!;
	const sort = document.getElementById('sortering') as HTMLSelectElement;
	const params = new URLSearchParams(location.search);
	const order = params.get('sortering') ?? '';
	sort.value = orders.has(order) ? order : '';
	const ui = new PagefindUI({
		element,
		bundlePath: element.dataset.bundle,
		showSubResults: false,
		showImages: false,
		resetStyles: false,
		...(sort.value ? { sort: { dato: sort.value } } : {}),
	});
	const query = params.get('q');
	if (query) ui.triggerSearch(query);
	sort.addEventListener('change', () => {
		const next = new URLSearchParams();
		const term = element.querySelector('input')?.value.trim();
		if (term) next.set('q', term);
		if (sort.value) next.set('sortering', sort.value);
		location.search = next.toString();
	});
}
