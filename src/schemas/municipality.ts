import { z } from 'astro/zod';
import { line, slug } from './fields.ts';

/** A committee as a municipality names it, with the other names its exports use for it. */
export const committeeSchema = z.strictObject({
	/** The committee's display name. */
	name: line,
	/** Other spellings and abbreviations found in exports (`AET`), mapped to `name` by ingest. */
	aliases: z.array(line).default([]),
});

/** One entry of `content/municipalities.yaml`, keyed by the municipality's slug. */
export const municipalitySchema = z.strictObject({
	/** Display name, e.g. `Høje-Taastrup Kommune`. */
	name: line,
	/** The municipality's own website, shown as the origin of the minutes. */
	website: z.url().optional(),
	/** Known committees; exports may use any of their aliases. */
	committees: z.array(committeeSchema).default([]),
});

/** The whole registry: slug → municipality. */
export const municipalityRegistrySchema = z.record(slug, municipalitySchema);

export type Municipality = z.infer<typeof municipalitySchema>;
export type MunicipalityRegistry = z.infer<typeof municipalityRegistrySchema>;
