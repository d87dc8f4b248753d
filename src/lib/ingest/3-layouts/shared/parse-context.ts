import { wordsNotIn } from '../../words.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import type { Diagnostic, Dropped, MeetingFacts, ParsedItem, ParsedMeeting, ParsedSection } from '../types.ts';

/**
 * What a parser builds as it reads. Every line it does not pass on as text goes through `consume`
 * (its words move into fields) or `drop` (page furniture), so the loss check knows where each word went.
 */
export class ParseContext {
	readonly facts: MeetingFacts = {};
	readonly factLines: ParsedMeeting['factLines'] = {};
	readonly items: ParsedItem[] = [];
	readonly sections: ParsedSection[] = [];
	readonly dropped: Dropped[] = [];
	readonly warnings: Diagnostic[] = [];

	/** Records a fact the text states; `kept` are the values the output will carry for the line. */
	fact<K extends keyof MeetingFacts>(key: K, value: MeetingFacts[K], line: SourceLine): void {
		if (value === undefined) return;
		this.facts[key] = value;
		this.factLines[key] = line.n;
	}

	/** A line whose content moves into fields; the words not in `kept` are reported as dropped. */
	consume(line: SourceLine, reason: string, ...kept: (string | undefined)[]): void {
		const lost = wordsNotIn(line.text, kept.filter((k): k is string => k !== undefined));
		if (lost.length > 0) this.dropped.push({ line: line.n, ...(line.at ? { at: line.at } : {}), words: lost, reason });
	}

	/** A line dropped whole, on purpose. */
	drop(line: SourceLine, reason: string): void {
		this.consume(line, reason);
	}

	warn(message: string, line?: SourceLine | number): void {
		const where = typeof line === 'number' ? { line } : line ? { line: line.n, ...(line.at ? { at: line.at } : {}) } : {};
		this.warnings.push({ message, ...where });
	}

	result(): Omit<ParsedMeeting, 'units'> {
		return {
			facts: this.facts,
			factLines: this.factLines,
			items: this.items,
			sections: this.sections,
			dropped: this.dropped,
			warnings: this.warnings,
		};
	}
}
