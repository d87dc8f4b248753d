/** One rule of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a path (with `*` as a splat) on a line
 * of its own, then indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
		if (!match || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
		rules.at(-1)!.headers.push([match[1]!.toLowerCase(), match[2]!]);
	}
	return rules;
}

/** The headers for a path: every matching rule applies, and a header set twice is joined as hosts do. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}
