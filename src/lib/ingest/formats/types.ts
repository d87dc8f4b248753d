import type { SectionKind } from '../section-vocabulary.ts';
import type { SourceLine } from '../source-lines.ts';
import type { TreatmentHeading } from '../earlier-treatment.ts';
import type { formats } from '../../../schemas/meeting.ts';

export type Format = (typeof formats)[number];

/** A part of an item or a meeting: a heading as printed (none for text before the first) and its lines. */
export interface ParsedSection {
	kind: SectionKind;
	heading?: string;
	line: number;
	lines: SourceLine[];
	treatment?: TreatmentHeading;
	/** For attachment sections: the names, one per attachment, split and cleaned. */
	attachments?: string[];
}

export interface ParsedItem {
	line: number;
	number: string;
	title: string;
	caseNumber?: string;
	authority?: string;
	closed: boolean;
	sections: ParsedSection[];
}

/** Meeting fields a text may state, each with the line that stated it (for disagreement messages). */
export interface MeetingFacts {
	committee?: string;
	date?: string;
	time?: string;
	location?: string;
	participants?: string[];
	absent?: string[];
	status?: 'dagsorden' | 'referat';
	/** The meeting's page at its publisher. */
	url?: string;
}

/** Words a parser dropped on purpose, with the line and the reason `--report` shows. */
export interface Dropped {
	line: number;
	words: string[];
	reason: string;
}

export interface Diagnostic {
	line?: number;
	message: string;
}

export interface ParsedMeeting {
	facts: MeetingFacts;
	factLines: Partial<Record<keyof MeetingFacts, number>>;
	items: ParsedItem[];
	/** Meeting-level text that is not an item: remarks, signatures, the meeting's attachment list. */
	sections: ParsedSection[];
	dropped: Dropped[];
	warnings: Diagnostic[];
}

/** One publishing format: how to recognise its exports and how to read them. */
export interface FormatParser {
	name: Format;
	/** Shown in the run's output. */
	label: string;
	/** How sure, from 0 to 1, that these lines are this format's export. */
	detect(lines: readonly SourceLine[]): number;
	/** Reads the lines; `path` is for IngestError messages about input the format cannot hold. */
	parse(lines: readonly SourceLine[], path: string): ParsedMeeting;
}
