import type { Committee } from './build-archive.ts';
import type { Member } from './members.ts';

/** A member as one committee's minutes show them. */
export interface CommitteeMember {
	member: Member;
	/** The committee's meetings the member took part in, as a member or as a substitute. */
	attended: number;
}

/**
 * The committee's members as its minutes show them: everyone its meetings list as taking part, with
 * how many of its meetings each attended, the most first. The minutes say nothing of who was
 * elected, so someone only ever listed as absent is left out rather than guessed a member.
 */
export function committeeMembers(members: readonly Member[], committee: Pick<Committee, 'municipality' | 'meetings'>): CommitteeMember[] {
	const ids = new Set(committee.meetings.map((meeting) => meeting.id));
	return members
		.filter((member) => member.municipality === committee.municipality)
		.map((member) => ({ member, attended: member.meetings.filter((entry) => ids.has(entry.meeting.id) && entry.presence !== 'absent').length }))
		.filter((entry) => entry.attended > 0)
		.sort((a, b) => b.attended - a.attended || a.member.name.localeCompare(b.member.name, 'da'));
}
