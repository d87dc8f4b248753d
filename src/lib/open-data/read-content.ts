import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { markdownFiles } from '../content/markdown-files.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { readYaml } from '../ingest/read-yaml.ts';
import type { AttachmentEntry } from '../site/build-archive.ts';
import type { ItemEntry, MeetingEntry } from '../site/archive-entries.ts';
import { agendaItemSchema, attachmentSchema, meetingSchema } from '../../schemas/index.ts';

/** An agenda item with its Markdown body, for exports that carry the full text. */
export type ItemWithBody = ItemEntry & { body: string };

async function read<Schema extends z.ZodType>(root: string, folder: string, schema: Schema, only: string | undefined) {
	const entries: { id: string; filePath: string; data: z.output<Schema>; body: string }[] = [];
	for (const filePath of await markdownFiles(root, only ? `${folder}/${only}` : folder)) {
		// Synchronous: this runs in the open-data thread, where a promise per file only adds hops through
		// the thread pool Astro's page writes are waiting on.
		const { yaml, body } = splitFrontmatter(readFileSync(join(root, filePath), 'utf8'));
		// readYaml names the file, line and field of anything invalid; `npm run check` has said so already.
		entries.push({ id: filePath.slice(folder.length + 1).replace(/\.md$/, ''), filePath, data: readYaml(yaml, filePath, schema, 'frontmatter'), body });
	}
	return entries;
}

/**
 * The committed content as the site sees it, read outside Astro for the open-data exports:
 * validated against the same schemas, bodies included; with `only`, one municipality's.
 */
export async function readContent(root: string, only?: string): Promise<{ meetings: MeetingEntry[]; items: ItemWithBody[]; attachments: AttachmentEntry[] }> {
	const [meetings, items, attachments] = await Promise.all([read(root, 'content/meetings', meetingSchema, only), read(root, 'content/cases', agendaItemSchema, only), read(root, 'content/attachments', attachmentSchema, only)]);
	return { meetings, items, attachments };
}
