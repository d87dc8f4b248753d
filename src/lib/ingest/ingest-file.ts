import type { z } from 'astro/zod';
import { agendaItemSchema, meetingSchema, sidecarSchema, type CprAllowlist, type MunicipalityRegistry, type Sidecar } from '../../schemas/index.ts';
import { cprAdvice, findCprNumbers } from '../guards/find-cpr-numbers.ts';
import { buildDocuments, type Document } from './4-documents/build-documents.ts';
import { checkNothingLost } from './4-documents/check-nothing-lost.ts';
import { detectLayout, layoutFor, type Format } from './3-layouts/index.ts';
import type { Diagnostic, Dropped, MeetingFacts, ParsedAttachmentFile } from './3-layouts/types.ts';
import { readParts, readRaw } from './2-read/read-raw.ts';
import { defaultLimits, type Limits } from '../../schemas/limits.ts';
import { budgetFor, checkTime, raise } from './budget.ts';
import { IngestError } from './ingest-error.ts';
import { formatLocation } from './2-read/document/format-location.ts';
import { describeIssue, readYaml } from './read-yaml.ts';
import { unitsOf } from './2-read/document/units.ts';
import { unitsToMdast } from './4-documents/blocks-to-mdast.ts';
import { serializeBody, type GeneratedFile, type MeetingVersion, type VersionAttachment } from './5-publications/meeting-version.ts';
import { planMeeting } from './5-publications/merge-versions.ts';
import { attendanceHeading } from './3-layouts/section-vocabulary.ts';
import { slugify } from './slugify.ts';
import { locationOf, type SourceLine } from './2-read/source-lines.ts';
import { words } from './words.ts';
import { append } from './append.ts';
import type { OcrEntry } from '../../schemas/ocr.ts';
import type { OcrEngine } from './2-read/ocr/ocr-engine.ts';
import { freshRecognitions, lowConfidenceWarnings, ocrMarkOf, ocrMarkOfDocument, recognisedPages } from './4-documents/ocr-marks.ts';

export interface RawFile {
	/** Repository-relative path: `content/raw/<municipality>/<name>`. */
	path: string;
	bytes: Uint8Array;
	sidecar?: { path: string; text: string };
	/** Why the file was not read at all (it is over the size limit); `bytes` is then empty. */
	refused?: string;
	/** The limits the file is read within: the run's, with those its sidecar raises (`findRawFiles`). */
	limits?: Limits;
	/**
	 * The files of its own folder (`X/` beside `X.json`), as a fetched publication's attachments
	 * are kept: each named by its path from the raw file's folder (`X/<id>.pdf`), read as a
	 * package's entries are.
	 */
	parts?: { name: string; bytes: Uint8Array }[];
}

export type { GeneratedFile } from './5-publications/meeting-version.ts';

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
	/** Each meeting as this file publishes it; `planMeeting` merges a meeting's publications. */
	meetings: MeetingVersion[];
	warnings: Diagnostic[];
	dropped: Dropped[];
	/** Scans recognised in this read and not yet in the OCR cache: `content/ocr/<sha256>.json` to write. */
	ocr: OcrEntry[];
	/** The SHA-256 of every scan the file's text was recognised from, cached or new. */
	recognitions: string[];
	/** What `--report` shows of how well the file was read (`file-report.ts`). */
	reading: Reading;
}

/** How well a file was read: each meeting's facts by source, and the word ledger's totals. */
export interface Reading {
	/** The layout's variant of its system, where it tells them apart; else the container. */
	variant: string;
	/** Per meeting: the facts the text states, and those only the sidecar gave. */
	facts: { found: (keyof MeetingFacts)[]; sidecar: (keyof MeetingFacts)[] }[];
	/** Words of the raw text (as the readers gave it), and of those the words left out on purpose. */
	words: { total: number; dropped: number };
	/** Pages read by OCR (of the file, or of a part of its package), with the recognition's mean confidence (0–100). */
	ocr: { path: string; page: number; confidence: number }[];
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

/** Text and sidecar together; a field both give must agree. `only` limits the sidecar to the fields every meeting of a book shares. */
function mergeFacts(text: MeetingFacts, lines: Partial<Record<keyof MeetingFacts, number>>, sidecar: ReadSidecar | undefined, raw: RawFile, units: readonly SourceLine[], only?: readonly string[]): MeetingFacts {
	const merged: MeetingFacts = { ...text };
	if (!sidecar || !raw.sidecar) return merged;
	for (const key of ['committee', 'date', 'time', 'location', 'participants', 'absent', 'status', 'url'] as const) {
		if (only && !only.includes(key)) continue;
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
	/** What one file may cost (`src/schemas/limits.ts`); a sidecar's `limits:` raises them for its file. */
	limits?: Limits;
	/** The folder of committed OCR results (`content/ocr/`); without it, every scan is recognised. */
	ocrCache?: string;
	/** The OCR engine, for tests on this thread (a function does not cross to a parsing thread); Tesseract by default. */
	ocrEngine?: OcrEngine;
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
export async function ingestFile(raw: RawFile, { registry, format, cprAllowlist, limits = defaultLimits, ocrCache, ocrEngine }: IngestFileOptions): Promise<FileResult> {
	const started = Date.now();
	const municipality = municipalityOf(raw.path, registry);
	if (raw.sidecar) refuseCprNumbers(raw.sidecar.path, raw.sidecar.text, cprAllowlist);
	// The sidecar first: it may raise the limits the file is read within.
	const sidecar: ReadSidecar | undefined = raw.sidecar ? readYaml(raw.sidecar.text, raw.sidecar.path, sidecarSchema, 'sidecar-filen') : undefined;
	const budget = budgetFor(raw.limits ?? raise(limits, sidecar?.limits), started);
	const ocr = { ...(ocrCache ? { cache: ocrCache } : {}), ...(ocrEngine ? { engine: ocrEngine } : {}) };
	const document = await readRaw(raw.path, raw.bytes, undefined, budget, ocr);
	if (raw.parts && raw.parts.length > 0) document.entries = [...(document.entries ?? []), ...(await readParts(raw.path, raw.parts, budget, ocr))];
	const recognised = recognisedPages(document);
	// A text file is scanned whole, as committed; other containers by the text their reader extracted.
	if (document.text !== undefined) refuseCprNumbers(raw.path, document.text, cprAllowlist);
	const layout = format ?? sidecar?.format ? layoutFor((format ?? sidecar!.format)!) : detectLayout(document);
	const meetings = layout.parse(document);
	checkTime(budget, raw.path);
	// Whatever a layout read, an attendance list's heading is never the committee: better asked for than wrong.
	for (const parsed of meetings) if (parsed.facts.committee && attendanceHeading.test(parsed.facts.committee.trim())) delete parsed.facts.committee;
	if (meetings.length === 0) throw new IngestError(raw.path, undefined, 'filen indeholder intet møde, der kan læses; er det den rigtige fil?');
	// A book of many meetings (a protocol) shares its committee and place; date, time, status and
	// the people are each meeting's own.
	const shared: readonly (keyof Sidecar)[] = ['format', 'committee', 'location', 'published', 'limits'];
	const ownFields = sidecar ? (Object.keys(sidecar) as (keyof Sidecar)[]).filter((key) => !shared.includes(key) && typeof sidecar[key] !== 'function') : [];
	if (meetings.length > 1 && ownFields.length > 0) {
		throw new IngestError(raw.sidecar!.path, sidecar!.lineOf(ownFields[0]!), `filen giver ${meetings.length} møder, så sidecar-filens felt "${ownFields[0]}" kan ikke vides at gælde ét af dem; kun format, committee og location gælder dem alle`);
	}
	const omitted: Dropped[] = (document.omitted ?? []).map((entry) => ({ line: 0, at: entry.at, words: words(entry.text), reason: entry.reason }));
	const versions: MeetingVersion[] = [];
	const warnings: Diagnostic[] = [...(document.notes ?? []).map((message) => ({ message })), ...lowConfidenceWarnings(document)];
	const dropped: Dropped[] = [...omitted];
	const meetingIds: string[] = [];
	const factSources: Reading['facts'] = [];
	let unitWords = 0;
	let items = 0;
	for (const parsed of meetings) {
		checkTime(budget, raw.path);
		if (document.text === undefined) refuseCprInUnits(raw.path, parsed.units, cprAllowlist);
		const facts = mergeFacts(parsed.facts, parsed.factLines, sidecar, raw, parsed.units, meetings.length === 1 ? undefined : shared);
		const stated = (Object.keys(parsed.facts) as (keyof MeetingFacts)[]).filter((key) => parsed.facts[key] !== undefined);
		factSources.push({ found: stated, sidecar: (Object.keys(facts) as (keyof MeetingFacts)[]).filter((key) => facts[key] !== undefined && !stated.includes(key)) });
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
		// Text read from recognised pages is marked as machine-read, the meeting's and each item's.
		const meetingOcr = ocrMarkOf(parsed.units.map((unit) => unit.at), recognised);
		if (meetingOcr) built.meeting.data.ocr = meetingOcr;
		const placeOf = new Map(parsed.units.map((unit) => [unit.n, unit.at]));
		parsed.items.forEach((item, index) => {
			const mark = ocrMarkOf([placeOf.get(item.line), ...item.sections.flatMap((section) => [section.at, ...section.lines.map((line) => line.at)])], recognised);
			if (mark) built.items[index]!.data.ocr = mark;
		});
		const meeting = meetingSchema.safeParse(built.meeting.data, { reportInput: true });
		if (!meeting.success) throw invalid(raw.path, built.meeting.line, meeting.error);
		for (const item of built.items) {
			const result = agendaItemSchema.safeParse(item.data, { reportInput: true });
			if (!result.success) throw invalid(raw.path, item.line, result.error);
		}
		const documents: Document<object>[] = [built.meeting, ...built.items];
		unitWords += checkNothingLost(raw.path, parsed.units, parsed.dropped, documents);
		if (layout.name !== 'tekst' && built.items.length === 0) parsed.warnings.push({ message: 'ingen dagsordenspunkter fundet' });
		versions.push({
			id: built.id,
			source: raw.path,
			data: built.meeting.data,
			body: serializeBody(built.meeting.body),
			// The file's own statement of when it was published wins; the sidecar fills in where it says nothing.
			publication: { ...(sidecar?.published ? { time: sidecar.published } : {}), ...parsed.publication },
			items: built.items.map((item, index) => ({
				data: item.data,
				body: serializeBody(item.body),
				line: item.line,
				...(item.recommendation ? { recommendation: item.recommendation } : {}),
				attachments: parsed.items[index]!.closed ? [] : attachmentsOf(parsed.items[index]!.files ?? [], raw.path, cprAllowlist, warnings),
			})),
		});
		append(warnings, parsed.warnings);
		append(dropped, parsed.dropped);
		meetingIds.push(built.id);
		items += built.items.length;
	}
	const ids = new Set<string>();
	for (const version of versions) {
		if (ids.has(version.id)) throw new IngestError(raw.path, undefined, `meetings/${version.id}.md kommer to gange fra samme fil: to møder i filen har samme udvalg og dato`);
		ids.add(version.id);
	}
	const total = unitWords + omitted.reduce((sum, entry) => sum + entry.words.length, 0);
	const reading: Reading = {
		variant: meetings.find((parsed) => parsed.variant)?.variant ?? document.container,
		facts: factSources,
		words: { total, dropped: dropped.reduce((sum, entry) => sum + entry.words.length, 0) },
		ocr: [...recognised.values()].map((page) => ({ path: page.entry ?? raw.path, page: page.page, confidence: page.confidence })),
	};
	return { source: raw.path, format: layout.name, formatLabel: layout.label, container: document.container, encoding: document.encoding, meetingIds, items, meetings: versions, warnings, dropped, reading, ocr: freshRecognitions(document), recognitions: [...new Set([...recognised.values()].map((page) => page.sha256))] };
}

/**
 * The files a package carries for an item (never a closed item's), each with its text read by its
 * own reader: guarded for CPR numbers like the minutes, and checked so no word of it is lost.
 */
function attachmentsOf(files: readonly ParsedAttachmentFile[], source: string, allowlist: CprAllowlist | undefined, warnings: Diagnostic[]): VersionAttachment[] {
	const used = new Set<string>();
	return files.map((file) => {
		// A part the reader could not read is published as a file without text, and the editor told.
		const unreadable = file.document.unreadable?.replace(/;.*$/s, '').replace(/\s+/g, ' ').trim();
		if (unreadable) warnings.push({ at: { path: file.document.entry ?? file.fileName }, message: `bilaget «${file.title}» kan ikke læses (${unreadable}); det udgives som fil uden søgbar tekst. Hent en udgave med tekst, hvis kommunen har én, og læg pakken igen` });
		const units = unitsOf(file.document.blocks);
		refuseCprInUnits(source, units, allowlist);
		const dropped: Dropped[] = [];
		const body = unitsToMdast(units, (line, words, reason) => dropped.push({ line, words, reason }));
		for (const entry of file.document.omitted ?? []) dropped.push({ line: 0, at: entry.at, words: words(entry.text), reason: entry.reason });
		checkNothingLost(source, units, dropped, [{ path: '', data: {}, body, line: 0 }]);
		const extension = /\.([a-z0-9]{1,5})$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? file.document.container;
		const ocr = ocrMarkOfDocument(file.document);
		let slug = slugify(file.title).slice(0, 60).replace(/-+$/, '') || 'bilag';
		for (let n = 2; used.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
		used.add(slug);
		return {
			data: { title: file.title, originalName: file.fileName, ...(file.document.pages ? { pages: file.document.pages } : {}), bytes: file.document.bytes?.length ?? 0, ...(unreadable ? { unreadable } : {}), ...(ocr ? { ocr } : {}), source },
			slug,
			extension,
			body: serializeBody(body),
			bytes: file.document.bytes ?? new Uint8Array(),
		};
	});
}

/** The files one raw file gives when it is a meeting's only publication: what a test of a reader looks at. */
export const filesOf = (result: Pick<FileResult, 'meetings'>): GeneratedFile[] => result.meetings.flatMap((version) => planMeeting([version]));

/** The Markdown files among them. */
export const markdownFilesOf = (result: Pick<FileResult, 'meetings'>): { path: string; content: string }[] =>
	filesOf(result).filter((file): file is { path: string; content: string } => typeof file.content === 'string');

function invalid(path: string, line: number, error: z.ZodError): IngestError {
	const issue = error.issues[0]!;
	return new IngestError(path, line, `feltet "${issue.path.join('.')}" blev ugyldigt: ${describeIssue(issue)}; ret råteksten eller angiv feltet i sidecar-filen`, { cause: error });
}
