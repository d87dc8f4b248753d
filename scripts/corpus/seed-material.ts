import { readFile } from 'node:fs/promises';
import { attachmentLabel, isGluedAttachmentLine } from '../../src/lib/ingest/3-layouts/attachments.ts';
import { parseTreatmentHeading } from '../../src/lib/ingest/3-layouts/earlier-treatment.ts';
import { detectLayout } from '../../src/lib/ingest/3-layouts/index.ts';
import { caseNumberLine } from '../../src/lib/ingest/3-layouts/shared/split-sections.ts';
import { readRaw } from '../../src/lib/ingest/2-read/read-raw.ts';
import { headingKind, sectionKinds, type SectionKind } from '../../src/lib/ingest/3-layouts/section-vocabulary.ts';

/** Kinds of section the generator writes, in the order minutes print them. */
export const writtenKinds = ['resume', 'background', 'presentation', 'economy', 'law', 'communication', 'schedule', 'recommendation', 'decision'] as const;
export type WrittenKind = (typeof writtenKinds)[number];

/** A paragraph as its lines, trimmed; list items and table rows keep their own lines. */
export type Paragraph = readonly string[];

/** What the real seed minutes offer to recombine. */
export interface SeedMaterial {
	titles: string[];
	/** Paragraphs by section kind, and the headings the seeds print for that kind. */
	paragraphs: Record<WrittenKind, Paragraph[]>;
	headings: Record<WrittenKind, string[]>;
	attachments: string[];
	people: string[];
	locations: string[];
}

/**
 * Lines a format parser would read as structure rather than text (an item start, a header label,
 * a heading, page furniture). Recombined into another document they would change its structure,
 * so the generator leaves them out; what remains is plain running text.
 */
const structural = [
	/^Punkt\s+\d/,
	/^•\s+\d+[a-z]?\.\s/,
	/^\d+[a-z]?\.\s+\S/,
	/^Sag nr\./,
	/^Beslutningskompetence:/,
	/^(Fold alle ud|Sager \d+\s*-\s*\d+|Medlemmer|Deltagere|Indholdsfortegnelse|Underskrifter|Referat|Dagsorden|REFERAT|DAGSORDEN)\b/,
	/^(Mødedato|Mødetidspunkt|Mødested|Mødedeltagere|Fraværende|Afbud|Bemærkninger)\b/,
	/\.{3,}\s*\d+$/,
	/indstiller/,
];

const isPlainText = (text: string) =>
	text !== '' &&
	!caseNumberLine.test(text) &&
	headingKind(text) === undefined &&
	parseTreatmentHeading(text) === undefined &&
	!isGluedAttachmentLine(text) &&
	!structural.some((pattern) => pattern.test(text));

function paragraphsOf(lines: readonly { text: string }[]): Paragraph[] {
	const paragraphs: string[][] = [];
	let current: string[] | undefined;
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '') {
			current = undefined;
			continue;
		}
		if (!isPlainText(text)) continue;
		if (!current) paragraphs.push((current = []));
		current.push(text);
	}
	return paragraphs;
}

/** Reads the seed exports with the real parsers and pools their text by section kind. */
export async function readSeedMaterial(paths: readonly string[]): Promise<SeedMaterial> {
	const material: SeedMaterial = {
		titles: [],
		paragraphs: Object.fromEntries(writtenKinds.map((kind) => [kind, []])) as unknown as SeedMaterial['paragraphs'],
		headings: Object.fromEntries(writtenKinds.map((kind) => [kind, []])) as unknown as SeedMaterial['headings'],
		attachments: [],
		people: [],
		locations: [],
	};
	const add = <T>(list: T[], value: T) => {
		if (!list.includes(value)) list.push(value);
	};
	for (const path of paths) {
		const document = await readRaw(path, new Uint8Array(await readFile(path)));
		const parsed = detectLayout(document).parse(document)[0]!;
		for (const person of [...(parsed.facts.participants ?? []), ...(parsed.facts.absent ?? [])]) add(material.people, person.replace(/\s*\(.*\)$/, ''));
		if (parsed.facts.location) add(material.locations, parsed.facts.location);
		for (const item of parsed.items) {
			if (!item.closed && isPlainText(item.title)) add(material.titles, item.title);
			for (const section of item.sections) {
				for (const name of section.attachments ?? []) add(material.attachments, attachmentLabel(name));
				const kind = section.kind as SectionKind;
				if (!(writtenKinds as readonly string[]).includes(kind)) continue;
				const written = kind as WrittenKind;
				if ((sectionKinds[written] as readonly string[]).includes(section.heading ?? '')) add(material.headings[written], section.heading!);
				material.paragraphs[written].push(...paragraphsOf(section.lines));
			}
		}
	}
	// Every kind needs something to say; a kind no seed printed borrows from the case presentation.
	for (const kind of writtenKinds) {
		if (material.paragraphs[kind].length === 0) material.paragraphs[kind] = material.paragraphs.presentation;
		if (material.headings[kind].length === 0) material.headings[kind] = [sectionKinds[kind][0]];
	}
	material.attachments = material.attachments.filter((name) => isPlainText(name));
	return material;
}
