import type { Block, Location } from '../../document/source-document.ts';
import { blockUnit } from '../../document/units.ts';
import { fragmentBlocks } from '../../readers/html-reader.ts';
import { headingKind } from '../../section-vocabulary.ts';
import { normaliseLine, type SourceLine } from '../../source-lines.ts';
import type { ParsedSection } from '../types.ts';

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
		this.all.push(...units);
		return units;
	}

	/** Lines another reader made (a PDF a package carries), renumbered in reading order; each keeps where it is. */
	lines(lines: readonly SourceLine[]): SourceLine[] {
		const units = lines.map((line) => ({ ...line, n: this.next++ }));
		this.all.push(...units);
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

/**
 * A system's timestamp as a sortable local time, `YYYY-MM-DDTHH:MM` or `…:SS` as precise as it is:
 * "07-05-2013 11:16:47", "2017-10-12T11:54:45.4878045+02:00" (the clock as stated, offset aside).
 */
export function systemTimestamp(stamp: string): string | undefined {
	const text = stamp.trim();
	const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
	const ymd = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
	const [year, month, day, hour, minute, second] = dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]] : ymd ? ymd.slice(1) : [];
	if (!year) return undefined;
	return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}T${hour!.padStart(2, '0')}:${minute}${second ? `:${second}` : ''}`;
}

/** "02-05-2017 10:00", "2013-06-20 10:30", "15-05-2013 16:30:00": the date and the clock of a system's timestamp. */
export function systemDateTime(stamp: string): { date: string; time: string | undefined } | undefined {
	const text = stamp.trim();
	const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T](\d{1,2}):(\d{2}))?/.exec(text);
	const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(text);
	const [year, month, day, hour, minute] = dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5]] : ymd ? [ymd[1], ymd[2], ymd[3], ymd[4], ymd[5]] : [];
	if (!year) return undefined;
	const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
	const time = hour === undefined || (hour === '00' && minute === '00') ? undefined : `${hour.padStart(2, '0')}:${minute}`;
	return { date, time };
}
