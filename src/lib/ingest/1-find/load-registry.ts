import { readFile } from 'node:fs/promises';
import { municipalityRegistrySchema, type MunicipalityRegistry } from '../../../schemas/index.ts';
import { assertNotLink } from '../../content/inside-repository.ts';
import { IngestError } from '../ingest-error.ts';
import { readYaml } from '../read-yaml.ts';

export const registryPath = 'content/municipalities.yaml';

/** Reads and validates `content/municipalities.yaml`. */
export async function loadRegistry(path = registryPath): Promise<MunicipalityRegistry> {
	let text: string;
	assertNotLink(path);
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new IngestError(path, undefined, 'kommuneregistret mangler; opret filen med én nøgle pr. kommune, fx "stevns: { name: Stevns Kommune }"', { cause: error });
	}
	return { ...readYaml(text, path, municipalityRegistrySchema, 'kommuneregistret') };
}
