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

/** The publishing systems whose portals `npm run fetch` can follow (`src/lib/fetch/<system>/`). */
export const sourceSystems = ['firstagenda'] as const;

/** A host on this machine: only a test's portal is served there. */
export const isLoopbackHost = (hostname: string): boolean => /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(hostname);

/**
 * A portal's address: an origin (`https://host`, no path, query or credentials), over https, since
 * what it serves is committed as the public record; plain http only on this machine, for tests.
 */
const portalUrl = z.string().superRefine((value, context) => {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		context.addIssue({ code: 'custom', message: 'er ikke en gyldig webadresse; skriv portalens adresse, fx https://dagsordener.kommune.dk' });
		return;
	}
	const loopback = isLoopbackHost(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) context.addIssue({ code: 'custom', message: `skal begynde med https:// (ikke ${url.protocol}); kun en testportal på denne maskine (localhost, 127.0.0.1) må bruge http://` });
	else if (url.username || url.password || url.search || url.hash || url.pathname !== '/') context.addIssue({ code: 'custom', message: 'skal være portalens adresse alene, uden sti, forespørgsel eller brugernavn, fx https://dagsordener.kommune.dk' });
});

/**
 * Where the municipality publishes through a portal that `npm run fetch` can read: the scheduled
 * fetch proposes each new agenda and set of minutes as a pull request.
 */
export const sourceSchema = z.strictObject({
	/** The portal's system: `firstagenda` (FirstAgenda Publication). */
	system: z.enum(sourceSystems, { error: `ukendt system; vælg ${sourceSystems.join(', ')}` }),
	/** The portal's address, `https://dagsordener-referater.hvidovre.dk`. */
	url: portalUrl,
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
	/** The portal `npm run fetch` follows for new publications; without it, editors commit by hand. */
	source: sourceSchema.optional(),
});

/** The whole registry: slug → municipality. */
export const municipalityRegistrySchema = z.record(slug, municipalitySchema);

export type Municipality = z.infer<typeof municipalitySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type MunicipalityRegistry = z.infer<typeof municipalityRegistrySchema>;
