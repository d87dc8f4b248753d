/** Titles minutes print before a member's name. */
const titles = /^(?:(?:Formand|Næstformand|Borgmester|Viceborgmester|Medlem|Rådmand|Udvalgsformand)\b[:,]?\s+)+/i;

/**
 * "Formand Kim Drejer Nielsen (C)" → name "Kim Drejer Nielsen", party "C". A participant without
 * a party in parentheses keeps the whole line as the name.
 */
export function personName(participant: string): { name: string; party?: string } {
	const party = /\s*\(([A-ZÆØÅ]{1,3})\)\s*$/.exec(participant);
	const name = participant.slice(0, party?.index ?? participant.length).replace(titles, '').trim();
	return { name: name || participant.trim(), ...(party ? { party: party[1]! } : {}) };
}
