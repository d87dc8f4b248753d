import type { SourceLine } from '../../2-read/source-lines.ts';
import { linesOf } from '../shared/line-layout.ts';
import { ParseContext } from '../shared/parse-context.ts';
import type { Layout, ParsedMeeting, ParsedSection } from '../types.ts';
import { readsAsDecision } from '../../../decisions/classify-decision.ts';
import { hasProtocolDate, isSignatureDateLine, protocolDate, type ProtocolDate, type RunningDate } from './protocol-date.ts';

const weekday = '(?:Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)';
/**
 * The line that opens a meeting: "Aar 1940 Onsdag d. 24' Jan.", "Aar 1942. den 6 Januar afholdtes
 * Sogneraadsmøde", "Aar 1944 6 Januar var Sogneraadet forsamlet", "Ordinært Sogneraadsmøde",
 * "Ordinær Møde d. 12/9 1944", "Tirsdag den 14. Oktober 1941.", "Sogneraadsmøde den 1. April 1941.",
 * "Elev Sogneraad afholdt i Dag Møde" (dated only in its signature line), "13 Møde" (a book that
 * numbers its meetings, the date on the next line).
 */
const opening = new RegExp(
	`^(?:Aar\\s+\\d{4}\\.?\\s+(?:${weekday}|d\\.|den\\s|\\d{1,2}\\.?\\s+[A-Za-zæøåÆØÅ]{3,})|${weekday},?\\s+(?:d\\.|den)\\s|(?:Ordinært?\\s+|Ekstraordinært?\\s+)?Sogne?raadsmøde\\b|(?:Ordinært?\\s+|Ekstraordinært?\\s+)?(?:Sogneraads|Byraads|Amtsraads)?[Mm]øde\\s+(?:d\\.|den)\\s|(?:[A-ZÆØÅ][A-Za-zæøåÆØÅ-]+\\s+)?Sogne?raad(?:et)?\\s+(?:afholdt|afholdte|holdt|af)\\s+(?:i\\s+Dag\\s+)?Møde\\b|\\d{1,2}\\.?\\s+Møde$)`,
	'i',
);
/** "Kl. 3 Aften", "Kl 19", "Kl. 7": the clock, afternoon hours made so. */
// "Kl. 1500": the hours and minutes may be run together.
const clock = /\bKl\.?\s*(\d{1,2})(?:[.:]?(\d{2}))?(?:\s*-\s*\d{1,2})?\s*(Aften|Eftm\.?|Eftermiddag)?/i;
const closing = /^Mødet\s+(hævet|sluttet|slut)\.?$/i;
/** An item's number alone on a line ("1.", "7"), or leading its text ("1. Meddelelser fra Formanden."). */
const numbered = /^(\d{1,2})\.?(?:\s+(\S.*))?$/;
/**
 * The line of a paragraph where its decision starts: the first after the subject that begins with a
 * capital and reads as a decision ("Man bevilgede 25 Kr.", "Udsat.", "Anbefales paa de sædv.
 * Vilkaar."); -1 when none does. A wrapped subject's next line starts in lower case.
 */
function decisionStart(paragraph: readonly SourceLine[], alone: boolean): number {
	for (let at = 1; at < paragraph.length; at++) {
		const text = paragraph[at]!.text.trim();
		const rest = paragraph.slice(at).map((line) => line.text.trim()).join(' ');
		// A short sentence that closes the paragraph on a line of its own ("Udsat.", "Anbefales.").
		const closing = at === paragraph.length - 1 && /^\p{Lu}[^.]{0,40}\.$/u.test(text);
		// A new sentence: after a full stop, or the council's own formula ("Man vedtog", "Sogneraadet bevilgede").
		const starts = /^\p{Lu}/u.test(text) && (closing || /\.$/.test(paragraph[at - 1]!.text.trim()) || /^(?:Man|Sogneraadet|Sognerådet|Udvalget|Raadet|Rådet)\s/.test(text));
		// Where a later paragraph holds a decision too (Tiset 1940's way), only the closing sentence is taken from this one.
		if (starts && readsAsDecision(rest) && (alone || closing)) return at;
	}
	return -1;
}

/**
 * Whether a paragraph is a decision whole, subject and all: "Man bevilgede teknisk Skole / et
 * Tilskud paa 20 Kr. pr. Elev.", "Behandling af Budget / for 1941/42 vedtoges en- / stemmigt."
 */
const isDecision = (paragraph: readonly SourceLine[]) => readsAsDecision(paragraph.map((line) => line.text.trim()).join('\n'));

/** A decision and nothing else, in a few words on one line ("Til Efterretning.", "Bevilges"). */
const isBareDecision = (paragraph: readonly SourceLine[]) => paragraph.length === 1 && paragraph[0]!.text.trim().split(/\s+/).length <= 6 && isDecision(paragraph);

/** Paragraphs as one text section, a blank line between them. */
const textOf = (paragraphs: readonly SourceLine[][]): ParsedSection => ({
	kind: 'text',
	line: paragraphs[0]![0]!.n,
	lines: paragraphs.flatMap((paragraph, index) => (index > 0 ? [{ n: paragraph[0]!.n, text: '', indent: 0 }, ...paragraph] : paragraph)),
});

/** Function words a signature line never holds ("Til Efterretning" is a decision, not a name). */
const notNames = new Set(['til', 'af', 'for', 'med', 'om', 'ved', 'paa', 'på', 'i', 'og', 'fra', 'at', 'den', 'det', 'de', 'en', 'et', 'som', 'er', 'var', 'blev', 'intet', 'ingen', 'do']);

/** A line of names only: each word capitalised or an initial, no digits, no function words. */
function isNameLine(text: string): boolean {
	const words = text.trim().split(/\s+/);
	if (words.length === 0 || words.length > 8 || /\d/.test(text)) return false;
	// Initials may be run into the name, as hands sign ("P.Sørensen", "S.P.Sørensen.").
	return words.every((word) => /^(?:[A-ZÆØÅ]\.)*[A-ZÆØÅ][\p{L}]*\.?$/u.test(word) && !notNames.has(word.toLowerCase().replace(/\.$/, '')));
}

/** Paragraphs: runs of non-blank lines. */
function paragraphs(lines: readonly SourceLine[]): SourceLine[][] {
	const out: SourceLine[][] = [];
	let current: SourceLine[] = [];
	for (const line of lines) {
		if (line.text.trim() === '') {
			if (current.length > 0) out.push(current);
			current = [];
		} else current.push(line);
	}
	if (current.length > 0) out.push(current);
	return out;
}

/** The joined text of lines, with words split at a line's end ("Sogne-", or the old hand's "Sogne=") put together again. */
function joined(lines: readonly SourceLine[]): string {
	return lines.map((line) => line.text.trim()).reduce((text, next) => (/\p{L}[-=]$/u.test(text) && /^\p{Ll}/u.test(next) ? text.slice(0, -1) + next : `${text} ${next}`.trim()), '');
}

/**
 * An item's title: its opening paragraph, as long as a title can be. The period's capitalised nouns
 * and abbreviations ("ang. Forhøjelse") make sentence ends unreliable, so the paragraph is cut at a word.
 */
function titleOf(text: string): string {
	const clean = text.replace(/[.:]$/, '').trim();
	if (clean.length <= 110) return clean;
	const cut = clean.slice(0, 110);
	return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/**
 * The date that closes a meeting in its signatures ("Elev Sogneraad d. 23/8 1939"), searched from
 * the meeting's end: some books date a meeting only there.
 */
function signatureDate(blocks: readonly SourceLine[][], running: RunningDate): { date: ProtocolDate; line: SourceLine } | undefined {
	for (const line of blocks.flat().toReversed()) {
		if (!isSignatureDateLine(line.text)) continue;
		const date = protocolDate(line.text, running);
		if (date) return { date, line };
	}
	return undefined;
}

/**
 * Typed transcriptions of hand-written protocols (parish councils, 1939–43), and scans of them with
 * the transcription as their text layer: one file, many meetings. Each opens with its date ("Aar
 * 1940 Onsdag d. 24' Jan. Kl. 3 Aften.", "Ordinært Sogneraadsmøde / Tirsdag, den 14. Januar
 * 1941.") or states it only in the signature line at its end ("Elev Sogneraad d. 23/8 1939"), and
 * ends with "Mødet hævet." and the members' signatures. Items are numbered alone on a line or
 * leading their text, or not numbered at all, each case followed by its decision (written to its
 * right in the two-column books); the decision is unlabelled. Spelling is the period's and is kept.
 */
export const protocol: Layout = {
	name: 'protokol',
	label: 'Protokol (maskinskrevet afskrift)',
	detect(document) {
		if (document.container !== 'text' && document.container !== 'pdf') return 0;
		const lines = linesOf(document);
		// A meeting is dated in its opening, or in its signature line when the opening is not.
		const openings = paragraphs(lines).filter((paragraph) => opening.test(paragraph[0]!.text.trim()) && hasProtocolDate(joined(paragraph.slice(0, 2)))).length;
		const signed = lines.filter((line) => isSignatureDateLine(line.text)).length;
		const closings = lines.filter((line) => closing.test(line.text.trim())).length;
		return Math.max(openings, signed) >= 2 ? Math.min(0.95, 0.6 + 0.1 * Math.min(closings, 3)) : 0;
	},
	parse(document) {
		const lines = linesOf(document);
		const blocks = paragraphs(lines);
		const fileYear = Number(/(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)/.exec(document.path.split('/').pop() ?? '')?.[1]) || undefined;
		const running: RunningDate = { ...(fileYear ? { year: fileYear } : {}), month: 1 };
		// The most precise name the book gives its council ("Tiset Sogneraad") names every meeting in it.
		// A joint parish's name has its two parts joined however the hand wrote it ("Ormslev - Kolt", "Ormslev Kolt").
		const found = /\b([A-ZÆØÅ][\p{L}]+(?:[ \t]*-[ \t]*[A-ZÆØÅ][\p{L}]+|[ \t]+(?!Sogne?raad)[A-ZÆØÅ][\p{L}]+)?[ \t]+Sogne?raad)\b/u.exec(lines.map((line) => line.text).join('\n'))?.[1];
		const named = found?.replace(/\s*-\s*/, '-').replace(/^(\p{Lu}\p{L}+) (\p{Lu}\p{L}+) (Sogne?raad)$/u, '$1-$2 $3');

		const candidates = blocks.flatMap((paragraph, index) => (opening.test(paragraph[0]!.text.trim()) ? [index] : []));
		const starts: { index: number; date: ProtocolDate; dateLine: SourceLine }[] = [];
		for (const [position, index] of candidates.entries()) {
			const paragraph = blocks[index]!;
			// The opening's own date wins; where it has none, the signature line's up to the next opening.
			const stated = protocolDate(joined(paragraph.slice(0, 3)), running);
			const found = stated ? { date: stated, line: paragraph[0]! } : signatureDate(blocks.slice(index, candidates[position + 1] ?? blocks.length), running);
			if (!found) continue;
			running.year = found.date.year;
			running.month = found.date.month;
			starts.push({ index, date: found.date, dateLine: found.line });
		}
		return starts.map(({ index, date, dateLine }, position) => {
			const end = starts[position + 1]?.index ?? blocks.length;
			// What stands before the first meeting is the end of one the book before began (its date is there).
			const before = position === 0 ? blocks.slice(0, index) : [];
			return parseMeeting(blocks.slice(index, end), date.date, dateLine, named, before);
		});
	},
};

/**
 * A name without the village the book adds to tell namesakes apart ("Jens Jensen Trige"): a last
 * word the meeting also names as a place ("i Trige", "Trige Forsamlingshus", "Trige Skole").
 */
function withoutPlace(name: string, text: string): string {
	const words = name.split(/\s+/);
	const last = words.at(-1)!;
	if (words.length < 3) return name;
	const place = new RegExp(`\\bi\\s+${last}\\b|\\b${last}\\s+(?:Forsamlingshus|Skole|Sogn|By|Kirke|Præstegaard)\\b`, 'u');
	return place.test(text) ? words.slice(0, -1).join(' ') : name;
}

function parseMeeting(blocks: SourceLine[][], date: string, dateLine: SourceLine, named: string | undefined, before: readonly SourceLine[][]): ParsedMeeting {
	const context = new ParseContext();
	const units = [...before.flat(), ...blocks.flat()];
	for (const line of before.flat()) context.drop(line, 'før bogens første daterede møde: slutningen af et møde fra den forrige protokol, eller bogens egen forside og fortegnelser; udgives ikke');
	const header = blocks[0]!;
	const headText = joined(header);
	context.fact('date', date, dateLine);
	context.fact('status', 'referat', header[0]!);
	const committee = named ?? (/Sogne?raad/i.test(headText) ? 'Sogneraadet' : undefined);
	if (committee) context.fact('committee', committee, header[0]!);
	const time = clock.exec(headText);
	if (time) {
		let hour = Number(time[1]);
		if (time[3] && hour < 12) hour += 12;
		// "Kl. 7" alone may be morning or evening; the protocol does not say, so no time is given.
		if (hour < 24 && (time[3] || hour >= 12)) context.fact('time', `${String(hour).padStart(2, '0')}:${time[2] ?? '00'}`, header[0]!);
	}
	const place = /Møde\s+i\s+([A-ZÆØÅ][^,.]*?)(?=\s+Kl\b|,|\.|$)/.exec(headText)?.[1];
	if (place) context.fact('location', place.trim(), header[0]!);
	const everything = units.map((line) => line.text).join(' ');
	const absent = [
		// A name's initials end in a full stop too ("med Undtagelse af P. Sørensen"): the name ends at a full stop after a word.
		...headText.matchAll(/med\s+Undtagelse\s+af\s+((?:[A-ZÆØÅ][\p{L}]*\.?\s*)+?)(?=[;,]|(?<!(?:^|\s)\p{Lu})\.\s|\.?$|\s+(?:[Ff]ølgende|Der|Man|Sogneraadet|Raadet|Mødet|Til)\b)/gu),
		...everything.matchAll(/((?:[A-ZÆØÅ][\p{L}]*\.?\s+){0,3}[A-ZÆØÅ][\p{L}]+)\s+(?:var\s+)?fraværende/gu),
	].map((match) => withoutPlace(match[1]!.trim().replace(/(\p{L}{2,})\.$/u, '$1').replace(/^(Ingeniør|Gaardejer|Gdr\.|Lærer|Fru|Hr\.|Sognefoged|Pastor)\s+/, ''), everything));
	if (absent.length > 0) context.fact('absent', absent, header[0]!);
	// The opening paragraph stays on the meeting's page: it says who met, where and how.
	context.sections.push({ kind: 'text', line: header[0]!.n, lines: header });

	// The book's year at the head of a page ("1942."), alone between paragraphs: the page's, not the meeting's.
	const pageYear = /^(?:1[6-9]|20)\d\d\.?$/;
	for (const line of blocks.slice(1).filter((paragraph) => paragraph.length === 1 && pageYear.test(paragraph[0]!.text.trim())).flat()) context.drop(line, 'protokollens årstal øverst på siden');
	// The signatures: the name lines that end the meeting, after "Mødet hævet." or the last decision,
	// with the line that dates the meeting among them ("Elev Sogneraad d. 23/8 1939").
	let body = blocks.slice(1).filter((paragraph) => !(paragraph.length === 1 && pageYear.test(paragraph[0]!.text.trim())));
	const signatures: SourceLine[] = [];
	while (body.length > 0) {
		const last = body.at(-1)!;
		let cut = last.length;
		while (cut > 0 && (isNameLine(last[cut - 1]!.text) || isSignatureDateLine(last[cut - 1]!.text))) cut--;
		if (cut === last.length) break;
		signatures.unshift(...last.slice(cut));
		body = cut === 0 ? body.slice(0, -1) : [...body.slice(0, -1), last.slice(0, cut)];
		if (cut > 0) break;
	}
	const closingAt = body.findIndex((paragraph) => paragraph.some((line) => closing.test(line.text.trim())));
	let after: SourceLine[] = [];
	if (closingAt >= 0) {
		after = body.slice(closingAt).flat();
		body = body.slice(0, closingAt);
	}

	if (!isNumbered(body, units) && rightColumn(body, units).size > 0) {
		readUnnumbered(body, units, context);
		if (after.length > 0) context.sections.push({ kind: 'remarks', line: after[0]!.n, lines: after });
		if (signatures.length > 0) context.sections.push({ kind: 'remarks', heading: 'Underskrifter', line: signatures[0]!.n, lines: signatures });
		return { ...context.result(), units, decidesEveryItem: true };
	}
	// Items: a number alone on a line or leading a paragraph, rising through the meeting.
	let last = 0;
	let current: { number: string; blocks: SourceLine[][] } | undefined;
	const items: { number: string; blocks: SourceLine[][] }[] = [];
	const loose: SourceLine[][] = [];
	const queue = [...body];
	for (let paragraph = queue.shift(); paragraph; paragraph = queue.shift()) {
		// The next item can start inside a paragraph, with no blank line before it, after a decision
		// that ends in a full stop (Vejlby-Risskov 1941: "… 17/11-1941. / 5. Ansøgning fra …").
		const head = numbered.exec(paragraph[0]!.text.trim());
		const next = new RegExp(`^${(head && Number(head[1]) > last ? Number(head[1]) : last) + 1}\\.\\s+\\p{Lu}`, 'u');
		const lines = paragraph;
		const split = lines.findIndex((line, at) => at > 0 && /\.$/.test(lines[at - 1]!.text.trim()) && next.test(line.text.trim()));
		if (split > 0) {
			queue.unshift(paragraph.slice(split));
			paragraph = paragraph.slice(0, split);
		}
		const match = split > 0 ? numbered.exec(paragraph[0]!.text.trim()) : head;
		const number = match ? Number(match[1]) : 0;
		if (match && number > last && number <= last + 3) {
			last = number;
			current = { number: String(number), blocks: [] };
			items.push(current);
			const rest = match[2] ? [{ ...paragraph[0]!, text: match[2] }, ...paragraph.slice(1)] : paragraph.slice(1);
			if (rest.length > 0) current.blocks.push(rest);
			context.consume(paragraph[0]!, 'punktnummer (i frontmatter)', match[1], match[2]);
		} else if (current) current.blocks.push(paragraph);
		else loose.push(paragraph);
	}
	if (loose.length > 0) context.sections.push(textOf(loose));
	// Where a transcription gives a two-column book's columns out of order, cases and decisions no
	// longer stand side by side: numbers with nothing under them, a decision before its case, two
	// decisions in one item. Counted per meeting; see below.
	let irregular = items.filter((item) => item.blocks.length === 0).length;
	for (const item of items) {
		const [first, ...others] = item.blocks;
		if (first && others.length > 0 && isBareDecision(first) && others.some(isDecision)) irregular++;
		const sections: ParsedSection[] = [];
		let title = `Punkt ${item.number}`;
		const start = first ? decisionStart(first, !others.some(isDecision)) : -1;
		if (first && start > 0) {
			// The decision on a line of its own under the subject, with no blank line between
			// (Vejlby-Risskov 1941: "Forslag til Regulativ for Renholdelse af Gader / og Veje. /
			// Vedtoges."); what follows in other paragraphs is the item's text.
			title = titleOf(joined(first.slice(0, start)));
			sections.push({ kind: 'text', line: first[0]!.n, lines: first.slice(0, start) });
			sections.push({ kind: 'decision', line: first[start]!.n, lines: first.slice(start) });
			if (others.length > 0) sections.push(textOf(others));
		} else if (first && (others.length === 0 || /^(?:Man|Sogneraadet|Sognerådet)\s/.test(first[0]!.text.trim())) && isDecision(first)) {
			// The item is its decision: its text is all there is to read.
			title = titleOf(joined(first));
			sections.push({ kind: 'decision', line: first[0]!.n, lines: first });
			if (others.length > 0) sections.push(textOf(others));
		} else if (first && others.length > 0 && isBareDecision(first) && !others.some(isDecision)) {
			// The decision written before its case, as a two-column book's transcription may give the
			// columns ("Til Efterretning" / "Amtsraadet har godkendt at …"): the case is the title.
			title = titleOf(joined(others[0]!));
			sections.push(textOf(others));
			sections.push({ kind: 'decision', line: first[0]!.n, lines: first });
			irregular++;
		} else if (first) {
			title = titleOf(joined(first));
			// One paragraph: a subject line ending in a full stop, then the decision ("Til Efterretning.").
			if (others.length === 0 && first.length >= 2 && /\.$/.test(first[0]!.text.trim()) && first[0]!.text.trim().length < 60) {
				title = titleOf(joined([first[0]!]));
				sections.push({ kind: 'text', line: first[0]!.n, lines: [first[0]!] });
				sections.push({ kind: 'decision', line: first[1]!.n, lines: first.slice(1) });
			} else {
				sections.push({ kind: 'text', line: first[0]!.n, lines: first });
				if (others.length > 0) {
					const middle = others.slice(0, -1);
					if (middle.length > 0) sections.push(textOf(middle));
					const decision = others.at(-1)!;
					sections.push({ kind: 'decision', line: decision[0]!.n, lines: decision });
				}
			}
		}
		context.items.push({ line: (first ?? [])[0]?.n ?? 0, number: item.number, title, closed: false, sections });
	}
	// More than one in ten such items: which decision is whose cannot be told from the text, so no
	// item's decision is read (each is "Ikke aflæst"), and the editor is told. The text stays.
	if (items.length > 0 && irregular > Math.max(1, items.length / 10)) {
		for (const item of context.items) for (const section of item.sections) if (section.kind === 'decision') section.kind = 'text';
		context.warn(`sag og beslutning står ikke parvis i mødet (${irregular} af ${items.length} punkter har et nummer uden tekst, beslutningen før sagen eller to beslutninger); beslutningerne aflæses derfor ikke. Ret afskriften, så hver beslutning står under sin sag`, header[0]!);
	}
	if (after.length > 0) context.sections.push({ kind: 'remarks', line: after[0]!.n, lines: after });
	if (signatures.length > 0) context.sections.push({ kind: 'remarks', heading: 'Underskrifter', line: signatures[0]!.n, lines: signatures });
	return { ...context.result(), units, decidesEveryItem: true };
}

/** Whether the meeting numbers its items: paragraphs that start with 1 and then 2, outside the decisions' column. */
function isNumbered(body: readonly SourceLine[][], units: readonly SourceLine[]): boolean {
	const right = rightColumn(body, units);
	const numbers = body.filter((paragraph) => !right.has(paragraph)).map((paragraph) => numbered.exec(paragraph[0]!.text.trim())?.[1]);
	const one = numbers.indexOf('1');
	return one >= 0 && numbers.indexOf('2', one + 1) > one;
}

/** How far right of its page's text a paragraph must start to stand in the right column (in indent spaces, half the body size each). */
const rightOf = 20;

/**
 * The paragraphs written in the right column of a two-column book (case left, decision right), as
 * a scan's text layer places them: those whose first line starts far right of the leftmost line
 * the meeting has on their page (signatures and all: a page may hold only a decision's last line
 * before them). Empty for a transcription typed in one column.
 */
function rightColumn(body: readonly SourceLine[][], units: readonly SourceLine[]): Set<SourceLine[]> {
	const left = new Map<number | undefined, number>();
	for (const line of units) if (line.text.trim() !== '') left.set(line.at?.page, Math.min(left.get(line.at?.page) ?? Infinity, line.indent));
	return new Set(body.filter((paragraph) => paragraph[0]!.indent - left.get(paragraph[0]!.at?.page)! >= rightOf));
}

/**
 * Items a two-column book does not number (Elsted 1942): each case is a paragraph and its decision
 * the paragraphs written to its right. The items are numbered in their order, for their addresses.
 * A transcription typed in one column says nothing of which paragraph decides, so its unnumbered
 * text stays on the meeting's page.
 */
function readUnnumbered(body: readonly SourceLine[][], units: readonly SourceLine[], context: ParseContext): void {
	const right = rightColumn(body, units);
	const items: { case: SourceLine[]; decision: SourceLine[][] }[] = [];
	const loose: SourceLine[][] = [];
	for (const paragraph of body) {
		const current = items.at(-1);
		if (!right.has(paragraph)) items.push({ case: paragraph, decision: [] });
		else if (current) current.decision.push(paragraph);
		else loose.push(paragraph);
	}
	if (loose.length > 0) context.sections.push(textOf(loose));
	for (const [index, item] of items.entries()) {
		const sections: ParsedSection[] = [{ kind: 'text', line: item.case[0]!.n, lines: item.case }];
		if (item.decision.length > 0) sections.push({ ...textOf(item.decision), kind: 'decision' });
		context.items.push({ line: item.case[0]!.n, number: String(index + 1), title: titleOf(joined(item.case)), closed: false, sections });
	}
}
