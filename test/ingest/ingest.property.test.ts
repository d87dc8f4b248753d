import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { markdownFilesOf, type FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { toSourceLines } from '../../src/lib/ingest/2-read/source-lines.ts';
import { countWords, words } from '../../src/lib/ingest/words.ts';
import { agendaItemSchema, meetingSchema } from '../../src/schemas/index.ts';
import { ingestText, parseMarkdown } from '../helpers/ingest-text.ts';

const seeds = [
	['rudersdal', 'rudersdal/2021-09-15-erhvervsudvalget.txt'],
	['stevns', 'stevns/2020-06-10-arbejdsmarked-erhverv-og-turisme.txt'],
	['rudersdal', 'roedovre/2024-10-08-beskaeftigelsesudvalget.txt'],
	['rudersdal', 'hedensted/2021-11-29-udvalget-for-laering.txt'],
	['rudersdal', 'hoeje-taastrup/2017-06-19-direktionen.txt'],
].map(([municipality, path]) => ({ municipality: municipality!, text: readFileSync(new URL(`../../content/raw/${path}`, import.meta.url), 'utf8') }));
/** `FUZZ_RUNS=5000 npm test` for a longer hunt; the default keeps `npm test` quick. */
const runs = Number(process.env.FUZZ_RUNS ?? 1);
const stevnsSidecar = 'committee: Arbejdsmarked, Erhverv og Turisme\ndate: 2020-06-10\n';

/** Every string and number a YAML value holds (JSON.stringify would glue "\n" to the next word). */
function yamlValues(value: unknown, into: string[]): string[] {
	if (typeof value === 'string' || typeof value === 'number') into.push(String(value));
	else if (value && typeof value === 'object') for (const entry of Object.values(value)) yamlValues(entry, into);
	return into;
}

function renderedText(node: Nodes, into: string[]): string[] {
	if (node.type === 'yaml') yamlValues(parse(node.value), into);
	else if ('value' in node) into.push(node.value);
	if (node.type === 'list' && node.ordered) node.children.forEach((_, i) => into.push(String((node.start ?? 1) + i)));
	if ('children' in node) for (const child of node.children) renderedText(child, into);
	return into;
}

/**
 * What a successful run must guarantee, checked on the Markdown as a renderer reads it back:
 * every file's frontmatter validates, and every raw word is on a page or in the drop report.
 */
function expectValidAndLossless(raw: string, result: FileResult) {
	const available = countWords([]);
	for (const file of markdownFilesOf(result)) {
		const tree = parseMarkdown(file.content);
		const yaml = tree.children[0];
		expect(yaml?.type).toBe('yaml');
		const schema = file.path.startsWith('meetings/') ? meetingSchema : agendaItemSchema;
		expect(schema.safeParse(parse(yaml!.type === 'yaml' ? yaml!.value : '')).success).toBe(true);
		countWords(renderedText(tree, []), available);
	}
	for (const entry of result.dropped) for (const word of entry.words) available.set(word, (available.get(word) ?? 0) + 1);
	const lost = toSourceLines(raw).flatMap((line) => words(line.text)).filter((word) => {
		const left = available.get(word) ?? 0;
		available.set(word, left - 1);
		return left <= 0;
	});
	expect(lost).toEqual([]);
}

/** Ingest ends in valid, lossless output or an IngestError; any other exception fails the property. */
async function ingestsOrRefuses(text: string | Uint8Array, options: Parameters<typeof ingestText>[1]) {
	let result: FileResult;
	try {
		result = await ingestText(text, options);
	} catch (error) {
		if (error instanceof IngestError) return;
		throw error;
	}
	expectValidAndLossless(typeof text === 'string' ? text : new TextDecoder('windows-1252').decode(text), result);
}

/** Windows-1252 bytes of a text; characters it cannot hold become "?". */
function toWindows1252(text: string): Uint8Array {
	const high: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };
	return Uint8Array.from([...text.normalize('NFC')].map((char) => high[char] ?? (char.charCodeAt(0) <= 0xff && !(char.charCodeAt(0) >= 0x80 && char.charCodeAt(0) < 0xa0) ? char.charCodeAt(0) : 0x3f)));
}

type Mutation =
	| { op: 'drop'; at: number }
	| { op: 'duplicate'; at: number }
	| { op: 'swap'; a: number; b: number }
	| { op: 'truncate'; at: number }
	| { op: 'control'; at: number; char: string }
	| { op: 'crlf' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
	fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('control' as const), at: fc.nat(), char: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u000c', '\u00a0', '\ufeff', '\u200b', '\t') }),
	fc.record({ op: fc.constant('crlf' as const) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
	let lines = text.split('\n');
	for (const m of mutations) {
		const at = (n: number) => n % Math.max(lines.length, 1);
		if (m.op === 'drop') lines.splice(at(m.at), 1);
		else if (m.op === 'duplicate') lines.splice(at(m.at), 0, lines[at(m.at)] ?? '');
		else if (m.op === 'swap') {
			// Swap two blocks (runs between blank lines), as a shuffled export would.
			const blocks = lines.join('\n').split('\n\n');
			const [a, b] = [m.a % blocks.length, m.b % blocks.length];
			[blocks[a], blocks[b]] = [blocks[b]!, blocks[a]!];
			lines = blocks.join('\n\n').split('\n');
		} else if (m.op === 'truncate') lines = lines.slice(0, at(m.at) + 1);
		else if (m.op === 'control') {
			const i = at(m.at);
			const line = lines[i] ?? '';
			const column = m.at % (line.length + 1);
			lines[i] = line.slice(0, column) + m.char + line.slice(column);
		} else lines = lines.map((line) => `${line}\r`);
	}
	return lines.join('\n');
}

describe('ingest never fails in an unhandled way', () => {
	test('on random text', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('Punkt 1: Titel', '  • 12. Titel', 'Sag nr. 3', 'Beslutning', 'Bilag', '- o x', '\t', '1. a', '00.00.00-I02-1-21', 'Lukket')), { maxLength: 40 }),
				(lines) => ingestsOrRefuses(lines.join('\n'), { sidecar: 'committee: Byrådet\ndate: 2024-01-02\n' }),
			),
			{ numRuns: 300 * runs },
		);
	}, 60_000 * runs);

	test('on mutated seeds: dropped, duplicated and shuffled lines, truncation, control characters, CRLF', async () => {
		await fc.assert(
			fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (index, mutations) => {
				const { municipality, text } = seeds[index]!;
				await ingestsOrRefuses(mutate(text, mutations), { municipality, ...(municipality === 'stevns' ? { sidecar: stevnsSidecar } : {}) });
			}),
			{ numRuns: 150 * runs },
		);
	}, 60_000 * runs);

	test('on seeds re-encoded as Windows-1252', async () => {
		for (const { municipality, text } of seeds) {
			await ingestsOrRefuses(toWindows1252(text), { municipality, ...(municipality === 'stevns' ? { sidecar: stevnsSidecar } : {}) });
			expect((await ingestText(toWindows1252(text), { municipality, ...(municipality === 'stevns' ? { sidecar: stevnsSidecar } : {}) })).encoding).toBe('windows-1252');
		}
	});
});

test('the seeds themselves are lossless when read back from the Markdown', async () => {
	for (const { municipality, text } of seeds) {
		expectValidAndLossless(text, await ingestText(text, { municipality, ...(municipality === 'stevns' ? { sidecar: stevnsSidecar } : {}) }));
	}
});
