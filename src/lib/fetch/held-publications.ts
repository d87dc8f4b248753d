import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePublicationBase, publicationKey } from './publication-name.ts';

/** The publications a municipality's raw folder already holds. */
export interface Held {
	/** `publicationKey`s of every publication held, fetched or committed by hand with a sidecar naming it. */
	keys: Set<string>;
	/** The earliest meeting date among the fetched ones: where a later run's window starts. */
	earliest?: string;
	/**
	 * Names the fetch made whose sidecar is missing: a run ended between its last renames. The next
	 * run writes them again, whole.
	 */
	unfinished: string[];
}

/** The id in a portal page's address (`…/vis?id=<id>`), as a hand-written sidecar's `url` gives it. */
const idInUrl = (url: unknown) => (typeof url === 'string' ? /[?&]id=([0-9a-f-]{36})\b/i.exec(url)?.[1] : undefined);

/**
 * What `content/raw/<kommune>/` holds: the publications the fetch wrote (named by
 * `publicationBase`, with their sidecar, which is renamed into place last), and those an editor
 * committed with a sidecar whose `url` names the portal's id and whose `published` its release.
 */
export async function heldPublications(folder: string): Promise<Held> {
	const held: Held = { keys: new Set(), unfinished: [] };
	if (!existsSync(folder)) return held;
	const names = await readdir(folder);
	const present = new Set(names);
	for (const name of names) {
		const base = name.replace(/\.json$/, '');
		if (base === name) continue;
		const fetched = parsePublicationBase(base);
		if (!fetched) continue;
		if (!present.has(`${base}.yaml`)) {
			held.unfinished.push(base);
			continue;
		}
		held.keys.add(fetched.key);
		if (!held.earliest || fetched.date < held.earliest) held.earliest = fetched.date;
	}
	for (const name of names.filter((entry) => /\.ya?ml$/.test(entry) && !entry.startsWith('.'))) {
		let sidecar: unknown;
		try {
			sidecar = parse(await readFile(join(folder, name), 'utf8'));
		} catch {
			// A sidecar that does not parse is ingest's to report; it names no publication here.
			continue;
		}
		const { url, published } = (sidecar ?? {}) as { url?: unknown; published?: unknown };
		const id = idInUrl(url);
		const time = published instanceof Date ? published.toISOString().slice(0, 16) : typeof published === 'string' ? published.slice(0, 16) : undefined;
		if (id && time) held.keys.add(publicationKey(id, time));
	}
	return held;
}
