import type { MeetingVersion } from './meeting-version.ts';

export interface OrderHints {
	/** When each raw file was first committed (`gitAddedTimes`); a file not committed yet is newer than any that is. */
	added: ReadonlyMap<string, number>;
	/** The meeting's sources as the last run ordered them, oldest first: what was published stays older than what is new. */
	before: readonly string[];
}

/**
 * Orders a meeting's publications oldest first. The time a file says it was published decides;
 * where either file does not say, an agenda comes before its minutes; then the order the files
 * were committed in, and what the last run already published before what is new. File names never
 * decide ("v1" and "v2" are an editor's names), except as the last resort that keeps the order
 * stable, and `guessed` names those pairs so that the editor is told how to settle them.
 */
export function orderVersions(versions: readonly MeetingVersion[], { added, before }: OrderHints): { ordered: MeetingVersion[]; guessed: [string, string][] } {
	const rank = (status: MeetingVersion['data']['status']) => (status === 'dagsorden' ? 0 : status === 'referat' ? 1 : undefined);
	const guessed: [string, string][] = [];
	const ordered = [...versions].sort((a, b) => {
		const [ta, tb] = [a.publication.time, b.publication.time];
		if (ta && tb && ta !== tb) return ta < tb ? -1 : 1;
		const [ra, rb] = [rank(a.data.status), rank(b.data.status)];
		if (ra !== undefined && rb !== undefined && ra !== rb) return ra - rb;
		const [ca, cb] = [added.get(a.source) ?? Infinity, added.get(b.source) ?? Infinity];
		if (ca !== cb) return ca - cb;
		const [pa, pb] = [before.indexOf(a.source), before.indexOf(b.source)];
		if (pa !== pb) return (pa < 0 ? Infinity : pa) - (pb < 0 ? Infinity : pb);
		guessed.push(a.source < b.source ? [a.source, b.source] : [b.source, a.source]);
		return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
	});
	return { ordered, guessed };
}
