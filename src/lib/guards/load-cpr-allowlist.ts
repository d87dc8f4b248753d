import { readFile } from 'node:fs/promises';
import { cprAllowlistSchema, type CprAllowlist } from '../../schemas/index.ts';
import { assertNotLink } from '../content/inside-repository.ts';
import { readYaml } from '../ingest/read-yaml.ts';

export const cprAllowlistPath = 'content/cpr-allowlist.yaml';

/** Reads `content/cpr-allowlist.yaml`; an archive without one allows nothing. */
export async function loadCprAllowlist(path = cprAllowlistPath): Promise<CprAllowlist> {
	let text: string;
	assertNotLink(path);
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new Error(`${path} kunne ikke læses`, { cause: error });
	}
	return [...(readYaml(text, path, cprAllowlistSchema, 'CPR-undtagelseslisten') as CprAllowlist)];
}
