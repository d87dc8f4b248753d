import type { Ballot, Voter } from '../../schemas/vote.ts';
import { sides, type Side } from '../decisions/ballots-of.ts';
import { slugify } from '../ingest/slugify.ts';
import { personName } from '../members/person-name.ts';
import { firstNameResolver } from '../members/present-participants.ts';
import type { ItemEntry, MeetingEntry } from './archive-entries.ts';

/** How a member appears at one meeting. */
export type Presence = 'present' | 'absent' | 'substitute';

export interface MemberMeeting {
	meeting: MeetingEntry;
	presence: Presence;
	/** For a substitute: the member whose seat they took, as printed. */
	substituteFor?: string;
	/** Items the member did not take part in ("deltog ikke i sagens behandling"), by number. */
	itemsMissed: string[];
}

/** A vote the minutes record, as one member's position in it. */
export interface MemberVote {
	item: ItemEntry;
	meeting: MeetingEntry;
	ballot: Ballot;
	side: Side;
	/** Whether the minutes name the member, only their party, or say the decision was unanimous. */
	by: 'name' | 'party' | 'all';
}

export interface Member {
	municipality: string;
	/** The page's address segment, from the name: one person is one page across meetings. */
	slug: string;
	/** The name as the newest minutes print it, without titles, party or role. */
	name: string;
	/** The list letters the minutes state for the member, newest first. */
	parties: string[];
	/** Newest first. */
	meetings: MemberMeeting[];
	/** Newest first. */
	votes: MemberVote[];
}

interface Seen {
	member: Member;
	/** Meeting id → its entry in `member.meetings`. */
	at: Map<string, MemberMeeting>;
}

/**
 * Every member the minutes name in a meeting's own attendance (participants, absences and
 * substitutes, the item decisions' "deltog ikke" and votes), one per person and municipality, with
 * the meetings they attended or missed and the votes they are recorded in. Attendance quoted from an
 * earlier treatment is that treatment's, never this meeting's, and officials get no page.
 *
 * `meetings` must be newest first, as the archive keeps them; one pass over meetings and items.
 */
export function buildMembers(meetings: readonly MeetingEntry[], itemsOf: (meetingId: string) => readonly ItemEntry[]) {
	const members = new Map<string, Seen>();
	const keyOf = (municipality: string, slug: string) => `${municipality}/${slug}`;

	// A party the minutes state in a quoted treatment ("Mehmet Zeki Dogru (Ø) stemte imod") is still
	// the member's party, though the quote says nothing of this meeting's attendance. Known before
	// any vote is read, so that a vote by party counts for the member as it does for the party.
	const quotedParties = new Map<string, string[]>();
	for (const meeting of meetings) {
		for (const item of itemsOf(meeting.id)) {
			for (const quoted of item.data.earlierTreatments) {
				const printed = [...quoted.absent, ...quoted.substitutes.map((substitute) => substitute.for), ...quoted.votes.flatMap((ballot) => sides.flatMap((side) => ballot[side].flatMap((voter) => (voter.name && voter.party ? [`${voter.name} (${voter.party})`] : []))))];
				for (const line of printed) {
					const { name, party } = personName(line);
					if (!party) continue;
					const key = keyOf(meeting.data.municipality, slugify(name));
					const known = quotedParties.get(key) ?? [];
					if (!known.includes(party)) quotedParties.set(key, [...known, party]);
				}
			}
		}
	}

	for (const meeting of meetings) {
		const m = meeting.data;
		const officials = new Set(m.officials.map((line) => personName(line).name));
		const present = m.participants.filter((line) => !officials.has(personName(line).name));
		// "Tilde" in an absence list is the participant Tilde Ølholm, when only one participant is called Tilde.
		const fullName = firstNameResolver([...present, ...m.absent].map((line) => personName(line).name));
		const resolve = (printed: string): { name: string; party?: string } | undefined => {
			const { name, party } = personName(printed);
			if (officials.has(name) || !/^\p{Lu}/u.test(name)) return undefined;
			return { name: fullName(name), ...(party ? { party } : {}) };
		};
		// The members named at this meeting, for its votes; those its own lists name, for its absences.
		const here = new Set<Seen>();
		const meetingListed = new Set<Seen>();
		const note = (printed: string, presence: Presence, substituteFor?: string): MemberMeeting | undefined => {
			const person = resolve(printed);
			if (!person) return undefined;
			const slug = slugify(person.name);
			if (!slug) return undefined;
			const key = keyOf(m.municipality, slug);
			let seen = members.get(key);
			if (!seen) {
				seen = { member: { municipality: m.municipality, slug, name: person.name, parties: [], meetings: [], votes: [] }, at: new Map() };
				members.set(key, seen);
			}
			here.add(seen);
			if (person.party && !seen.member.parties.includes(person.party)) seen.member.parties.push(person.party);
			for (const party of quotedParties.get(key) ?? []) if (!seen.member.parties.includes(party)) seen.member.parties.push(party);
			let entry = seen.at.get(meeting.id);
			if (!entry) {
				entry = { meeting, presence, ...(substituteFor ? { substituteFor } : {}), itemsMissed: [] };
				seen.at.set(meeting.id, entry);
				seen.member.meetings.push(entry);
			} else if (presence === 'absent' && entry.presence === 'present' && !meetingListed.has(seen)) {
				// Participant lists often name every member, and the absence list who of them was away.
				entry.presence = 'absent';
			}
			return entry;
		};

		for (const line of present) note(line, 'present');
		for (const line of m.absent) note(line, 'absent');
		for (const substitute of m.substitutes) {
			note(substitute.name, 'substitute', substitute.for);
			note(substitute.for, 'absent');
		}
		// From here on, the items speak: an item's absence is not the meeting's.
		for (const seen of here) meetingListed.add(seen);
		const items = itemsOf(meeting.id);
		for (const item of items) {
			for (const substitute of item.data.substitutes) {
				note(substitute.name, 'substitute', substitute.for);
			}
			for (const line of item.data.absent) {
				const entry = note(line, 'absent');
				if (entry && entry.presence !== 'absent') entry.itemsMissed.push(item.data.number);
			}
			for (const ballot of item.data.votes) {
				for (const side of sides) for (const voter of ballot[side]) if (voter.name) note(voter.party ? `${voter.name} (${voter.party})` : voter.name, 'present');
			}
		}
		// Votes: by name where the minutes name the member, else by the party the member sat for.
		for (const item of items) {
			const ballots = item.data.votes;
			if (ballots.length === 0) continue;
			for (const seen of here) {
				const entry = seen.at.get(meeting.id);
				if (!entry || entry.presence === 'absent' || entry.itemsMissed.includes(item.data.number)) continue;
				const key = slugify(seen.member.name);
				for (const ballot of ballots) {
					const named = sides.find((side) => ballot[side].some((voter) => voter.name && slugify(resolve(voter.name)?.name ?? voter.name) === key));
					if (named) {
						seen.member.votes.push({ item, meeting, ballot, side: named, by: 'name' });
						continue;
					}
					const party = seen.member.parties[0];
					const byParty = party ? sides.find((side) => ballot[side].some((voter: Voter) => !voter.name && voter.party === party)) : undefined;
					if (byParty) seen.member.votes.push({ item, meeting, ballot, side: byParty, by: 'party' });
					else if (ballot.unanimous && sides.every((side) => ballot[side].length === 0)) seen.member.votes.push({ item, meeting, ballot, side: 'for', by: 'all' });
				}
			}
		}
	}

	const byMunicipality = new Map<string, Member[]>();
	for (const { member } of members.values()) {
		const list = byMunicipality.get(member.municipality) ?? [];
		list.push(member);
		byMunicipality.set(member.municipality, list);
	}
	for (const list of byMunicipality.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'da'));

	const all = [...members.values()].map((seen) => seen.member);
	return {
		members: all,
		membersOf: (municipality: string) => byMunicipality.get(municipality) ?? [],
		/** The member a printed name ("Liselott Blixt (UP)", "Formand Kim Drejer Nielsen (C)") is, if the archive has one. */
		member: (municipality: string, printed: string) => members.get(keyOf(municipality, slugify(personName(printed).name)))?.member,
	};
}

export type Members = ReturnType<typeof buildMembers>;
