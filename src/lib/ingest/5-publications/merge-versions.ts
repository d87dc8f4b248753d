import type { AgendaItem, ItemChanges, Publication } from '../../../schemas/index.ts';
import { IngestError } from '../ingest-error.ts';
import { markdownFile, type GeneratedFile, type MeetingVersion, type VersionItem } from './meeting-version.ts';
import { slugify } from '../slugify.ts';

/** An item file already in `content/cases/<meeting>/`: its address, and what it says of the item. */
export interface PreviousItem {
	slug: string;
	data: Partial<Pick<AgendaItem, 'number' | 'title' | 'caseNumber' | 'systemId' | 'position' | 'closed'>> & { withdrawn?: unknown };
}

/** What identifies an item across publications. */
interface Keyed {
	number?: string | undefined;
	title?: string | undefined;
	caseNumber?: string | undefined;
	systemId?: string | undefined;
}

const fold = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Pairs the items of two publications of one meeting by identity, never by position: the system's
 * id first, then the case number (with the title where a case has several items), then the title.
 * Where several older items are the same by that measure (two items titled "Meddelelser"), the
 * one with the same number wins, so that reading a publication over its own files pairs each item
 * with itself. Returns, for each newer item, the index of its older self.
 */
export function matchItems(older: readonly Keyed[], newer: readonly Keyed[]): Map<number, number> {
	const pairs = new Map<number, number>();
	const taken = new Set<number>();
	const pass = (same: (a: Keyed, b: Keyed) => boolean) => {
		for (const [index, item] of newer.entries()) {
			if (pairs.has(index)) continue;
			let found = -1;
			for (const [at, candidate] of older.entries()) {
				if (taken.has(at) || !same(candidate, item)) continue;
				if (found < 0) found = at;
				if (item.number !== undefined && candidate.number === item.number) {
					found = at;
					break;
				}
			}
			if (found >= 0) {
				pairs.set(index, found);
				taken.add(found);
			}
		}
	};
	pass((a, b) => Boolean(a.systemId && b.systemId && a.systemId === b.systemId));
	pass((a, b) => Boolean(a.caseNumber && a.caseNumber === b.caseNumber && fold(a.title) === fold(b.title)));
	pass((a, b) => Boolean(a.caseNumber && a.caseNumber === b.caseNumber && older.filter((c) => c.caseNumber === a.caseNumber).length === 1 && newer.filter((c) => c.caseNumber === b.caseNumber).length === 1));
	pass((a, b) => fold(a.title) !== '' && fold(a.title) === fold(b.title) && !(a.systemId && b.systemId));
	return pairs;
}

/** A publication as items and meetings name it. */
const publicationOf = (version: MeetingVersion): Publication => ({
	source: version.source,
	...(version.data.status ? { status: version.data.status } : {}),
	...(version.publication.time ? { published: version.publication.time } : {}),
});

/**
 * Refuses two files that claim the same meeting but are different documents: the system's meeting
 * ids differ, or too few of their items are the same items (a wrong committee or date in one).
 * Publications of one meeting share most items: an agenda and its minutes, or a republication that
 * renumbers and adds one.
 */
export function assertSameMeeting(a: MeetingVersion, b: MeetingVersion): void {
	const both = `${a.source} og ${b.source}`;
	const advice = 'ret udvalg eller dato i den forkerte (evt. i sidecar-filen), eller slet den';
	if (a.publication.meetingId && b.publication.meetingId && a.publication.meetingId !== b.publication.meetingId) {
		throw new IngestError(b.source, undefined, `${both} giver begge mødet ${a.id}, men mødesystemet kalder dem to forskellige møder (${a.publication.meetingId} og ${b.publication.meetingId}); ${advice}`);
	}
	const smaller = Math.min(a.items.length, b.items.length);
	const matched = matchItems(a.items.map((item) => item.data), b.items.map((item) => item.data)).size;
	if (smaller === 0 ? a.items.length + b.items.length > 0 || a.body !== b.body : matched < smaller / 2) {
		throw new IngestError(b.source, undefined, `${both} giver begge mødet ${a.id}, men er forskellige dokumenter (${matched} af ${smaller} punkter er de samme); ${advice}`);
	}
}

/** The slug an item gets when it is first published: its number, or its position. */
const firstSlug = (item: Keyed & { position?: number | undefined }, index: number) => slugify(item.number ?? '') || String(item.position ?? index + 1);

/**
 * The files the site shows for a meeting published more than once, from its publications oldest
 * first: the newest publication's meeting and items, each item at the address it was first
 * published at (the system's id, its case number or its title say which item it is, whatever its
 * number now), what changed since the previous publication, and a small page for every address an
 * item had that the newest publication no longer has. `previous` are the item files already
 * written, so that an address outlives a raw file replaced in place.
 */
export function planMeeting(versions: readonly MeetingVersion[], previous: readonly PreviousItem[] = []): GeneratedFile[] {
	const newest = versions.at(-1)!;
	const used = new Set<string>(previous.map((item) => item.slug));
	/** For each publication in turn, its items' slugs. */
	let current: { keyed: Keyed; slug: string }[] = previous.filter((item) => !item.data.withdrawn).map((item) => ({ keyed: item.data, slug: item.slug }));
	/** Every address ever given, with the last item it held, for the pages of withdrawn items. */
	const addresses = new Map<string, { item: Keyed & { position?: number; closed?: boolean }; version?: MeetingVersion }>(previous.map((item) => [item.slug, { item: item.data }]));
	let slugs: string[] = [];
	/** The newest publication's items paired with the one before it (by index), for what changed. */
	let lastPairs = new Map<number, number>();
	// Every address on disk, withdrawn ones too: an item new to the previous publication may be one
	// published before (a file replaced in place, an item withdrawn and put back).
	const published = previous.map((item) => ({ keyed: item.data as Keyed, slug: item.slug }));
	for (const version of versions) {
		const keyed = version.items.map((item) => item.data);
		const pairs = matchItems(current.map((entry) => entry.keyed), keyed);
		const taken = new Set([...pairs.values()].map((index) => current[index]!.slug));
		const pool = published.filter((entry) => !taken.has(entry.slug));
		const unmatched = keyed.flatMap((item, index) => (pairs.has(index) ? [] : [{ item, index }]));
		const again = matchItems(pool.map((entry) => entry.keyed), unmatched.map((entry) => entry.item));
		const earlier = new Map([...again].map(([at, found]) => [unmatched[at]!.index, pool[found]!.slug]));
		const fresh = new Set<string>();
		slugs = keyed.map((item, index) => {
			const older = pairs.get(index);
			if (older !== undefined && !fresh.has(current[older]!.slug)) {
				fresh.add(current[older]!.slug);
				return current[older]!.slug;
			}
			const before = earlier.get(index);
			if (before !== undefined && !fresh.has(before)) {
				fresh.add(before);
				return before;
			}
			let slug = firstSlug(item, index);
			if (used.has(slug) || fresh.has(slug)) slug = `${slug}-${slugify(item.title).slice(0, 40).replace(/-+$/, '')}`;
			for (let n = 2; used.has(slug) || fresh.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
			fresh.add(slug);
			return slug;
		});
		for (const slug of slugs) used.add(slug);
		for (const [index, slug] of slugs.entries()) addresses.set(slug, { item: keyed[index]!, version });
		current = keyed.map((item, index) => ({ keyed: item, slug: slugs[index]! }));
		lastPairs = pairs;
	}

	const before = versions.length > 1 ? versions.at(-2) : undefined;
	const since = before ? publicationOf(before) : undefined;

	const files: GeneratedFile[] = [];
	const meeting = versions.length > 1 ? { ...newest.data, publications: versions.map(publicationOf) } : newest.data;
	files.push({ path: `meetings/${newest.id}.md`, content: markdownFile(meeting, newest.body) });
	const live = new Set(slugs);
	for (const [index, item] of newest.items.entries()) {
		const slug = slugs[index]!;
		const older = lastPairs.get(index);
		const changes = before && since ? changesOf(item, older === undefined ? undefined : before.items[older], since) : undefined;
		const data: AgendaItem = { ...item.data, ...(changes ? { changes } : {}) };
		files.push({ path: `cases/${newest.id}/${slug}.md`, content: markdownFile(data, item.body) });
		for (const attachment of item.attachments) {
			const folder = `attachments/${newest.id}/${slug}`;
			const file = `${attachment.slug}.${attachment.extension}`;
			files.push({ path: `${folder}/${attachment.slug}.md`, content: markdownFile({ item: `${newest.id}/${slug}`, title: attachment.data.title, file, ...withoutTitle(attachment.data) }, attachment.body) });
			files.push({ path: `${folder}/${file}`, content: attachment.bytes });
		}
	}
	for (const [slug, { item, version }] of addresses) {
		if (live.has(slug)) continue;
		const withdrawn: AgendaItem = {
			meeting: newest.id,
			number: item.number ?? slug,
			position: item.position ?? 1,
			title: item.title ?? slug,
			...(item.caseNumber ? { caseNumber: item.caseNumber } : {}),
			closed: item.closed ?? false,
			decisionClass: 'none',
			attachments: [],
			earlierTreatments: [],
			votes: [],
			absent: [],
			substitutes: [],
			...(item.systemId ? { systemId: item.systemId } : {}),
			withdrawn: version ? publicationOf(version) : { source: newest.source },
		};
		files.push({ path: `cases/${newest.id}/${slug}.md`, content: markdownFile(withdrawn, '') });
	}
	return files;
}

/** What changed in an item since the previous publication; undefined when nothing did. */
function changesOf(item: VersionItem, older: VersionItem | undefined, since: Publication): ItemChanges | undefined {
	if (!older) return { since, added: true };
	const changes: ItemChanges = { since };
	if (fold(older.data.title) !== fold(item.data.title)) changes.title = older.data.title;
	if (older.data.number !== item.data.number) changes.number = older.data.number;
	if (fold(older.recommendation) !== fold(item.recommendation) && older.recommendation !== undefined) changes.recommendation = true;
	if (!older.data.decision && item.data.decision) changes.decision = 'added';
	else if (older.data.decision && !item.data.decision) changes.decision = 'removed';
	else if (older.data.decision && fold(older.data.decision) !== fold(item.data.decision)) changes.decision = 'changed';
	if (older.data.closed !== item.data.closed) changes.closed = item.data.closed;
	return Object.keys(changes).length > 1 ? changes : undefined;
}

const withoutTitle = <T extends { title: string }>({ title: _, ...rest }: T): Omit<T, 'title'> => rest;
