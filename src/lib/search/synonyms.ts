/**
 * Council language's abbreviations and synonyms, one group per meaning. A page that uses one member
 * of a group is found by any other: "KB" finds "Kommunalbestyrelsen", "byrådet" finds
 * "kommunalbestyrelsen". Words match in any case; abbreviations (all capitals) only as written, so
 * "MED" is not the preposition "med". Committee abbreviations are the ones minutes use in
 * "indstiller til KB via DIR, SSU, BUL, PMT, AET og ØU".
 */
export const synonymGroups: readonly (readonly string[])[] = [
	['kommunalbestyrelsen', 'kommunalbestyrelse', 'byrådet', 'byråd', 'KB', 'BR'],
	['økonomiudvalget', 'økonomiudvalg', 'ØU'],
	['teknik- og miljøudvalget', 'teknik- og miljøudvalg', 'TMU'],
	['børne- og ungeudvalget', 'børne- og ungeudvalg', 'børne- og ungdomsudvalget', 'BUU', 'BUL'],
	['social- og sundhedsudvalget', 'social- og sundhedsudvalg', 'SSU'],
	['plan, miljø og teknik', 'plan-, miljø- og teknikudvalget', 'PMT'],
	['arbejdsmarked, erhverv og turisme', 'AET'],
	['beskæftigelsesudvalget', 'beskæftigelsesudvalg', 'BEU'],
	['lokalt beskæftigelsesråd', 'det lokale beskæftigelsesråd', 'LBR'],
	['medarbejderudvalg', 'MED-udvalg', 'MED', 'hovedudvalg', 'HMU'],
	['direktionen', 'direktion', 'DIR'],
	['kommunernes landsforening', 'KL'],
	['skolefritidsordning', 'SFO'],
	['pædagogisk psykologisk rådgivning', 'PPR'],
	['borgerstyret personlig assistance', 'BPA'],
	['særligt tilrettelagt ungdomsuddannelse', 'STU'],
	['forberedende grunduddannelse', 'FGU'],
	['kommuneplan', 'kommuneplanen', 'KP'],
	['dagsorden', 'dagsordenen', 'referat', 'referatet', 'beslutningsprotokol'],
	['bilag', 'bilaget', 'bilagene', 'vedhæftet', 'vedlagt'],
	['borgmester', 'borgmesteren'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAbbreviation = (member: string) => member === member.toLocaleUpperCase('da') && /\p{Lu}/u.test(member);

/** One pattern per group, words in any case, abbreviations as written, whole words only. */
const patterns = synonymGroups.map((group) => {
	const alternatives = group.map((member) => (isAbbreviation(member) ? `(?-i:${escape(member)})` : escape(member)));
	return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'iu');
});

/** The other members of every group the text uses: the words to index beside it. */
export function synonymsIn(text: string): string[] {
	const found: string[] = [];
	for (const [index, pattern] of patterns.entries()) {
		const match = pattern.exec(text);
		if (!match) continue;
		const used = match[0].toLocaleLowerCase('da');
		for (const member of synonymGroups[index]!) if (member.toLocaleLowerCase('da') !== used) found.push(member);
	}
	return found;
}
