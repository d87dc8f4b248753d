import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { unitsOf } from '../../src/lib/ingest/2-read/document/units.ts';
import { ingestFile } from '../../src/lib/ingest/ingest-file.ts';
import { readRaw } from '../../src/lib/ingest/2-read/read-raw.ts';
import { municipalityRegistrySchema } from '../../src/schemas/index.ts';
import { printFirstAgendaPdf, type Api } from '../corpus/firstagenda-pdf.ts';

export interface ReaderSpeed {
	reader: string;
	files: number;
	bytes: number;
	pages?: number;
	seconds: number;
}

/**
 * How fast each reader reads, on one core (pdf.js runs on the calling thread here): the originals
 * in test/fixtures/originals by container, the seed texts, and a FirstAgenda PDF export of 100 pages
 * and more, printed in Chromium from three API meetings. Each set is read again until a second has
 * passed, and the time per pass is reported.
 */
export async function readerSpeeds(root: string, browser: Browser): Promise<ReaderSpeed[]> {
	const originals = join(root, 'test/fixtures/originals');
	const entries = await readdir(originals, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile() && !/\.(md|ts)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
	const seeds = (await readdir(join(root, 'content/raw'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => join(entry.parentPath, entry.name));
	const inputs = new Map<string, { name: string; bytes: Uint8Array }[]>();
	const add = (reader: string, name: string, bytes: Uint8Array) => inputs.set(reader, [...(inputs.get(reader) ?? []), { name, bytes }]);
	for (const path of [...files, ...seeds]) {
		const bytes = new Uint8Array(await readFile(path));
		add((await readRaw(path, bytes)).container, path, bytes);
	}
	const apis = await Promise.all(['greve-klima-teknik-og-miljoeudvalget-2024-01-15', 'greve-byraad-2024-10-02', 'greve-social-og-handicapudvalget-2024-10-07'].map(async (name) => JSON.parse(await readFile(join(originals, `${name}.json`), 'utf8')) as Api));
	add('pdf, 100+ pages', 'firstagenda-100-sider.pdf', new Uint8Array(await printFirstAgendaPdf(browser, apis)));

	const speeds: ReaderSpeed[] = [];
	for (const [reader, set] of inputs) {
		let pages = 0;
		let passes = 0;
		const started = performance.now();
		while (performance.now() - started < 1000 || passes === 0) {
			for (const { name, bytes } of set) {
				const document = await readRaw(name, bytes);
				if (passes === 0) pages += document.pages ?? 0;
				// A zip's entries and a document's units are part of reading it.
				unitsOf(document.blocks);
			}
			passes++;
		}
		const seconds = (performance.now() - started) / 1000 / passes;
		speeds.push({ reader, files: set.length, bytes: set.reduce((sum, { bytes }) => sum + bytes.length, 0), ...(pages > 0 ? { pages } : {}), seconds });
	}
	return speeds;
}

export interface SystemSpeed {
	system: string;
	files: number;
	meetings: number;
	items: number;
	bytes: number;
	seconds: number;
}

/**
 * Each publishing system's whole ingest of one file (reader, layout, documents, the word ledger and
 * the CPR guard), on one core: the originals of test/fixtures/originals grouped by the system
 * ingest recognises, each set read again until a second has passed.
 */
export async function systemSpeeds(root: string): Promise<SystemSpeed[]> {
	const originals = join(root, 'test/fixtures/originals');
	const entries = await readdir(originals, { recursive: true, withFileTypes: true });
	const paths = entries.filter((entry) => entry.isFile() && !/\.(md|ts|DOCX)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
	const registry = municipalityRegistrySchema.parse({ bench: { name: 'Bench' } });
	const raws = await Promise.all(paths.map(async (path) => ({ path: `content/raw/bench/${basename(path)}`, bytes: new Uint8Array(await readFile(path)) })));
	const sets = new Map<string, { raws: typeof raws; meetings: number; items: number }>();
	for (const raw of raws) {
		const result = await ingestFile(raw, { registry });
		const set = sets.get(result.format) ?? { raws: [], meetings: 0, items: 0 };
		sets.set(result.format, { raws: [...set.raws, raw], meetings: set.meetings + result.meetingIds.length, items: set.items + result.items });
	}
	const speeds: SystemSpeed[] = [];
	for (const [system, set] of sets) {
		let passes = 0;
		const started = performance.now();
		while (performance.now() - started < 1000 || passes === 0) {
			for (const raw of set.raws) await ingestFile(raw, { registry });
			passes++;
		}
		speeds.push({ system, files: set.raws.length, meetings: set.meetings, items: set.items, bytes: set.raws.reduce((sum, raw) => sum + raw.bytes.length, 0), seconds: (performance.now() - started) / 1000 / passes });
	}
	return speeds.sort((a, b) => (a.system < b.system ? -1 : 1));
}
