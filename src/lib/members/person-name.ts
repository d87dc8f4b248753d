/** Titles minutes print before a member's name: "Formand Kim Drejer Nielsen (C)". */
const titles = /^(?:(?:Formand|Næstformand|Borgmester|Viceborgmester|1\.\s*viceborgmester|2\.\s*viceborgmester|Medlem|Rådmand|Udvalgsformand|Byrådsmedlem|Kommunalbestyrelsesmedlem)\b[:,]?\s+)+/i;

/**
 * Words that make a person an official, not an elected member: in a role after the name
 * ("(sekretær)") or as a title before it ("Områdechef Malene Toscani").
 */
export const officialRole = /^(?:[\p{L}-]*(?:chef|direktør|sekretær|konsulent|fuldmægtig|sagsbehandler|referent|medarbejder|koordinator|controller|jurist|økonom|planlægger|leder|rådgiver)|protokolfører|sekretariat)$/iu;

/** A name as a participant line prints it, with what the line says about the person. */
export interface PersonName {
	/** The name without titles, party or role: "Kim Drejer Nielsen". */
	name: string;
	/** The list letter in parentheses, where printed. */
	party?: string;
	/** A role in parentheses or before the name ("Borgmester", "sekretær"), where printed. */
	role?: string;
}

/**
 * "Formand Kim Drejer Nielsen (C)" → Kim Drejer Nielsen, party C, role Formand;
 * "Kasper Damsgaard (A) (Borgmester)" → party A, role Borgmester; "Kathrine Seier Skastrup
 * (sekretær)" → role sekretær. A line without parentheses keeps its whole text as the name.
 */
export function personName(participant: string): PersonName {
	let rest = participant.normalize('NFC').replace(/\s+/g, ' ').trim();
	let party: string | undefined;
	let role: string | undefined;
	for (let group = /\s*\(([^()]*)\)\s*$/.exec(rest); group; group = /\s*\(([^()]*)\)\s*$/.exec(rest)) {
		const inside = group[1]!.trim();
		if (/^[A-ZÆØÅ]{1,3}$/.test(inside)) party ??= inside;
		else if (inside) role ??= inside;
		rest = rest.slice(0, group.index);
	}
	const title = titles.exec(rest);
	if (title) {
		role ??= title[0].replace(/[:,]?\s+$/, '');
		rest = rest.slice(title[0].length);
	}
	// "Jens Hansen, formand" and "Jens Hansen - sekretær"
	const trailing = /\s*(?:,|\s-|\s–)\s*([\p{L} .-]+)$/u.exec(rest);
	if (trailing && (officialRole.test(trailing[1]!.trim()) || titles.test(`${trailing[1]!.trim()} `))) {
		role ??= trailing[1]!.trim();
		rest = rest.slice(0, trailing.index);
	}
	const name = rest.trim() || participant.trim();
	return { name, ...(party ? { party } : {}), ...(role ? { role } : {}) };
}

/** True when the participant line itself names an official's role. */
export function isOfficialLine(participant: string): boolean {
	const { role } = personName(participant);
	return role !== undefined && role.split(/[\s,/]+/).some((word) => officialRole.test(word));
}
