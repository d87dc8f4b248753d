import type { formats } from '../../../schemas/meeting.ts';
import type { Location, SourceDocument } from '../2-read/document/source-document.ts';
import type { TreatmentHeading } from './earlier-treatment.ts';
import type { SectionKind } from './section-vocabulary.ts';
import type { SourceLine } from '../2-read/source-lines.ts';

export type Format = (typeof formats)[number];

/**
 * A part of an item or a meeting: a heading as printed (none for text before the first) and its
 * units: lines of text, or structured blocks (paragraphs, lists, tables) that become Markdown as they are.
 */
export interface ParsedSection {
	kind: SectionKind;
	heading?: string;
	/** The unit that opened the section (`n` of its heading). */
	line: number;
	/** Where that unit is, when more than a line of a text file. */
	at?: Location;
	lines: SourceLine[];
	treatment?: TreatmentHeading;
	/** For attachment sections: the names, one per attachment, split and cleaned. */
	attachments?: string[];
}

/** A file a package carries for an item (SBSYS `Enclosures/`): published beside the item, its text searchable. */
export interface ParsedAttachmentFile {
	/** The attachment's name as the package lists it. */
	title: string;
	/** The file's own name, as the package gives it (`Brev fra KL.pdf`), to publish it under. */
	fileName: string;
	/** The file as read: its bytes and its text. */
	document: SourceDocument;
}

export interface ParsedItem {
	line: number;
	/** The publishing system's own id of the item: it keeps the item's address when the item is renumbered. */
	id?: string;
	number: string;
	title: string;
	caseNumber?: string;
	authority?: string;
	closed: boolean;
	sections: ParsedSection[];
	/** Attachment files the package carries, to publish beside the item (never for a closed item). */
	files?: ParsedAttachmentFile[];
}

/** Meeting fields a text may state, each with the unit that stated it (for disagreement messages). */
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

/** Words a layout dropped on purpose, with the unit and the reason `--report` shows. */
export interface Dropped {
	/** The unit's `n`: orders the report. */
	line: number;
	/** Where the words were, when more than a line of a text file. */
	at?: Location;
	words: string[];
	reason: string;
}

export interface Diagnostic {
	line?: number;
	at?: Location;
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
	/** What the file says of its publication: when (`YYYY-MM-DDTHH:MM`), and the system's id of the meeting. */
	publication?: { time?: string; meetingId?: string };
	/**
	 * The document decides every item (a protocol): an item whose decision the layout did not
	 * find has one the archive could not read (`unread`), not none.
	 */
	decidesEveryItem?: true;
	/**
	 * Which of its system's variants the layout recognised ("Publication API, skabelon med
	 * beslutningen uden overskrift"), for `--report`; without it the report names the container.
	 */
	variant?: string;
	/**
	 * The text units the layout read for this meeting: the word ledger checks that each of their
	 * words is published or dropped on purpose, and the CPR guard reads them.
	 */
	units: SourceLine[];
}

/**
 * One publishing system's way of laying out a meeting, over the document model: how to recognise
 * it and how to read it. A layout may read several containers (FirstAgenda's PDF export, web page
 * and API JSON), and one file may hold several meetings (a parish council's protocol).
 */
export interface Layout {
	name: Format;
	/** Shown in the run's output. */
	label: string;
	/** How sure, from 0 to 1, that this document is this system's. */
	detect(document: SourceDocument): number;
	/** Reads the document; throws IngestError for input the system's layout cannot hold. */
	parse(document: SourceDocument): ParsedMeeting[];
}

/** A layout of text lines (a text export, or the lines of a PDF): what the seed formats are. */
export interface LineLayout {
	name: Format;
	label: string;
	detect(lines: readonly SourceLine[]): number;
	/** `omitted` is what the reader left out as page furniture: a running header may name the meeting. */
	parse(lines: readonly SourceLine[], path: string, omitted?: SourceDocument['omitted']): Omit<ParsedMeeting, 'units'>;
}
