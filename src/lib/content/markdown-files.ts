import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The Markdown files under `root/folder`, as sorted `/`-separated paths relative to `root`; none if the folder is missing. */
export async function markdownFiles(root: string, folder: string): Promise<string[]> {
	const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}
