import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { listInsideRepository } from './inside-repository.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/**
 * A content loader that keeps only the frontmatter of each Markdown file in Astro's data store.
 * Bodies are read and rendered when their page is built (`renderMarkdownFile`). Measured at 66,000
 * entries (issue 6): the default glob loader took 196 s and 5.2 GB and its store file grows past
 * V8's string limit near 110,000 entries; keeping the store to frontmatter took 142 s and 1.7 GB.
 * Unchanged files (same digest) are not re-validated on a warm build; the digest covers the
 * schemas' source too, since a new field with a default changes what a file parses to. With `only`,
 * just that municipality's folder is read (a shard build).
 */
export function frontmatterLoader({ base, only }: { base: string; only?: string | undefined }): Loader {
	return {
		name: 'referatarkiv-frontmatter-loader',
		async load({ config, store, parseData, generateDigest, logger }) {
			const root = fileURLToPath(new URL(base, config.root));
			const schemas = await schemaStamp(fileURLToPath(new URL('src/schemas/', config.root)));
			// Never through a link: a content file linked to /etc/passwd would otherwise be published.
			const files = listInsideRepository(fileURLToPath(config.root), only ? join(root, only) : root)
				.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
				.map((entry) => join(entry.parentPath, entry.name))
				.sort();
			const seen = new Set<string>();
			for (const file of files) {
				const id = relative(root, file).split(sep).join('/').replace(/\.md$/, '');
				const filePath = relative(fileURLToPath(config.root), file).split(sep).join('/');
				seen.add(id);
				// Synchronous, like every read of many small files here: see render-markdown.ts.
				const text = readFileSync(file, 'utf8');
				const digest = generateDigest(schemas + text);
				if (store.get(id)?.digest === digest) continue;
				let raw: unknown;
				try {
					raw = parse(splitFrontmatter(text).yaml) ?? {};
				} catch (error) {
					throw new Error(`${filePath}: frontmatter er ikke gyldig YAML; ret filen, eller kør npm run ingest -- --force for at skrive den igen`, { cause: error });
				}
				const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
				store.set({ id, data, filePath, digest });
			}
			for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
			logger.info(`${files.length} filer fra ${base}`);
		},
	};
}

const stamps = new Map<string, Promise<string>>();

/** The schemas' source, folded to one string, read once for all collections: a changed schema makes every entry parse again. */
function schemaStamp(folder: string): Promise<string> {
	let stamp = stamps.get(folder);
	if (!stamp) {
		stamp = readdir(folder).then(async (all) => {
			const names = all.filter((name) => name.endsWith('.ts')).sort();
			const sources = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
			return createHash('sha256').update(sources.join('\0')).digest('hex');
		});
		stamps.set(folder, stamp);
	}
	return stamp;
}
