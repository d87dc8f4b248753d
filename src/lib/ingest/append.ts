/**
 * `target.push(...items)` without the spread: a spread passes every item as an argument, and a
 * hostile or merely huge file (a 20 MB text is some 200,000 lines) has more than a call can take,
 * which ends ingest with a RangeError instead of a result.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) target.push(item);
	return target;
}
