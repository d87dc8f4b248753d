import { slugify } from '../ingest/slugify.ts';
import type { MunicipalityRegistry } from '../../schemas/index.ts';

/**
 * Whether a committee, by its name or its address segment, is one the registry marks as a
 * publishing system's test (`test: true`): listed nowhere, counted in no figure, and said to be a
 * test on its own pages. Names compare by their slug, as the committee's address does.
 */
export function testCommittees(registry: MunicipalityRegistry): (municipality: string, committee: string) => boolean {
	const marked = new Set(Object.entries(registry).flatMap(([slug, municipality]) => municipality.committees.filter((committee) => committee.test).map((committee) => `${slug}/${slugify(committee.name)}`)));
	return (municipality, committee) => marked.has(`${municipality}/${slugify(committee)}`);
}
