import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { attendanceHeading } from '../section-vocabulary.ts';
import type { ParseContext } from './parse-context.ts';

/**
 * What a labelled line of a front page states, in the words every system prints for it:
 * "Dato:", "Mødedato:", "Mødetidspunkt:", "Starttidspunkt:", "Tid:", "Mødested:", "Lokale:",
 * "Udvalg:", "Tilstede:", "Deltagere:", "Afbud:", "Fraværende:". "Sluttidspunkt:" is known and
 * stated nowhere else (the archive keeps the start), so a layout drops it by name.
 */
export type FrontPageFact =
	| { key: 'date'; date: string; time?: string | undefined }
	| { key: 'time'; time: string }
	| { key: 'location' | 'committee'; value: string }
	| { key: 'participants' | 'absent'; names: string[] }
	| { key: 'end' };

const labelled = /^(?<label>[A-ZÆØÅa-zæøå][\p{L} ./-]{1,30}?)\s*:\s*(?<value>.*)$/u;
const labels: [RegExp, FrontPageFact['key']][] = [
	[/^(?:møde)?dato$/i, 'date'],
	[/^(?:mødetidspunkt|tidspunkt|starttidspunkt|mødestart|tid|klokken|kl\.?)$/i, 'time'],
	[/^(?:sluttidspunkt|mødeslut|sluttid)$/i, 'end'],
	[/^(?:mødested|sted|lokale|mødelokale|adresse)$/i, 'location'],
	[/^(?:udvalg|mødeforum|forum)$/i, 'committee'],
	[/^(?:tilstede|til stede|deltagere|mødedeltagere|medlemmer|deltog)$/i, 'participants'],
	[/^(?:afbud|fraværende|fravær|forfald|afbud\s*\/\s*fraværende)$/i, 'absent'],
];

/** The names of an attendance line: "Anne Hansen (A), Bo Jensen (V) og Carl Nielsen". */
export const namesOf = (text: string): string[] =>
	text
		.split(/\s*[,;]\s*|\s+og\s+/)
		.map((name) => name.trim())
		.filter((name) => name !== '');

/** The fact a labelled front-page line states, or undefined for a line that is not one. */
export function frontPageFact(text: string): FrontPageFact | undefined {
	const match = labelled.exec(text.trim());
	if (!match?.groups) return undefined;
	const key = labels.find(([pattern]) => pattern.test(match.groups!.label!.trim()))?.[1];
	const value = match.groups.value!.trim();
	if (!key) return undefined;
	if (key === 'end') return { key };
	if (key === 'date') {
		const date = parseDanishDate(value);
		return date ? { key, date, time: parseClockTime(value.replace(/^.*?\d{4}/, '')) } : undefined;
	}
	if (key === 'time') {
		const time = parseClockTime(value);
		return time ? { key, time } : undefined;
	}
	if (value === '') return undefined;
	if (key === 'participants' || key === 'absent') return { key, names: namesOf(value) };
	return { key, value };
}

/** The attendance list a heading on a line of its own opens ("Tilstede", "Afbud"), or undefined. */
export function attendanceList(text: string): 'participants' | 'absent' | 'other' | undefined {
	const trimmed = text.trim();
	if (!attendanceHeading.test(trimmed)) return undefined;
	if (/^(?:afbud|fravær|fraværende)/i.test(trimmed)) return 'absent';
	if (/^(?:sekretær|referent)/i.test(trimmed)) return 'other';
	return 'participants';
}

const statusWord = /^(?:(?:åbent|lukket|endeligt)\s+)?(referat|dagsorden|beslutningsprotokol)$/i;

/**
 * The meeting a running header names, as eDoc's prints it on every page: "<Udvalg> / Referat /
 * Åbent referat / Dato: 12. marts 2019 / Side 2". The reader left it out as furniture, so a front
 * page that starts below it names neither committee nor date itself. The committee is the line
 * next to the document's kind; the date is the header's own.
 */
export function headerFacts(omitted: SourceDocument['omitted']): { committee?: string; status?: 'referat' | 'dagsorden'; date?: string } {
	const furniture = (omitted ?? []).filter((entry) => /sidehoved|sidefod/.test(entry.reason));
	const firstPage = furniture[0]?.at.page;
	const lines = furniture.filter((entry) => entry.at.page === firstPage).map((entry) => entry.text.trim());
	const facts: { committee?: string; status?: 'referat' | 'dagsorden'; date?: string } = {};
	const kind = lines.findIndex((text) => statusWord.test(text));
	if (kind >= 0) {
		const word = statusWord.exec(lines[kind]!)![1]!.toLowerCase();
		facts.status = word === 'dagsorden' ? 'dagsorden' : 'referat';
		const named = [lines[kind - 1], lines[kind + 1]].find((text) => text !== undefined && isCommitteeLike(text));
		if (named) facts.committee = named;
	}
	for (const text of lines) {
		const fact = frontPageFact(text);
		if (fact?.key === 'date' && !facts.date) facts.date = fact.date;
	}
	return facts;
}

/** A line that may name a committee: words, no figures, no label, not a list heading or a document kind. */
export function isCommitteeLike(text: string): boolean {
	const trimmed = text.trim();
	return /\p{L}{3}/u.test(trimmed) && !/\d/.test(trimmed) && !trimmed.includes(':') && trimmed.length <= 90 && !attendanceHeading.test(trimmed) && !statusWord.test(trimmed);
}

/** The words a body's name ends in or holds: "Teknik- og Miljøudvalget", "Byrådet", "Hennys testudvalg". */
const bodyWord = /(?:udvalg|udvalget|byråd|byrådet|kommunalbestyrelse|kommunalbestyrelsen|magistrat|magistraten|råd|rådet|regionsråd|bestyrelse|bestyrelsen|direktion|direktionen|forum|gruppe|gruppen|nævn|nævnet|sogneråd|sogneraad)\b/i;

/**
 * A line that names a body, not people: committee-like and with a body's word ("Udvalget for plan,
 * udvikling og kultur (PUK)"), without the party letters of a list of names. Read so where an attendance list is open, since a list of
 * names is committee-like too.
 */
export const namesABody = (text: string): boolean => isCommitteeLike(text) && bodyWord.test(text) && !/\([A-ZÆØÅ]{1,2}\)/.test(text);

/** Names of an attendance list, added to those the page gave before (a list wraps onto more lines). */
export function addNames(context: ParseContext, key: 'participants' | 'absent', names: readonly string[], line: SourceLine): void {
	context.fact(key, [...(context.facts[key] ?? []), ...names], line);
	context.consume(line, key === 'participants' ? 'deltagere (i frontmatter)' : 'fraværende (i frontmatter)', ...names);
}

/**
 * Records what a labelled front-page line states in a layout's facts, its words as consumed: the
 * first date and committee the page gives win, and a repetition is dropped by name.
 */
export function recordFrontPageFact(context: ParseContext, fact: FrontPageFact, line: SourceLine): void {
	if (fact.key === 'date' && !context.facts.date) {
		context.fact('date', fact.date, line);
		context.fact('time', fact.time, line);
		context.consume(line, 'mødedato (dato og tid i frontmatter)', fact.date, fact.time);
	} else if (fact.key === 'time') {
		context.fact('time', fact.time, line);
		context.consume(line, 'mødetidspunkt (i frontmatter)', fact.time);
	} else if (fact.key === 'location') {
		context.fact('location', fact.value, line);
		context.consume(line, 'mødested (i frontmatter)', fact.value);
	} else if (fact.key === 'committee' && !context.facts.committee) {
		context.fact('committee', fact.value, line);
		context.consume(line, 'udvalg (i frontmatter)', fact.value);
	} else if (fact.key === 'participants' || fact.key === 'absent') addNames(context, fact.key, fact.names, line);
	else context.drop(line, fact.key === 'end' ? 'mødets sluttidspunkt (arkivet viser starttidspunktet)' : 'gentaget mødeoplysning');
}
