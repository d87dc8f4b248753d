import type { Block, Location } from '../../2-read/document/source-document.ts';
import { blockUnit } from '../../2-read/document/units.ts';
import { fragmentBlocks } from '../../2-read/html-reader.ts';
import { headingKind } from '../section-vocabulary.ts';
import { normaliseLine, type SourceLine } from '../../2-read/source-lines.ts';
import type { ParsedSection } from '../types.ts';
import { append } from '../../append.ts';

/**
 * The units a layout of a structured export (JSON, XML, an HTML page read by its classes) reads,
 * numbered in the order it reads them, each with where it is: the word ledger and the CPR guard
 * read exactly these.
 */
export class Units {
	readonly all: SourceLine[] = [];
	private next = 1;

	/** A field's plain text as one unit (spaces tidied); empty text gives a unit without words. */
	text(value: string, at: Location): SourceLine {
		const unit = { n: this.next++, text: normaliseLine(value.replace(/\s+/g, ' ')).text.trim(), indent: 0, at };
		this.all.push(unit);
		return unit;
	}

	/** Each block as a unit. */
	blocks(blocks: readonly Block[]): SourceLine[] {
		const units = blocks.map((block) => blockUnit(block, this.next++));
		append(this.all, units);
		return units;
	}

	/** Lines another reader made (a PDF a package carries), renumbered in reading order; each keeps where it is. */
	lines(lines: readonly SourceLine[]): SourceLine[] {
		const units = lines.map((line) => ({ ...line, n: this.next++ }));
		append(this.all, units);
		return units;
	}

	/** The blocks of an HTML field, as units. */
	html(html: string, at: Location): SourceLine[] {
		return this.blocks(fragmentBlocks(html, at));
	}
}

/** A section under a field's caption: its kind from the shared vocabulary, or plain text under its caption. */
export function captioned(caption: string, lines: SourceLine[], line: number, at?: Location): ParsedSection {
	const heading = caption.replace(/\s+/g, ' ').replace(/:$/, '').trim();
	return { kind: headingKind(heading) ?? 'text', heading, line, ...(at ? { at } : {}), lines };
}

/** A member as the minutes list one: spaces tidied, and the party letter in parentheses when the export gives it apart. */
export function memberName(name: string, party?: string): string {
	const tidy = name.replace(/\s+/g, ' ').trim();
	const letter = party?.trim();
	return letter && !/\([^)]*\)$/.test(tidy) ? `${tidy} (${letter})` : tidy;
}

/** The parts of a system's timestamp, day first ("07-05-2013 11:16:47") or year first ("2017-10-12T11:54:45.48+02:00"). */
function stampParts(stamp: string): { year: string; month: string; day: string; hour?: string; minute?: string; second?: string } | undefined {
	const text = stamp.trim();
	const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
	const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
	const [year, month, day, hour, minute, second] = dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]] : ymd ? ymd.slice(1) : [];
	if (!year) return undefined;
	return { year, month: month!.padStart(2, '0'), day: day!.padStart(2, '0'), ...(hour ? { hour: hour.padStart(2, '0'), minute: minute! } : {}), ...(second ? { second } : {}) };
}

/**
 * A system's timestamp as a sortable local time, `YYYY-MM-DDTHH:MM` or `…:SS` as precise as it is
 * (the clock as stated, offset aside); none without a clock.
 */
export function systemTimestamp(stamp: string): string | undefined {
	const parts = stampParts(stamp);
	if (!parts?.hour) return undefined;
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}${parts.second ? `:${parts.second}` : ''}`;
}

/** "02-05-2017 10:00", "2013-06-20 10:30", "15-05-2013 16:30:00": the date, and the clock unless it is midnight (no time given). */
export function systemDateTime(stamp: string): { date: string; time: string | undefined } | undefined {
	const parts = stampParts(stamp);
	if (!parts) return undefined;
	const time = parts.hour === undefined || (parts.hour === '00' && parts.minute === '00') ? undefined : `${parts.hour}:${parts.minute}`;
	return { date: `${parts.year}-${parts.month}-${parts.day}`, time };
}
