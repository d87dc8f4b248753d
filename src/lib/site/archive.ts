import { getCollection } from 'astro:content';
import { loadRegistry } from '../ingest/load-registry.ts';
import type { MunicipalityRegistry } from '../../schemas/index.ts';
import { buildArchive, type Archive } from './build-archive.ts';

let archive: Promise<Archive> | undefined;

/** The archive's lookup maps, built once per build however many pages ask for them. */
export function getArchive(): Promise<Archive> {
	archive ??= Promise.all([getCollection('meetings'), getCollection('cases')]).then(([meetings, items]) => buildArchive(meetings, items));
	return archive;
}

let registry: Promise<MunicipalityRegistry> | undefined;

/** `content/municipalities.yaml`, read once. */
export function getRegistry(): Promise<MunicipalityRegistry> {
	registry ??= loadRegistry();
	return registry;
}

/** Display names by municipality slug. */
export async function municipalityNames(): Promise<Record<string, string>> {
	return Object.fromEntries(Object.entries(await getRegistry()).map(([slug, municipality]) => [slug, municipality.name]));
}
