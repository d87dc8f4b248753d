/**
 * How long a `Retry-After` header asks to wait, in milliseconds: seconds (`120`) or an HTTP date;
 * undefined when absent or unreadable. `now` for tests.
 */
export function retryAfter(header: string | undefined, now = Date.now()): number | undefined {
	if (!header) return undefined;
	const text = header.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before try `attempt` (2, 3, …): doubling from `base`, at most `max`; a server's `Retry-After` wins when longer. */
export function backoff(attempt: number, base: number, max: number, asked?: number): number {
	const doubled = Math.min(max, base * 2 ** (attempt - 2));
	return asked === undefined ? doubled : Math.max(doubled, asked);
}
