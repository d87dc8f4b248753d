/**
 * The part of a built page Pagefind reads: every element marked `data-pagefind-body` (the page's
 * own, and the synonyms `augmentForSearch` adds at the end), in a bare document. Pagefind ignores
 * everything else when a page has such an element, so the index is byte for byte the same
 * (checked on the bundled minutes), and Pagefind parses some 60% less HTML: 8% off indexing
 * (BENCHMARKS.md, issue 18). A page without one, or one whose element never closes, is given whole.
 */
export function searchableHtml(html: string): string {
	const regions: string[] = [];
	let from = 0;
	for (let at = html.indexOf('data-pagefind-body', from); at >= 0; at = html.indexOf('data-pagefind-body', from)) {
		const start = html.lastIndexOf('<', at);
		const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, at))?.[1];
		if (!tag) return html;
		// The element ends where as many of its tag have closed as opened after it.
		const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
		tags.lastIndex = html.indexOf('>', at) + 1;
		let depth = 1;
		let end = -1;
		for (let match = tags.exec(html); match && end < 0; match = tags.exec(html)) {
			depth += match[1] ? -1 : 1;
			if (depth === 0) end = html.indexOf('>', match.index) + 1;
		}
		if (end <= 0) return html;
		regions.push(html.slice(start, end));
		from = end;
	}
	return regions.length > 0 ? `<!DOCTYPE html><html lang="da"><body>${regions.join('')}</body></html>` : html;
}
