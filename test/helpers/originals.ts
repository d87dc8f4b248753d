import { readFile } from 'node:fs/promises';
import type { Nodes as HastNodes } from 'hast';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { ingestFile, markdownFilesOf, type FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { countWords, words } from '../../src/lib/ingest/words.ts';
import { municipalityRegistrySchema } from '../../src/schemas/index.ts';
import { dropReport, matchGolden } from './golden.ts';

/** The real originals the tests read (`test/fixtures/originals/`, copies of `../shared/originals/`). */
export const fixtures = new URL('../fixtures/originals/', import.meta.url);
const registry = municipalityRegistrySchema.parse(Object.fromEntries(['greve', 'aarhus', 'middelfart', 'ballerup', 'glostrup', 'syddjurs'].map((slug) => [slug, { name: `${slug[0]!.toUpperCase()}${slug.slice(1)} Kommune` }])));

/** Reads an original as an editor commits it: as downloaded, no sidecar. */
export async function ingestOriginal(name: string, municipality: string, bytes?: Uint8Array, { ocrCache }: { ocrCache?: string } = {}): Promise<FileResult> {
	return ingestFile({ path: `content/raw/${municipality}/${name.split('/').at(-1)}`, bytes: bytes ?? new Uint8Array(await readFile(new URL(name, fixtures))) }, { registry, ...(ocrCache ? { ocrCache } : {}) });
}

export const frontmatter = (result: FileResult, suffix: string) => {
	const file = markdownFilesOf(result).find((candidate) => candidate.path.endsWith(suffix));
	if (!file) throw new Error(`no file ends with ${suffix}`);
	return parse(file.content.split('---\n')[1]!) as Record<string, unknown>;
};
export const items = (result: FileResult) => markdownFilesOf(result).filter((file) => file.path.startsWith('cases/')).map((file) => parse(file.content.split('---\n')[1]!) as Record<string, unknown>).sort((a, b) => Number(a.position) - Number(b.position));

/**
 * What a reader of an HTML page reads: the text of its body, less scripts, styles, hidden parts and
 * the page's controls (buttons, menus, forms and dialogs, the "PDF" labels beside each link).
 */
function pageText(node: HastNodes, into: string[] = []): string[] {
	if (node.type === 'text') into.push(node.value);
	const controls = ['script', 'style', 'template', 'noscript', 'head', 'button', 'form', 'dialog', 'nav', 'input', 'select'];
	if (node.type === 'element' && (controls.includes(node.tagName) || node.properties.hidden !== undefined || ['button', 'menu', 'menuitem', 'dialog'].includes(String(node.properties.role)))) return into;
	if ('children' in node) for (const child of node.children) pageText(child, into);
	return into;
}
export const htmlText = (html: string) => pageText(unified().use(rehypeParse).parse(html)).join(' ');

/** What a reader of the API's meeting sees on the portal: names, captions, numbers and each field's text. */
export function apiText(json: Record<string, any>): string {
	const parts = [json.Udvalg.Navn, json.Moede.Sted ?? '', ...json.Moede.Moededeltagere.map((person: { Name: string }) => person.Name)];
	for (const item of json.Dagsordenpunkter) {
		parts.push(item.Caption, item.SagsNummer ?? '', ...(item.Bilag ?? []).map((attachment: { Navn: string }) => attachment.Navn));
		for (const field of item.Felter ?? []) parts.push(field.Html ? htmlText(field.Html) : '');
	}
	return parts.join('\n');
}

/**
 * The text of a PDF's pages as a reader reads the minutes: every line pdf.js finds, less the
 * running header and footer (a line that recurs, digits aside, on a third of the pages or more)
 * and the table of contents (from "Indholdsfortegnelse" to the page the first item starts on).
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
	const task = getDocument({ data: bytes, verbosity: 0 });
	const pdf = await task.promise;
	const pages: string[][] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const content = await (await pdf.getPage(number)).getTextContent();
		let line = '';
		const lines: string[] = [];
		for (const item of content.items) {
			if (!('str' in item)) continue;
			line += item.str.normalize('NFKC');
			if (item.hasEOL) {
				lines.push(line);
				line = '';
			}
		}
		pages.push([...lines, line].filter((text) => text.trim() !== ''));
	}
	await task.destroy();
	const shape = (text: string) => text.replace(/\d+/g, '#').trim();
	const recurring = new Map<string, number>();
	for (const lines of pages) for (const text of new Set(lines.map(shape))) recurring.set(text, (recurring.get(text) ?? 0) + 1);
	const tocPage = pages.findIndex((lines) => lines.some((text) => text.trim() === 'Indholdsfortegnelse'));
	const firstItem = pages.findIndex((lines, index) => index > tocPage && lines.some((text) => /^Punkt 1:/.test(text)));
	return pages
		.flatMap((lines, index) => {
			const kept = lines.filter((text) => recurring.get(shape(text))! < Math.max(2, pages.length / 3));
			if (tocPage < 0 || index < tocPage || index >= firstItem) return kept;
			return index === tocPage ? kept.slice(0, kept.findIndex((text) => text.trim() === 'Indholdsfortegnelse')) : [];
		})
		.join('\n');
}

/** The share of the reader's words (as often as they occur) that the generated files hold. */
export function kept(readerText: string, result: FileResult): number {
	const published = countWords(markdownFilesOf(result).map((file) => file.content));
	const wanted = words(readerText);
	const lost: string[] = [];
	const found = wanted.filter((word) => {
		const left = published.get(word) ?? 0;
		published.set(word, left - 1);
		if (left <= 0) lost.push(word);
		return left > 0;
	});
	if (process.env.SHOW_LOST) console.log(lost.join(' '));
	return found.length / wanted.length;
}

export async function golden(name: string, result: FileResult) {
	const base = `originals/${name.replace(/\.[^./]+$/, '')}`;
	for (const file of markdownFilesOf(result)) await matchGolden(`${base}/${file.path}`, file.content);
	await matchGolden(`${base}/dropped.txt`, dropReport(result));
}

