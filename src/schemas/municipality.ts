import { z } from 'astro/zod';
import { line, slug, webUrl } from './fields.ts';

/** A committee as a municipality names it, with the other names its exports use for it. */
export const committeeSchema = z.strictObject({
	/** The committee's display name. */
	name: line,
	/** Other spellings and abbreviations found in exports (`AET`), mapped to `name` by ingest. */
	aliases: z.array(line).default([]),
	/**
	 * A publishing system's test committee (a vendor's demonstration, such as Middelfart's "Hennys
	 * testudvalg"), not a body of the council. Its pages are built, so their addresses and the
	 * republication they show keep working, but each says it is a test, asks search engines not to
	 * index it, and no list, figure or coverage of the archive counts it.
	 */
	test: z.boolean().default(false),
});

/** One entry of `content/municipalities.yaml`, keyed by the municipality's slug. */
export const municipalitySchema = z.strictObject({
	/** Display name, e.g. `Høje-Taastrup Kommune`. */
	name: line,
	/** The municipality's own website, shown as the origin of the minutes. */
	website: webUrl.optional(),
	/**
	 * Where the municipality publishes its agendas and minutes (its own page or its publishing
	 * system's portal): each meeting links it as its source when the meeting has no address of its own.
	 */
	minutes: webUrl.optional(),
	/** Known committees; exports may use any of their aliases. */
	committees: z.array(committeeSchema).default([]),
});

/** The whole registry: slug → municipality. */
export const municipalityRegistrySchema = z.record(slug, municipalitySchema);

export type Municipality = z.infer<typeof municipalitySchema>;
export type MunicipalityRegistry = z.infer<typeof municipalityRegistrySchema>;
