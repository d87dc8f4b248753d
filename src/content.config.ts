import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { agendaItemSchema, meetingSchema } from './schemas/index.ts';

/**
 * The two collections ingest writes. The schemas are the ones ingest validates against before it
 * writes; only `meeting` is narrowed here to a reference, which exists only inside Astro.
 */
export const collections = {
	meetings: defineCollection({
		loader: glob({ base: './content/meetings', pattern: '**/*.md' }),
		schema: meetingSchema,
	}),
	cases: defineCollection({
		loader: glob({ base: './content/cases', pattern: '**/*.md' }),
		schema: agendaItemSchema.extend({ meeting: reference('meetings') }),
	}),
};
