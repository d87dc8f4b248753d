import { defineCollection, reference } from 'astro:content';
import { frontmatterLoader } from './lib/content/frontmatter-loader.ts';
import { shard } from './lib/shard.ts';
import { agendaItemSchema, attachmentSchema, meetingSchema } from './schemas/index.ts';

/**
 * The two collections ingest writes. The schemas are the ones ingest validates against before it
 * writes; only `meeting` is narrowed here to a reference, which exists only inside Astro. The store
 * holds frontmatter only; pages render bodies from `filePath` (see `frontmatterLoader`). A shard
 * build loads its own municipality only.
 */
export const collections = {
	meetings: defineCollection({
		loader: frontmatterLoader({ base: './content/meetings/', only: shard }),
		schema: meetingSchema,
	}),
	cases: defineCollection({
		loader: frontmatterLoader({ base: './content/cases/', only: shard }),
		schema: agendaItemSchema.extend({ meeting: reference('meetings') }),
	}),
	/** Attachment files a publication package carried, with their text; the files lie beside them. */
	attachments: defineCollection({
		loader: frontmatterLoader({ base: './content/attachments/', only: shard }),
		schema: attachmentSchema,
	}),
};
