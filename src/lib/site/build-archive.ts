import { slugify } from '../ingest/slugify.ts';
import { caseTimeline, type TimelineStep } from './case-timeline.ts';
import { buildMembers } from './members.ts';
import { buildParties } from './parties.ts';
import type { Attachment } from '../../schemas/index.ts';
import type { ItemEntry, MeetingEntry } from './archive-entries.ts';

/** An attachment file with its text (`content/attachments/<meeting>/<item>/<name>.md`). */
export interface AttachmentEntry {
	id: string;
	filePath?: string;
	data: Attachment;
}

/** An attachment as an item's page lists it: its address below the item, and its frontmatter. */
export interface ItemAttachment {
	name: string;
	entry: AttachmentEntry;
	data: Attachment;
}

/** Every item in one municipality that carries one case number, oldest first. */
export interface Case {
	municipality: string;
	/** The case number as printed, e.g. `17/7354`. */
	number: string;
	/** The case page's URL segment, e.g. `17-7354`. */
	slug: string;
	items: ItemEntry[];
}

export interface Committee {
	municipality: string;
	name: string;
	slug: string;
	/** Newest first. */
	meetings: MeetingEntry[];
}

/** A municipality's own pages: no committee may take their addresses. */
const reservedSegments = ['sag', 'medlemmer', 'partier'];

const byNewest = (a: MeetingEntry, b: MeetingEntry) =>
	b.data.date.localeCompare(a.data.date) || (b.data.time ?? '').localeCompare(a.data.time ?? '') || a.id.localeCompare(b.id);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** An item's address in its meeting: the name of its file, which ingest keeps when the item is renumbered. */
export const itemSlug = (item: Pick<ItemEntry, 'id'>): string => item.id.slice(item.id.lastIndexOf('/') + 1);

const meetingIdOf = (item: ItemEntry) => (typeof item.data.meeting === 'string' ? item.data.meeting : item.data.meeting.id);

/**
 * Every lookup a page needs, computed once for the whole build: no page filters a whole collection.
 * Items by meeting (in position order), meetings by municipality and committee (newest first), and
 * items by case number within a municipality, for "the same case in other meetings".
 */
export function buildArchive(meetings: readonly MeetingEntry[], items: readonly ItemEntry[], attachments: readonly AttachmentEntry[] = []) {
	const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
	const itemsByMeeting = new Map<string, ItemEntry[]>();
	const withdrawnByMeeting = new Map<string, ItemEntry[]>();
	// Keyed by municipality and the case number's slug: two spellings that share a URL are one
	// case only if they are the same number, which is checked below.
	const cases = new Map<string, Case>();
	const caseKey = (item: ItemEntry) => `${meetingsById.get(meetingIdOf(item))!.data.municipality}/${slugify(item.data.caseNumber ?? '')}`;
	for (const item of items) {
		const meetingId = meetingIdOf(item);
		if (!meetingsById.has(meetingId)) throw new Error(`${item.filePath ?? item.id}: mødet "${meetingId}" findes ikke; kør npm run ingest`);
		// A withdrawn item keeps its address only: it is no part of the meeting, its case or the search.
		if (item.data.withdrawn) {
			push(withdrawnByMeeting, meetingId, item);
			continue;
		}
		push(itemsByMeeting, meetingId, item);
		const number = item.data.caseNumber;
		if (!number || slugify(number) === '') continue;
		const key = caseKey(item);
		const known = cases.get(key);
		if (!known) {
			cases.set(key, { municipality: meetingsById.get(meetingId)!.data.municipality, number, slug: slugify(number), items: [item] });
		} else if (known.number !== number) {
			throw new Error(
				`${item.filePath ?? item.id}: sagsnummeret "${number}" får samme adresse som "${known.number}" (${known.items[0]!.filePath ?? known.items[0]!.id}); ret det ene, så de to sager kan skelnes`,
			);
		} else known.items.push(item);
	}
	for (const list of itemsByMeeting.values()) list.sort((a, b) => a.data.position - b.data.position);
	const itemIds = new Set(items.map((item) => item.id));
	const attachmentsByItem = new Map<string, ItemAttachment[]>();
	for (const entry of attachments) {
		if (!itemIds.has(entry.data.item)) throw new Error(`${entry.filePath ?? entry.id}: punktet "${entry.data.item}" findes ikke; kør npm run ingest`);
		push(attachmentsByItem, entry.data.item, { name: entry.id.slice(entry.id.lastIndexOf('/') + 1), entry, data: entry.data });
	}
	// Oldest meeting first, then item order: a case's route through the committees.
	const oldestFirst = (a: ItemEntry, b: ItemEntry) => -byNewest(meetingsById.get(meetingIdOf(a))!, meetingsById.get(meetingIdOf(b))!) || a.data.position - b.data.position;
	const casesByMunicipality = new Map<string, Case[]>();
	for (const entry of cases.values()) {
		entry.items.sort(oldestFirst);
		push(casesByMunicipality, entry.municipality, entry);
	}
	for (const list of casesByMunicipality.values()) list.sort((a, b) => a.number.localeCompare(b.number, 'da', { numeric: true }));

	const sorted = [...meetings].sort(byNewest);
	const committees = new Map<string, Committee>();
	const municipalities = new Map<string, Committee[]>();
	for (const meeting of sorted) {
		const slug = slugify(meeting.data.committee);
		const key = `${meeting.data.municipality}/${slug}`;
		let committee = committees.get(key);
		if (!committee) {
			if (reservedSegments.includes(slug)) {
				throw new Error(`${meeting.filePath ?? meeting.id}: udvalget "${meeting.data.committee}" får adressen /${meeting.data.municipality}/${slug}/, som arkivet bruger til andet; giv udvalget et andet navn i råfilens sidecar (committee:)`);
			}
			committee = { municipality: meeting.data.municipality, name: meeting.data.committee, slug, meetings: [] };
			committees.set(key, committee);
			push(municipalities, meeting.data.municipality, committee);
		}
		committee.meetings.push(meeting);
	}
	for (const list of municipalities.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'da'));

	const meetingOf = (item: ItemEntry) => meetingsById.get(meetingIdOf(item))!;
	const caseOf = (item: ItemEntry): Case | undefined => (item.data.caseNumber ? cases.get(caseKey(item)) : undefined);
	// Once per case, however many of its items' pages and exports ask.
	const timelines = new Map<Case | ItemEntry, TimelineStep[]>();
	const timelineOf = (item: ItemEntry): TimelineStep[] => {
		const itsCase = caseOf(item);
		const key = itsCase ?? item;
		let steps = timelines.get(key);
		if (!steps) {
			steps = caseTimeline((itsCase ? itsCase.items : [item]).map((other) => ({ item: other, meeting: meetingOf(other) })));
			timelines.set(key, steps);
		}
		return steps;
	};

	const itemsOf = (meetingId: string) => itemsByMeeting.get(meetingId) ?? [];
	const members = buildMembers(sorted, itemsOf);
	// Parties sum every timeline's votes: built on first use, from the timelines the item pages share.
	let parties: ReturnType<typeof buildParties> | undefined;
	const partiesIndex = () => {
		parties ??= buildParties(
			members.members,
			(function* () {
				for (const entry of cases.values()) yield { municipality: entry.municipality, steps: timelineOf(entry.items[0]!) };
				for (const list of itemsByMeeting.values()) {
					for (const item of list) if (!caseOf(item)) yield { municipality: meetingOf(item).data.municipality, steps: timelineOf(item) };
				}
			})(),
		);
		return parties;
	};

	return {
		/** All meetings, newest first. */
		meetings: sorted,
		itemsOf,
		/** The attachment files published beside an item, in the order the package lists them. */
		attachmentsOf: (itemId: string) => attachmentsByItem.get(itemId) ?? [],
		/** Every attachment file, for its pages. */
		attachments,
		/** Items an earlier publication of the meeting had and the newest does not: their addresses still answer. */
		withdrawnOf: (meetingId: string) => withdrawnByMeeting.get(meetingId) ?? [],
		meetingOf,
		/** Municipality slugs, alphabetical. */
		municipalities: [...municipalities.keys()].sort(),
		committeesOf: (municipality: string) => municipalities.get(municipality) ?? [],
		committees: [...committees.values()],
		/** The case an item belongs to, if it has a case number. */
		caseOf,
		/** The timeline of an item's case; for an item without a case number, of the item and the treatments it quotes. */
		timelineOf,
		/** Every case in the archive. */
		cases: [...cases.values()],
		/** A municipality's cases, by case number. */
		casesOf: (municipality: string) => casesByMunicipality.get(municipality) ?? [],
		/** Every member the minutes name in a meeting's attendance, across the archive. */
		members: members.members,
		/** A municipality's members, by name. */
		membersOf: members.membersOf,
		/** The member a printed name is, in a municipality, if any. */
		member: members.member,
		/** Every party any vote or member names, per municipality. */
		parties: () => partiesIndex().parties,
		partiesOf: (municipality: string) => partiesIndex().partiesOf(municipality),
		party: (municipality: string, letter: string) => partiesIndex().party(municipality, letter),
	};
}

export type Archive = ReturnType<typeof buildArchive>;

/** Meetings of a committee grouped by year, newest year first. */
export function byYear(meetings: readonly MeetingEntry[]): [string, MeetingEntry[]][] {
	const years = new Map<string, MeetingEntry[]>();
	for (const meeting of meetings) {
		push(years, meeting.data.date.slice(0, 4), meeting);
	}
	return [...years].sort((a, b) => b[0].localeCompare(a[0]));
}
