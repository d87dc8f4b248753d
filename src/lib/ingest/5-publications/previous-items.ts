import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../content/split-frontmatter.ts';
import type { PreviousItem } from './merge-versions.ts';

/**
 * The item files a meeting already has in `<out>/cases/<meeting>/`: each address that was
 * published, and what its frontmatter says of the item, so that a new publication keeps the
 * addresses (`planMeeting`). A file that cannot be read as frontmatter still holds its address.
 */
export async function previousItems(out: string, meeting: string): Promise<PreviousItem[]> {
	const folder = join(out, 'cases', meeting);
	const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw new Error(`kunne ikke læse ${folder}`, { cause: error });
	});
	return Promise.all(
		names
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map(async (name): Promise<PreviousItem> => {
				const slug = name.replace(/\.md$/, '');
				const text = await readFile(join(folder, name), 'utf8');
				try {
					const data = parse(splitFrontmatter(text).yaml) as PreviousItem['data'] | null;
					return { slug, data: data ?? {} };
				} catch {
					return { slug, data: {} };
				}
			}),
	);
}
