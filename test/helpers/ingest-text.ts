import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';
import { ingestFile, markdownFilesOf, type FileResult } from '../../src/lib/ingest/ingest-file.ts';
import type { Format } from '../../src/lib/ingest/3-layouts/index.ts';
import { municipalityRegistrySchema } from '../../src/schemas/index.ts';
import { registryYaml } from './temp-repo.ts';

export const registry = municipalityRegistrySchema.parse(parse(registryYaml));

/** Ingests raw text as if it were `content/raw/<municipality>/test.txt`, with an optional sidecar. */
export function ingestText(text: string | Uint8Array, { sidecar, format, municipality = 'rudersdal' }: { sidecar?: string; format?: Format; municipality?: string } = {}): Promise<FileResult> {
	const path = `content/raw/${municipality}/test.txt`;
	return ingestFile(
		{ path, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text, ...(sidecar ? { sidecar: { path: path.replace('.txt', '.yaml'), text: sidecar } } : {}) },
		{ registry, ...(format ? { format } : {}) },
	);
}

const reader = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses generated Markdown back the way a renderer would (CommonMark + GFM + frontmatter). */
export function parseMarkdown(markdown: string): Root {
	return reader.parse(markdown);
}

/** The file of a result whose path ends with `suffix`. */
export function fileOf(result: FileResult, suffix: string): string {
	const file = markdownFilesOf(result).find((f) => f.path.endsWith(suffix));
	if (!file) throw new Error(`no generated file ends with ${suffix}: ${markdownFilesOf(result).map((f) => f.path).join(', ')}`);
	return file.content;
}
