import type { Ballot } from '../../schemas/vote.ts';
import { sides, type Side } from '../decisions/ballots-of.ts';
import { slugify } from '../ingest/slugify.ts';
import type { TimelineStep } from './case-timeline.ts';
import type { Member } from './members.ts';

/** One side a party took in one vote. */
export interface PartyVote {
	step: TimelineStep;
	ballot: Ballot;
	side: Side;
}

/** A party in one municipality: its members and every recorded vote that names it or one of them. */
export interface Party {
	municipality: string;
	letter: string;
	slug: string;
	members: Member[];
	/** Newest first. */
	votes: PartyVote[];
	totals: Record<Side, number>;
}

/**
 * Parties per municipality, from the members' stated parties and the votes of every treatment in
 * the case timelines: the archive's own items, and treatments the items quote (each once, however
 * many items quote it). A party counts once per ballot and side.
 */
export function buildParties(members: readonly Member[], timelines: Iterable<{ municipality: string; steps: readonly TimelineStep[] }>) {
	const parties = new Map<string, Party>();
	const partyOf = (municipality: string, letter: string): Party => {
		const key = `${municipality}/${letter}`;
		let party = parties.get(key);
		if (!party) {
			party = { municipality, letter, slug: slugify(letter), members: [], votes: [], totals: { for: 0, against: 0, abstained: 0, reserved: 0 } };
			parties.set(key, party);
		}
		return party;
	};
	for (const member of members) for (const letter of member.parties) partyOf(member.municipality, letter).members.push(member);
	const memberParty = new Map(members.map((member) => [`${member.municipality}/${slugify(member.name)}`, member.parties[0]]));
	for (const { municipality, steps } of timelines) {
		for (const step of steps) {
			for (const ballot of step.votes) {
				for (const side of sides) {
					const letters = new Set<string>();
					for (const voter of ballot[side]) {
						const letter = voter.party ?? (voter.name ? memberParty.get(`${municipality}/${slugify(voter.name)}`) : undefined);
						if (letter) letters.add(letter);
					}
					for (const letter of letters) {
						const party = partyOf(municipality, letter);
						party.votes.push({ step, ballot, side });
						party.totals[side] += 1;
					}
				}
			}
		}
	}
	const byMunicipality = new Map<string, Party[]>();
	for (const party of parties.values()) {
		party.votes.sort((a, b) => b.step.date.localeCompare(a.step.date));
		const list = byMunicipality.get(party.municipality) ?? [];
		list.push(party);
		byMunicipality.set(party.municipality, list);
	}
	for (const list of byMunicipality.values()) list.sort((a, b) => a.letter.localeCompare(b.letter, 'da'));
	return {
		parties: [...parties.values()],
		partiesOf: (municipality: string) => byMunicipality.get(municipality) ?? [],
		party: (municipality: string, letter: string) => parties.get(`${municipality}/${letter}`),
	};
}
