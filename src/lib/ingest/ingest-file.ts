import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { agendaItemSchema, meetingSchema, sidecarSchema, type CprAllowlist, type MunicipalityRegistry, type Sidecar } from '../../schemas/index.ts';
import { cprAdvice, findCprNumbers } from '../guards/find-cpr-numbers.ts';
import { buildDocuments, documentTree, type Document } from './build-documents.ts';
import { checkNothingLost } from './check-nothing-lost.ts';
import { detectLayout, layoutFor, type Format } from './layouts/index.ts';
import type { Diagnostic, Dropped, MeetingFacts } from './layouts/types.ts';
import { readRaw } from './readers/read-raw.ts';
import { IngestError } from './ingest-error.ts';
import { formatLocation } from './document/format-location.ts';
import { describeIssue, readYaml } from './read-yaml.ts';
import { serializeMarkdown, toYaml } from './serialize-markdown.ts';
import { locationOf, type SourceLine } from './source-lines.ts';
import { words } from './words.ts';

export interface RawFile {
	/** Repository-relative path: `content/raw/<municipality>/<name>`. */
	path: string;
	bytes: Uint8Array;
	sidecar?: { path: string; text: string };
}

export interface GeneratedFile {
	/** Relative to the content directory: `meetings/…` or `cases/…`. */
	path: string;
	content: string;
}

export interface FileResult {
	source: string;
	format: Format;
	formatLabel: string;
	/** The container the reader found (text, pdf, html …) and, for text, its encoding. */
	container: string;
	encoding: string | undefined;
	/** The meetings the file gave: usually one, several for a protocol of many meetings. */
	meetingIds: string[];
	items: number;
	files: GeneratedFile[];
	warnings: Diagnostic[];
	dropped: Dropped[];
}

const rawPrefix = 'content/raw/';

function municipalityOf(path: string, registry: MunicipalityRegistry): string {
	if (!path.startsWith(rawPrefix) || path.slice(rawPrefix.length).split('/').length < 2) {
		throw new IngestError(path, undefined, `råfiler skal ligge i ${rawPrefix}<kommune>/, fx ${rawPrefix}stevns/referat.txt`);
	}
	const slug = path.slice(rawPrefix.length).split('/')[0]!;
	if (!registry[slug]) {
		throw new IngestError(
			path,
			undefined,
			`mappen "${slug}" er ikke en registreret kommune; tilføj den til content/municipalities.yaml:\n  ${slug}:\n    name: <Kommunens navn>`,
		);
	}
	return slug;
}

const same = (a: unknown, b: unknown) =>
	JSON.stringify(a).toLowerCase().replace(/\s+/g, ' ') === JSON.stringify(b).toLowerCase().replace(/\s+/g, ' ');

/** The sidecar as a fact source, with the lines its fields are on. */
type ReadSidecar = Sidecar & { lineOf(key: string): number | undefined };

/** Text and sidecar together; a field both give must agree. */
function mergeFacts(text: MeetingFacts, lines: Partial<Record<keyof MeetingFacts, number>>, sidecar: ReadSidecar | undefined, raw: RawFile, units: readonly SourceLine[]): MeetingFacts {
	const merged: MeetingFacts = { ...text };
	if (!sidecar || !raw.sidecar) return merged;
	for (const key of ['committee', 'date', 'time', 'location', 'participants', 'absent', 'status', 'url'] as const) {
		const value = sidecar[key];
		if (value === undefined) continue;
		if (text[key] !== undefined && !same(text[key], value)) {
			throw new IngestError(
				raw.sidecar.path,
				sidecar.lineOf(key),
				`${key}: sidecar-filen siger ${JSON.stringify(value)}, men teksten (${formatLocation(raw.path, locationOf(units.find((unit) => unit.n === lines[key]) ?? { n: lines[key] ?? 0 }))}) siger ${JSON.stringify(text[key])}; ret sidecar-filen eller fjern feltet`,
			);
		}
		(merged as Record<string, unknown>)[key] = value;
	}
	return merged;
}

function canonicalCommittee(name: string, municipality: string, registry: MunicipalityRegistry): string {
	const folded = name.trim().toLowerCase();
	const known = registry[municipality]!.committees.find(
		(committee) => committee.name.toLowerCase() === folded || committee.aliases.some((alias) => alias.toLowerCase() === folded),
	);
	return known?.name ?? name.trim();
}

export interface IngestFileOptions {
	registry: MunicipalityRegistry;
	format?: Format;
	cprAllowlist?: CprAllowlist;
}

/** Stops at the first CPR-like number, before anything is parsed or written. */
function refuseCprNumbers(path: string, text: string, allowlist: CprAllowlist | undefined): void {
	const [hit] = findCprNumbers(text, path, allowlist);
	if (hit) throw new IngestError(path, hit.line, `"${hit.text}" ${cprAdvice}`);
}

/**
 * The CPR guard on what a reader extracted from a PDF, a web page, a Word file or an API's JSON:
 * the text a reader of the minutes sees, never markup, attributes or ids.
 */
function refuseCprInUnits(path: string, units: readonly SourceLine[], allowlist: CprAllowlist | undefined): void {
	for (const unit of units) {
		const [hit] = findCprNumbers(unit.text, path, allowlist);
		if (hit) throw new IngestError(path, locationOf(unit), `"${hit.text}" ${cprAdvice}`);
	}
}

/**
 * Reads one raw export (text, PDF, web page, Word, JSON, XML or a zip) and returns the Markdown
 * files it becomes. Throws IngestError for bad input: nothing is returned, so nothing is written.
 */
export async function ingestFile(raw: RawFile, { registry, format, cprAllowlist }: IngestFileOptions): Promise<FileResult> {
	const municipality = municipalityOf(raw.path, registry);
	const document = await readRaw(raw.path, raw.bytes);
	// A text file is scanned whole, as committed; other containers by the text their reader extracted.
	if (document.text !== undefined) refuseCprNumbers(raw.path, document.text, cprAllowlist);
	if (raw.sidecar) refuseCprNumbers(raw.sidecar.path, raw.sidecar.text, cprAllowlist);
	const sidecar: ReadSidecar | undefined = raw.sidecar ? readYaml(raw.sidecar.text, raw.sidecar.path, sidecarSchema, 'sidecar-filen') : undefined;
	const layout = format ?? sidecar?.format ? layoutFor((format ?? sidecar!.format)!) : detectLayout(document);
	const meetings = layout.parse(document);
	if (meetings.length === 0) throw new IngestError(raw.path, undefined, 'filen indeholder intet møde, der kan læses; er det den rigtige fil?');
	if (meetings.length > 1 && sidecar && (Object.keys(sidecar) as (keyof Sidecar)[]).some((key) => key !== 'format')) {
		throw new IngestError(raw.sidecar!.path, undefined, `filen giver ${meetings.length} møder, så sidecar-filens felter kan ikke vides at gælde ét af dem; fjern alle felter undtagen format`);
	}
	const omitted: Dropped[] = (document.omitted ?? []).map((entry) => ({ line: 0, at: entry.at, words: words(entry.text), reason: entry.reason }));
	const files: GeneratedFile[] = [];
	const warnings: Diagnostic[] = [...(document.notes ?? []).map((message) => ({ message }))];
	const dropped: Dropped[] = [...omitted];
	const meetingIds: string[] = [];
	let items = 0;
	for (const parsed of meetings) {
		if (document.text === undefined) refuseCprInUnits(raw.path, parsed.units, cprAllowlist);
		const facts = mergeFacts(parsed.facts, parsed.factLines, meetings.length === 1 ? sidecar : undefined, raw, parsed.units);
		const sidecarName = raw.path.replace(/\.[^./]+$/, '') + '.yaml';
		if (!facts.committee) throw new IngestError(raw.path, undefined, `teksten angiver ikke udvalget; skriv "committee: <udvalgets navn>" i sidecar-filen ${sidecarName}`);
		if (!facts.date) throw new IngestError(raw.path, undefined, `teksten angiver ikke mødedatoen; skriv "date: ÅÅÅÅ-MM-DD" i sidecar-filen ${sidecarName}`);
		const built = buildDocuments({
			parsed,
			municipality,
			source: raw.path,
			format: layout.name,
			facts: { ...facts, committee: canonicalCommittee(facts.committee, municipality, registry), date: facts.date },
		});
		const meeting = meetingSchema.safeParse(built.meeting.data, { reportInput: true });
		if (!meeting.success) throw invalid(raw.path, built.meeting.line, meeting.error);
		for (const item of built.items) {
			const result = agendaItemSchema.safeParse(item.data, { reportInput: true });
			if (!result.success) throw invalid(raw.path, item.line, result.error);
		}
		const documents: Document<object>[] = [built.meeting, ...built.items];
		checkNothingLost(raw.path, parsed.units, parsed.dropped, documents);
		if (layout.name !== 'tekst' && built.items.length === 0) parsed.warnings.push({ message: 'ingen dagsordenspunkter fundet' });
		files.push(...documents.map((document) => ({ path: document.path, content: serializeMarkdown(documentTree(document, toYaml) as Root) })));
		warnings.push(...parsed.warnings);
		dropped.push(...parsed.dropped);
		meetingIds.push(built.id);
		items += built.items.length;
	}
	const paths = new Set<string>();
	for (const file of files) {
		if (paths.has(file.path)) throw new IngestError(raw.path, undefined, `${file.path} kommer to gange fra samme fil: to møder i filen har samme udvalg og dato`);
		paths.add(file.path);
	}
	return { source: raw.path, format: layout.name, formatLabel: layout.label, container: document.container, encoding: document.encoding, meetingIds, items, files, warnings, dropped };
}

function invalid(path: string, line: number, error: z.ZodError): IngestError {
	const issue = error.issues[0]!;
	return new IngestError(path, line, `feltet "${issue.path.join('.')}" blev ugyldigt: ${describeIssue(issue)}; ret råteksten eller angiv feltet i sidecar-filen`, { cause: error });
}
