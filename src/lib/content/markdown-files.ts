import { join, relative } from 'node:path';
import { listInsideRepository } from './inside-repository.ts';

/**
 * The Markdown files under `root/folder`, as sorted `/`-separated paths relative to `root`; none if
 * the folder is missing. A symbolic link anywhere in it is refused (an IngestError naming it), never
 * read through or skipped.
 */
export async function markdownFiles(root: string, folder: string): Promise<string[]> {
	return listInsideRepository(root, folder)
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}
