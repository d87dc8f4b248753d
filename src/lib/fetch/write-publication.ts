import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Publication, PublicationFile } from './portal-system.ts';

/**
 * Temporary names: hidden (ingest never reads a name starting with a dot) and ignored by git
 * (`*.tmp`), in the folder they are renamed into, so that each rename is atomic.
 */
const temporary = (base: string) => `.${base}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;

/** The sidecar of a fetched publication: where it is on the portal, when it was published, and what it is. */
export function sidecarText(publication: Publication, status: 'dagsorden' | 'referat' | undefined): string {
	const fields = { url: publication.url, published: publication.published, ...(status ? { status } : {}) };
	return `# Hentet fra portalen af npm run fetch; JSON-filen er portalens svar, som det kom.\n${stringify(fields)}`;
}

/**
 * Removes what an interrupted run left of the fetch's own writes: its temporary files, and a
 * publication whose sidecar (renamed last) never came, so that it is written again whole.
 */
export async function removeUnfinished(folder: string, unfinished: readonly string[]): Promise<void> {
	if (!existsSync(folder)) return;
	for (const name of await readdir(folder)) if (/^\..+\.\d+-[0-9a-f]{8}\.tmp$/.test(name)) await rm(join(folder, name), { recursive: true, force: true });
	for (const base of unfinished) {
		await rm(join(folder, `${base}.json`), { force: true });
		await rm(join(folder, base), { recursive: true, force: true });
	}
}

/**
 * Writes one publication into `folder` (`content/raw/<kommune>/`) as an original: `<base>.json` as
 * received, `<base>/<id>.pdf` for each document, and `<base>.yaml`. Every file is written under a
 * temporary name first and then renamed, the folder of documents, the JSON and last the sidecar,
 * which marks the publication as held: until that rename, a run that ends leaves nothing a later
 * run counts, and only what it removes again. A committed original is never written over.
 * Returns the paths written, relative to `folder`.
 */
export async function writePublication(folder: string, base: string, files: readonly PublicationFile[], sidecar: string): Promise<string[]> {
	await mkdir(folder, { recursive: true });
	if (existsSync(join(folder, `${base}.yaml`)) || existsSync(join(folder, `${base}.json`))) throw new Error(`${base} findes allerede i ${folder}: en indlagt udgivelse skrives aldrig over`);
	const meeting = files.find((file) => file.kind === 'meeting');
	if (!meeting) throw new Error(`udgivelsen ${base} har ingen mødes JSON`);
	const documents = files.filter((file) => file.kind === 'document');
	const temporaries: string[] = [];
	try {
		let documentsFolder: string | undefined;
		if (documents.length > 0) {
			documentsFolder = join(folder, temporary(base));
			temporaries.push(documentsFolder);
			await mkdir(documentsFolder);
			for (const file of documents) {
				if (!/^[0-9a-f-]{36}$/.test(file.id)) throw new Error(`dokumentets id ${JSON.stringify(file.id)} er ikke et id, en fil kan navngives efter`);
				await writeFile(join(documentsFolder, `${file.id}.pdf`), file.bytes);
			}
		}
		const json = join(folder, temporary(base));
		const yaml = join(folder, temporary(base));
		temporaries.push(json, yaml);
		await writeFile(json, meeting.bytes);
		await writeFile(yaml, sidecar);
		if (documentsFolder) {
			await rm(join(folder, base), { recursive: true, force: true });
			await rename(documentsFolder, join(folder, base));
		}
		await rename(json, join(folder, `${base}.json`));
		await rename(yaml, join(folder, `${base}.yaml`));
		return [`${base}.json`, `${base}.yaml`, ...documents.map((file) => `${base}/${file.id}.pdf`)];
	} finally {
		for (const path of temporaries) await rm(path, { recursive: true, force: true });
	}
}
