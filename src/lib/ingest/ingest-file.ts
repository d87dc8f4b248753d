import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { agendaItemSchema, meetingSchema, sidecarSchema, type CprAllowlist, type MunicipalityRegistry, type Sidecar } from '../../schemas/index.ts';
import { cprAdvice, findCprNumbers } from '../guards/find-cpr-numbers.ts';
import { buildDocuments, documentTree, type Document } from './build-documents.ts';
import { checkNothingLost } from './check-nothing-lost.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat, parserFor, type Format } from './formats/index.ts';
import type { Diagnostic, Dropped, MeetingFacts } from './formats/types.ts';
import { IngestError } from './ingest-error.ts';
import { describeIssue, readYaml } from './read-yaml.ts';
import { serializeMarkdown, toYaml } from './serialize-markdown.ts';
import { toSourceLines } from './source-lines.ts';

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
	encoding: string;
	meetingId: string;
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

/** Text and sidecar together; a field both give must agree. */
function mergeFacts(text: MeetingFacts, lines: Partial<Record<keyof MeetingFacts, number>>, sidecar: (Sidecar & { lineOf(key: string): number | undefined }) | undefined, raw: RawFile): MeetingFacts {
	const merged: MeetingFacts = { ...text };
	if (!sidecar || !raw.sidecar) return merged;
	for (const key of ['committee', 'date', 'time', 'location', 'participants', 'absent', 'status', 'url'] as const) {
		const value = sidecar[key];
		if (value === undefined) continue;
		if (text[key] !== undefined && !same(text[key], value)) {
			throw new IngestError(
				raw.sidecar.path,
				sidecar.lineOf(key),
				`${key}: sidecar-filen siger ${JSON.stringify(value)}, men teksten (${raw.path}:${lines[key]}) siger ${JSON.stringify(text[key])}; ret sidecar-filen eller fjern feltet`,
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

/** Reads one raw export and returns the Markdown files it becomes. Throws IngestError for bad input. */
export function ingestFile(raw: RawFile, { registry, format, cprAllowlist }: IngestFileOptions): FileResult {
	const municipality = municipalityOf(raw.path, registry);
	const { text, encoding } = decodeText(raw.bytes, raw.path);
	refuseCprNumbers(raw.path, text, cprAllowlist);
	if (raw.sidecar) refuseCprNumbers(raw.sidecar.path, raw.sidecar.text, cprAllowlist);
	const sidecar = raw.sidecar ? readYaml(raw.sidecar.text, raw.sidecar.path, sidecarSchema, 'sidecar-filen') : undefined;
	const lines = toSourceLines(text);
	const parser = parserFor(format ?? sidecar?.format ?? detectFormat(lines).name);
	const parsed = parser.parse(lines, raw.path);
	const facts = mergeFacts(parsed.facts, parsed.factLines, sidecar, raw);
	const sidecarName = raw.path.replace(/\.[^./]+$/, '') + '.yaml';
	if (!facts.committee) throw new IngestError(raw.path, undefined, `teksten angiver ikke udvalget; skriv "committee: <udvalgets navn>" i sidecar-filen ${sidecarName}`);
	if (!facts.date) throw new IngestError(raw.path, undefined, `teksten angiver ikke mødedatoen; skriv "date: ÅÅÅÅ-MM-DD" i sidecar-filen ${sidecarName}`);
	const built = buildDocuments({
		parsed,
		municipality,
		source: raw.path,
		format: parser.name,
		facts: { ...facts, committee: canonicalCommittee(facts.committee, municipality, registry), date: facts.date },
	});

	const meeting = meetingSchema.safeParse(built.meeting.data, { reportInput: true });
	if (!meeting.success) throw invalid(raw.path, built.meeting.line, meeting.error);
	for (const item of built.items) {
		const result = agendaItemSchema.safeParse(item.data, { reportInput: true });
		if (!result.success) throw invalid(raw.path, item.line, result.error);
	}
	const documents: Document<object>[] = [built.meeting, ...built.items];
	checkNothingLost(raw.path, lines, parsed.dropped, documents);
	if (parser.name !== 'tekst' && built.items.length === 0) parsed.warnings.push({ message: 'ingen dagsordenspunkter fundet' });

	return {
		source: raw.path,
		format: parser.name,
		formatLabel: parser.label,
		encoding,
		meetingId: built.id,
		items: built.items.length,
		files: documents.map((document) => ({ path: document.path, content: serializeMarkdown(documentTree(document, toYaml) as Root) })),
		warnings: parsed.warnings,
		dropped: parsed.dropped,
	};
}

function invalid(path: string, line: number, error: z.ZodError): IngestError {
	const issue = error.issues[0]!;
	return new IngestError(path, line, `feltet "${issue.path.join('.')}" blev ugyldigt: ${describeIssue(issue)}; ret råteksten eller angiv feltet i sidecar-filen`, { cause: error });
}
