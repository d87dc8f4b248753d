/**
 * The national parties' list letters in Danish municipal elections (Indenrigs- og
 * Boligministeriets partiliste) with the names minutes write them by. Local lists take other
 * letters per municipality, so a letter not here is shown as "Liste X".
 */
export const partyNames: Readonly<Record<string, string>> = {
	A: 'Socialdemokratiet',
	B: 'Radikale Venstre',
	C: 'Det Konservative Folkeparti',
	D: 'Nye Borgerlige',
	F: 'SF – Socialistisk Folkeparti',
	I: 'Liberal Alliance',
	K: 'Kristendemokraterne',
	M: 'Moderaterne',
	O: 'Dansk Folkeparti',
	Q: 'Frie Grønne',
	V: 'Venstre',
	Æ: 'Danmarksdemokraterne',
	Ø: 'Enhedslisten',
	Å: 'Alternativet',
	UP: 'Uden for parti',
};

/** The spellings minutes use for a party in prose, longest first so "Radikale Venstre" is not read as "Venstre". */
const spellings: [string, string][] = (
	[
		['Socialdemokratiet', 'A'],
		['Socialdemokraterne', 'A'],
		['Radikale Venstre', 'B'],
		['Det Radikale Venstre', 'B'],
		['De Radikale', 'B'],
		['Radikale', 'B'],
		['Det Konservative Folkeparti', 'C'],
		['De Konservative', 'C'],
		['Konservative', 'C'],
		['Nye Borgerlige', 'D'],
		['Socialistisk Folkeparti', 'F'],
		['SF', 'F'],
		['Liberal Alliance', 'I'],
		['Kristendemokraterne', 'K'],
		['Moderaterne', 'M'],
		['Dansk Folkeparti', 'O'],
		['Frie Grønne', 'Q'],
		['Venstre', 'V'],
		['Danmarksdemokraterne', 'Æ'],
		['Enhedslisten', 'Ø'],
		['Alternativet', 'Å'],
	] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** The letter of a party named in prose at the start of `text`, with the length of the name read. */
export function partyNamedAt(text: string): { letter: string; length: number } | undefined {
	for (const [spelling, letter] of spellings) {
		if (text.startsWith(spelling) && !/[\p{L}\d]/u.test(text.charAt(spelling.length))) return { letter, length: spelling.length };
	}
	return undefined;
}

/** "V" → "Venstre"; a local list's letter → "Liste L". */
export function partyName(letter: string): string {
	return partyNames[letter] ?? `Liste ${letter}`;
}
