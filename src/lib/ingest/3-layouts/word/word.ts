import type { Paragraph, Table } from 'mdast';
import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import { blockText, unitsOf } from '../../2-read/document/units.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { headingKind } from '../section-vocabulary.ts';
import { frontPageFact, namesABody, recordFrontPageFact } from '../shared/front-page.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { closedMarker, splitSections } from '../shared/split-sections.ts';
import type { Layout, ParsedItem } from '../types.ts';

/** "1. Godkendelse af dagsordenen", "Punkt 715: Kulturkommune 2017", "12 Budget 2026": an item's number and title. */
const itemLine = /^(?:Punkt\s+)?(\d{1,4})(?:\.|:|\s)\s*(\S.*)$/;
/** An entry of a table of contents: the title, then its page number. */
const tocEntry = /^(.*\S)\s+\d{1,3}$/;
const tableOfContents = /^(indholdsfortegnelse|indhold)$/i;
/** The labelled facts of a Word export's front table ("Mødedato:", "Medlemmer:", "Afbud:"). */
const factLabel = /^(Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Mødelokale|Mødested|Sted|Lokale|Medlemmer|Deltagere|Mødedeltagere|Afbud|Fraværende)\s*:?$/i;
/** An item's labelled facts: its case number and who decides. */
const itemLabel = /^(Sagsnr\.?(?: i ESDH)?|Sagsnummer|Sag nr\.?|Journalnr\.?|J\.\s?nr\.?|Beslutningskompetence|Kompetence|Sagsbehandler|Dokumentnr\.?)\s*:?$/i;
/** "Sagsnr.: 12/27845" as a paragraph under an item's title (Acadre's Word documents). */
const caseParagraph = /^(?:Sagsnr\.?|Sagsnummer|Sag nr\.?|Journalnr\.?|J\.\s?nr\.?)\s*:?\s*(\S+)$/i;
/** "Kl. 10:30", "kl. 10.30 - 12.00": the meeting's time on a line of its own. */
const clockLine = /^kl\.?\s*\d{1,2}[.:]\d{2}\b/i;
/** A place as front pages print it: a venue, a room, an address. */
const placeLike = /\d|,|rådhus|center|centret|lokale|\bsal\b|sal$|vej\b|gade\b|plads\b|skole|\bhus\b|hotel|kro\b/i;
/** "Afbud: Torben Martinsen, Lars Thomsen" under an item: who was not there for it. */
const inlineAbsence = /^(Afbud|Fraværende|Fravær)\s*:\s*(\S.*)$/i;

const cells = (table: Table): string[][] => blockText(table).split('\n').map((row) => row.split('\t').map((cell) => cell.trim()));
const names = (text: string) => text.split(/\s*[,;]\s*/).map((name) => name.trim()).filter((name) => name !== '');

/** "Økonomiudvalgets møde" → "Økonomiudvalget", "Byrådets møde" → "Byrådet". */
function committeeOfMeeting(text: string): string | undefined {
	const match = /^(.+?[a-zæøå])s møde$/i.exec(text.trim());
	return match?.[1];
}

/** A paragraph unit of its own for a part of a split line, so that Markdown renders each part once. */
function part(unit: SourceLine, text: string): SourceLine {
	const block: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }], ...(unit.block && 'data' in unit.block && unit.block.data ? { data: unit.block.data } : {}) };
	return { ...unit, text, ...(unit.block ? { block } : {}) };
}

/**
 * Indexes of the units that open an item: a number and a title (not an entry of the table of
 * contents), with the item's labelled facts or a section of the shared vocabulary right after, or
 * marked as a heading; numbers rise through a meeting.
 */
function itemStarts(units: readonly SourceLine[], from: number): number[] {
	const starts: number[] = [];
	let last = 0;
	for (let index = from; index < units.length; index++) {
		const unit = units[index]!;
		const match = itemLine.exec(unit.text.trim());
		if (!match || (unit.block && unit.block.type !== 'paragraph' && unit.block.type !== 'heading')) continue;
		const number = Number(match[1]);
		if (number <= last) continue;
		const next = units.slice(index + 1).find((candidate) => candidate.text.trim() !== '');
		const facts = next?.block?.type === 'table' && cells(next.block).some(([label]) => itemLabel.test(label ?? ''));
		const captioned = next !== undefined && headingKind(next.text) !== undefined;
		const cased = next !== undefined && next.block?.type !== 'table' && caseParagraph.test(next.text.trim());
		if (unit.block?.type === 'heading' || facts || captioned || cased) {
			starts.push(index);
			last = number;
		}
	}
	return starts;
}

/**
 * A municipality's Word export of an agenda or minutes. The variants, and how each is told apart:
 * - **A front table** of labelled facts (Glostrup's agenda portal: the kind, "<udvalg>s møde",
 *   Mødedato, Mødetidspunkt, Mødelokale, Medlemmer, Afbud), a table of contents, then per item its
 *   number and title ("- (FOR LUKKEDE DØRE)" for a closed one) over a table of its case number and
 *   authority.
 * - **A front page of lines** (Acadre's Word documents): "Referat", the committee's full name, the
 *   meeting's name, "Torsdag den 20. juni 2013", "Kl. 10:30", the address; items by running number
 *   ("715. …") over "Sagsnr.: …".
 * Both: captioned sections, "Beslutning i <udvalg> den <dato>", "Afbud:", and the signature page.
 */
export const word: Layout = {
	name: 'word',
	label: 'Word-eksport',
	detect(document) {
		if (document.container !== 'docx') return 0;
		const units = unitsOf(document.blocks);
		const front = units.slice(0, 5).some((unit) => unit.block?.type === 'table' && cells(unit.block).some(([label]) => factLabel.test(label ?? '')));
		return itemStarts(units, 0).length > 0 ? (front ? 0.85 : 0.7) : 0;
	},
	parse(document) {
		const context = new ParseContext();
		const units: SourceLine[] = [];
		for (const unit of unitsOf(document.blocks)) {
			const absence = unit.block?.type === 'paragraph' ? inlineAbsence.exec(unit.text.trim()) : undefined;
			if (absence) units.push(part(unit, `${absence[1]}:`), part(unit, absence[2]!));
			else units.push(unit);
		}
		units.forEach((unit, index) => (unit.n = index + 1));

		let index = 0;
		const front: FrontState = {};
		let variant = 'forside i linjer';
		// The front: the facts' table, and anything before the table of contents or the first item.
		const firstStart = itemStarts(units, 0)[0] ?? units.length;
		for (; index < firstStart; index++) {
			const unit = units[index]!;
			if (tableOfContents.test(unit.text.trim())) break;
			if (unit.block?.type === 'table') {
				frontTable(unit, unit.block, context);
				variant = 'forside med faktatabel';
			}
			else if (/^(referat|dagsorden|beslutningsprotokol)$/i.test(unit.text.trim())) {
				context.fact('status', /dagsorden/i.test(unit.text) ? 'dagsorden' : 'referat', unit);
				context.consume(unit, 'dokumentets art (status i frontmatter)', unit.text);
			} else if (!frontLine(unit, context, front)) {
				if (unit.text.trim() !== '') context.sections.push({ kind: 'text', line: unit.n, ...(unit.at ? { at: unit.at } : {}), lines: [unit] });
			}
		}
		// The table of contents: its heading and entries up to the first line that is none.
		if (index < units.length && tableOfContents.test(units[index]!.text.trim())) {
			context.drop(units[index]!, 'indholdsfortegnelse');
			for (index++; index < units.length; index++) {
				const text = units[index]!.text.trim();
				const entry = tocEntry.exec(text);
				// An entry names a title printed again later (an item, the signature page) with its page number.
				const isEntry = entry !== null && (tableOfContents.test(entry[1]!) || units.some((later, at) => at > index && later.text.trim().startsWith(entry[1]!) && later.text.trim() !== text));
				if (text === '' || / Side$/.test(text) || isEntry) context.drop(units[index]!, 'indholdsfortegnelse');
				else break;
			}
		}
		const starts = itemStarts(units, index);
		if (starts.length > 0 && starts[0]! > index) {
			const lines = units.slice(index, starts[0]).filter((unit) => unit.text.trim() !== '');
			if (lines.length > 0) context.sections.push({ kind: 'text', line: lines[0]!.n, ...(lines[0]!.at ? { at: lines[0]!.at } : {}), lines });
		}
		for (const [position, start] of starts.entries()) {
			const end = starts[position + 1] ?? units.length;
			const head = units[start]!;
			const [, number, printed] = itemLine.exec(head.text.trim())!;
			const { title, closed } = closedMarker(printed!.trim());
			context.consume(head, 'punktoverskrift (nummer og titel i frontmatter)', number, title);
			const item: ParsedItem = { line: head.n, number: number!, title, closed, sections: [] };
			let body = units.slice(start + 1, end);
			const signature = body.findIndex((unit) => /^underskrift(sside|er)?\b/i.test(unit.text.trim()));
			if (signature >= 0) {
				signaturePage(body.slice(signature), context);
				body = body.slice(0, signature);
			}
			const rest: SourceLine[] = [];
			for (const unit of body) {
				const cased = !item.caseNumber && unit.block?.type !== 'table' ? caseParagraph.exec(unit.text.trim()) : undefined;
				if (unit.block?.type === 'table' && cells(unit.block).every((row) => row.every((cell) => cell === '') || itemLabel.test(row[0] ?? ''))) itemTable(unit, unit.block, item, context);
				else if (cased && rest.every((earlier) => earlier.text.trim() === '')) {
					item.caseNumber = cased[1]!;
					context.consume(unit, 'sagsnummer (i frontmatter)', cased[1]);
				} else rest.push(unit);
			}
			item.sections = splitSections(rest, context, {
				heading: (unit) => (/^(afbud|fraværende|fravær):$/i.test(unit.text.trim()) ? { kind: 'remarks', heading: unit.text.trim().replace(/:$/, '') } : undefined),
			});
			context.items.push(item);
		}
		if (starts.length === 0) {
			const lines = units.slice(index).filter((unit) => unit.text.trim() !== '');
			if (lines.length > 0) context.sections.push({ kind: 'text', line: lines[0]!.n, ...(lines[0]!.at ? { at: lines[0]!.at } : {}), lines });
		}
		return [{ ...context.result(), units, variant }];
	},
};

/** What the front page's lines have said so far. */
interface FrontState {
	/** The line that stated the date or the time: a place printed right under it is the meeting's. */
	after?: number;
}

/**
 * A line of a front page printed as paragraphs, as Acadre's Word documents print it ("Referat",
 * the committee's full name, the meeting's name, "Torsdag den 20. juni 2013", "Kl. 10:30", the
 * address), or labelled ("Mødested: …"). Returns false for a line that states none of the facts:
 * it stays text (the meeting's name).
 */
function frontLine(unit: SourceLine, context: ParseContext, state: FrontState): boolean {
	const text = unit.text.trim();
	if (text === '' || unit.block?.type === 'table') return false;
	const fact = frontPageFact(text);
	if (fact) {
		recordFrontPageFact(context, fact, unit);
		if (fact.key === 'date' || fact.key === 'time') state.after = unit.n;
		return true;
	}
	const date = text.length <= 60 ? parseDanishDate(text) : undefined;
	if (date && !context.facts.date) {
		const time = parseClockTime(text.replace(/^.*?\d{4}/, ''));
		context.fact('date', date, unit);
		context.fact('time', time, unit);
		context.consume(unit, 'mødedato (i frontmatter)', date, time);
		state.after = unit.n;
		return true;
	}
	if (clockLine.test(text) && !context.facts.time) {
		const time = parseClockTime(text);
		context.fact('time', time, unit);
		context.consume(unit, 'mødetidspunkt (i frontmatter)', time);
		state.after = unit.n;
		return true;
	}
	if (!context.facts.committee && context.facts.status && namesABody(text)) {
		context.fact('committee', text, unit);
		context.consume(unit, 'udvalg (i frontmatter)', text);
		return true;
	}
	if (!context.facts.location && state.after === unit.n - 1 && placeLike.test(text) && text.length <= 120) {
		context.fact('location', text, unit);
		context.consume(unit, 'mødested (i frontmatter)', text);
		return true;
	}
	return false;
}

/** The front table: the document's kind and the committee in its first rows, then labelled facts. */
function frontTable(unit: SourceLine, table: Table, context: ParseContext): void {
	const kept: string[] = [];
	for (const row of cells(table)) {
		const filled = row.filter((cell) => cell !== '');
		if (filled.length === 0) continue;
		const [first, ...others] = filled as [string, ...string[]];
		const label = factLabel.exec(first);
		if (!label) {
			const text = filled.join(' ');
			const committee = committeeOfMeeting(text);
			if (/^(referat|dagsorden|beslutningsprotokol)$/i.test(text)) {
				context.fact('status', /dagsorden/i.test(text) ? 'dagsorden' : 'referat', unit);
				kept.push(text);
			} else if (committee) {
				context.fact('committee', committee, unit);
				kept.push(committee);
			} else {
				context.warn(`forsidens linje "${text}" er ikke et kendt felt; den udgives ikke`, unit);
			}
			continue;
		}
		const value = others.join(' ');
		const key = label[1]!.toLowerCase();
		if (/dato/.test(key) || key === 'dato') {
			const date = parseDanishDate(value);
			context.fact('date', date, unit);
			if (date) kept.push(date);
		} else if (/tid/.test(key)) {
			const time = parseClockTime(value);
			context.fact('time', time, unit);
			if (time) kept.push(time);
		} else if (/lokale|sted/.test(key)) {
			context.fact('location', value, unit);
			kept.push(value);
		} else if (/medlemmer|deltagere/.test(key)) {
			context.fact('participants', names(value), unit);
			kept.push(value);
		} else {
			context.fact('absent', names(value), unit);
			kept.push(value);
		}
	}
	context.consume(unit, 'forsidens felter (i frontmatter)', ...kept);
}

/** An item's table: its case number and authority; a case worker's name is not published. */
function itemTable(unit: SourceLine, table: Table, item: ParsedItem, context: ParseContext): void {
	const kept: string[] = [];
	for (const row of cells(table)) {
		const [label, ...others] = row;
		const value = others.filter((cell) => cell !== '').join(' ');
		if (!label || !value) continue;
		if (/^beslutningskompetence|^kompetence/i.test(label)) {
			item.authority = value;
			kept.push(value);
		} else if (/^sagsbehandler/i.test(label)) {
			// A case worker's name is personal data in the system's metadata, not the minutes' text.
		} else if (/^dokumentnr/i.test(label)) {
			// The document number in the ESDH system is an internal reference.
		} else {
			item.caseNumber = value;
			kept.push(value);
		}
	}
	context.consume(unit, 'punktets sagsnummer og kompetence (i frontmatter)', ...kept);
}

/** The signature page: the members who signed, as a meeting section. */
function signaturePage(units: readonly SourceLine[], context: ParseContext): void {
	const lines: SourceLine[] = [];
	let heading: SourceLine | undefined;
	for (const unit of units) {
		if (unit.text.trim() === '') continue;
		if (unit.block?.type === 'table') {
			for (const cell of cells(unit.block).flat().filter((text) => text !== '')) {
				if (/^underskrift/i.test(cell)) heading ??= part(unit, cell);
				else lines.push(part(unit, cell));
			}
		} else if (!heading && /^underskrift/i.test(unit.text.trim())) heading = unit;
		else lines.push(unit);
	}
	if (lines.length > 0) context.sections.push({ kind: 'remarks', heading: heading?.text.trim() ?? 'Underskrifter', line: (heading ?? lines[0]!).n, ...(lines[0]!.at ? { at: lines[0]!.at } : {}), lines });
}
