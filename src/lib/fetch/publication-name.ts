import { copenhagenTime, utcStamp } from './copenhagen-time.ts';
import { slugify } from '../ingest/slugify.ts';
import type { Publication } from './portal-system.ts';

const idPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `<date>-<committee>-<kind>-<id>-<released, UTC>`: what the fetch names a publication's files. */
const basePattern = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})-[a-z0-9-]+-(dagsorden|tillaegsdagsorden|referat)-(${idPattern})-(\\d{8}T\\d{6}Z)$`);

/**
 * The name (without extension) of a publication's JSON, sidecar and folder, from slugs and ids
 * only, never from a name the portal gave: `2026-05-18-oekonomiudvalget-dagsorden-<id>-20260512T205502Z`.
 * The release time keeps a republication of the same meeting beside the first, never over it.
 */
export function publicationBase(publication: Pick<Publication, 'date' | 'committee' | 'kind' | 'id' | 'released'>): string {
	const committee = slugify(publication.committee).slice(0, 60).replace(/-+$/, '') || 'udvalg';
	const stamp = utcStamp(publication.released);
	if (!new RegExp(`^${idPattern}$`).test(publication.id) || !stamp || !/^\d{4}-\d{2}-\d{2}$/.test(publication.date)) throw new Error(`udgivelsen ${publication.id} mangler id, dato eller udgivelsestidspunkt at blive navngivet efter`);
	return `${publication.date}-${committee}-${publication.kind}-${publication.id}-${stamp}`;
}

/** What identifies a publication across runs: its id and when it was released, to the minute in Danish time (as a sidecar's `published` holds it). */
export const publicationKey = (id: string, published: string) => `${id.toLowerCase()}@${published}`;

/** The key and meeting date of a name `publicationBase` made; undefined for any other name. */
export function parsePublicationBase(base: string): { key: string; date: string } | undefined {
	const match = basePattern.exec(base);
	if (!match) return undefined;
	const [, date, , id, stamp] = match;
	const iso = `${stamp!.slice(0, 4)}-${stamp!.slice(4, 6)}-${stamp!.slice(6, 8)}T${stamp!.slice(9, 11)}:${stamp!.slice(11, 13)}:${stamp!.slice(13, 15)}Z`;
	const published = copenhagenTime(iso);
	return published ? { key: publicationKey(id!, published), date: date! } : undefined;
}
