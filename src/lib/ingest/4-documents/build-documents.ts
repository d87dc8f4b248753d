import type { BlockContent, Heading, List, Root, RootContent } from 'mdast';
import { quotedDecisions } from './quoted-decisions.ts';
import type { AgendaItem, EarlierTreatment, Meeting } from '../../../schemas/index.ts';
import { attachmentLabel, isGluedAttachmentLine } from '../3-layouts/attachments.ts';
import { unitsToMdast, type DropListener } from './blocks-to-mdast.ts';
import { readDecision, type ReadDecision } from '../../decisions/classify-decision.ts';
import { readAttendance } from '../../decisions/read-attendance.ts';
import { readVotes } from '../../decisions/read-votes.ts';
import { officialsAmong } from '../../members/officials.ts';
import type { Format, ParsedMeeting, ParsedSection } from '../3-layouts/index.ts';
import { listEntries } from '../2-read/document/units.ts';
import { plainTextOf } from './plain-text-of.ts';
import { slugify } from '../slugify.ts';
import { words } from '../words.ts';
import { append } from '../append.ts';

const withheld = 'lukket punkt: brødteksten udgives ikke';
const decisionOnly = 'lukket punkt: kun beslutningen udgives (i frontmatter)';

/** A generated document before serialization. */
export interface Document<Data> {
	/** Path relative to the content directory, e.g. `cases/stevns/2020-06-10-aet/172.md`. */
	path: string;
	data: Data;
	body: RootContent[];
	/** Source line, for messages about this document. */
	line: number;
}

/** An item's document, with what comparing it with another publication of the meeting needs. */
export type BuiltItem = Document<AgendaItem> & {
	/** The recommendation's plain text, to tell whether a later publication changed it. */
	recommendation?: string;
};

export interface BuiltMeeting {
	id: string;
	meeting: Document<Meeting>;
	items: BuiltItem[];
}

function sectionBlocks(section: ParsedSection, onDrop: DropListener): BlockContent[] {
	if (section.kind !== 'attachments') return unitsToMdast(section.lines, onDrop);
	const labels = section.lines.flatMap((line) =>
		line.text.trim() === ''
			? []
			: line.block?.type === 'list'
				? listEntries(line.block).map(attachmentLabel)
				: isGluedAttachmentLine(line.text)
					? (section.attachments ?? [])
					: [attachmentLabel(line.text)],
	);
	if (labels.length === 0) return [];
	const list: List = {
		type: 'list',
		ordered: false,
		spread: false,
		children: labels.map((label) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: label }] }] })),
	};
	return [list];
}

function sectionsToMdast(sections: readonly ParsedSection[], onDrop: DropListener): { body: RootContent[]; blocks: Map<ParsedSection, BlockContent[]> } {
	const body: RootContent[] = [];
	const blocks = new Map<ParsedSection, BlockContent[]>();
	for (const section of sections) {
		const content = sectionBlocks(section, onDrop);
		blocks.set(section, content);
		if (section.heading) {
			const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: section.heading }] };
			body.push(heading);
		}
		append(body, content);
	}
	return { body, blocks };
}

/** One-line fields hold no tabs or runs of spaces: YAML and readers treat those unevenly. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Drops `undefined` and empty lists so that frontmatter holds only what the source says. */
function compact<T extends object>(data: T, multiline: readonly string[] = []): T {
	return Object.fromEntries(
		Object.entries(data)
			.filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
			.map(([key, value]) => [
				key,
				multiline.includes(key) ? value : typeof value === 'string' ? oneLine(value) : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map(oneLine) : value,
			]),
	) as T;
}

export interface BuildInput {
	parsed: ParsedMeeting;
	municipality: string;
	source: string;
	format: Format;
	/** The meeting facts after sidecar and registry: committee and date are known by now. */
	facts: Required<Pick<Meeting, 'committee' | 'date'>> & Partial<Meeting>;
}

/**
 * Turns a parsed meeting into one meeting document and one document per agenda item. A closed item
 * keeps its number, title and decision (in frontmatter): whatever body text an export carries for
 * it is withheld.
 */
export function buildDocuments({ parsed, municipality, source, format, facts }: BuildInput): BuiltMeeting {
	// Every text of the meeting, for the titles that mark a participant as an official.
	const texts: string[] = [];
	const id = `${municipality}/${facts.date}-${slugify(facts.committee)}`;
	const used = new Set<string>();
	const onDrop: DropListener = (line, words, reason) => parsed.dropped.push({ line, words, reason });
	let anyDecision = false;

	const items = parsed.items.map((item, index): BuiltItem => {
		const sections = quotedDecisions(item.sections, facts.date);
		const kept = item.closed
			? sections.filter((section) => {
					if (section.kind === 'decision') return true;
					for (const line of section.lines) {
						if (line.text.trim() !== '') parsed.dropped.push({ line: line.n, ...(line.at ? { at: line.at } : {}), words: words(line.text), reason: withheld });
					}
					if (section.heading) parsed.dropped.push({ line: section.line, ...(section.at ? { at: section.at } : {}), words: words(section.heading), reason: withheld });
					return false;
				})
			: sections;
		const { body, blocks } = sectionsToMdast(kept, onDrop);
		for (const content of blocks.values()) texts.push(plainTextOf(content));
		const textOf = (kind: ParsedSection['kind']) =>
			kept
				.filter((section) => section.kind === kind)
				.map((section) => plainTextOf(blocks.get(section)!))
				.filter((text) => text !== '')
				.join('\n');
		const decisionText = textOf('decision');
		if (decisionText) anyDecision = true;
		// `kept` has no recommendation for a closed item: its decision is read on its own.
		const recommendation = textOf('recommendation') || undefined;
		const earlierTreatments: EarlierTreatment[] = kept.flatMap((section) => {
			if (!section.treatment) return [];
			const text = plainTextOf(blocks.get(section)!);
			return [compact({ ...section.treatment, text, ...decidedAs(readDecision({ decision: text })), ...statedIn(text) }, ['text'])];
		});
		// A closed item publishes its decision in frontmatter only; the file has no body at all, so a
		// body in a closed item's file is a hand edit that `npm run check` refuses.
		if (item.closed) {
			for (const section of kept) if (section.heading) parsed.dropped.push({ line: section.line, ...(section.at ? { at: section.at } : {}), words: words(section.heading), reason: decisionOnly });
		}
		let name = slugify(item.number) || String(index + 1);
		if (used.has(name)) name = `${name}-${index + 1}`;
		used.add(name);
		return {
			path: `cases/${id}/${name}.md`,
			line: item.line,
			...(recommendation ? { recommendation } : {}),
			body: item.closed ? [] : body,
			data: compact({
				meeting: id,
				number: item.number,
				position: index + 1,
				title: item.title,
				caseNumber: item.caseNumber,
				authority: item.authority,
				closed: item.closed,
				decision: decisionText || undefined,
				...decidedAs(!decisionText && parsed.decidesEveryItem ? { decisionClass: 'unread' } : readDecision({ decision: decisionText, recommendation })),
				attachments: kept.flatMap((section) => section.attachments ?? []),
				earlierTreatments,
				...statedIn(decisionText),
				systemId: item.id,
			}, ['decision', 'earlierTreatments', 'votes', 'substitutes']),
		};
	});

	const { body, blocks } = sectionsToMdast(parsed.sections, onDrop);
	const meetingText = [...blocks.values()].map(plainTextOf).join('\n');
	const participants = facts.participants ?? [];
	const meeting: Document<Meeting> = {
		path: `meetings/${id}.md`,
		line: 1,
		body,
		data: compact({
			municipality,
			committee: facts.committee,
			date: facts.date,
			time: facts.time,
			location: facts.location,
			participants,
			absent: facts.absent ?? [],
			substitutes: readAttendance(meetingText).substitutes,
			officials: officialsAmong(participants, [meetingText, ...texts].join('\n')),
			// Exports label a document with decisions "Dagsorden" too (Hedensted): decisions make it a referat.
			// A status the source does not state is not guessed.
			status: anyDecision ? 'referat' : facts.status,
			url: facts.url,
			source,
			format,
			publications: [],
		}),
	};
	return { id, meeting, items };
}

/** The class a decision was read as, with the words it rests on, for frontmatter. */
function decidedAs(read: ReadDecision): Pick<AgendaItem, 'decisionClass' | 'decisionEvidence' | 'decisionInferred'> {
	return { decisionClass: read.decisionClass, ...(read.evidence ? { decisionEvidence: read.evidence } : {}), ...(read.inferred ? { decisionInferred: true as const } : {}) };
}

/** The votes and attendance a decision text states: the same reading for an item and a quoted treatment. */
function statedIn(text: string): Pick<AgendaItem, 'votes' | 'absent' | 'substitutes'> {
	if (!text) return { votes: [], absent: [], substitutes: [] };
	return { votes: readVotes(text).map((ballot) => compact(ballot)), ...readAttendance(text) };
}

/** The full tree of a document: YAML frontmatter, then the body. */
export function documentTree(document: Document<object>, toYaml: (data: object) => string): Root {
	return { type: 'root', children: [{ type: 'yaml', value: toYaml(document.data) }, ...document.body] };
}
