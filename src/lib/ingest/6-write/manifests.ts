import { readFile } from 'node:fs/promises';
import { listInsideRepository } from '../../content/inside-repository.ts';
import { join, relative, sep } from 'node:path';

/**
 * What ingest wrote for one meeting, kept in `<out>/.ingest/meetings/<meeting id>.json` and
 * committed with the content: the raw files it came from (oldest publication first) and the hash
 * of each file as written. A file whose bytes no longer match was corrected by hand; a meeting
 * whose raw files are all gone is taken down.
 */
export interface Manifest {
	meeting: string;
	sources: string[];
	files: Record<string, string>;
	/** Read from the per-raw-file manifests of before issue 15: not yet written in this form. */
	migrated?: true;
}

export const manifestPath = (meeting: string) => `.ingest/meetings/${meeting}.json`;

/** The manifests of an output directory, and the per-raw-file manifests of earlier versions to migrate. */
export interface Manifests {
	byMeeting: Map<string, Manifest>;
	/** Paths (relative to the output directory) of old per-raw-file manifests, folded into `byMeeting`. */
	legacy: string[];
}

/**
 * Reads every manifest under `<out>/.ingest/`. Before issue 15 a manifest belonged to a raw file
 * (`.ingest/<municipality>/<raw name>.json`, `{ source, files }`); those are folded into the
 * meetings their files belong to, and removed when the meeting's manifest is written.
 */
export async function loadManifests(out: string): Promise<Manifests> {
	// A manifest tells ingest what it may overwrite: one read through a link could point it anywhere.
	const entries = listInsideRepository(out, '.ingest');
	const byMeeting = new Map<string, Manifest>();
	const legacy: string[] = [];
	for (const entry of entries.filter((candidate) => candidate.isFile() && candidate.name.endsWith('.json')).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
		const path = join(entry.parentPath, entry.name);
		const relativePath = relative(out, path).split(sep).join('/');
		let data: Partial<Manifest> & { source?: string };
		try {
			data = JSON.parse(await readFile(path, 'utf8'));
		} catch (error) {
			throw new Error(`${relativePath}: ingests manifest er ikke gyldig JSON; slet den og kør npm run ingest -- --force`, { cause: error });
		}
		if (data.meeting && data.sources && data.files) {
			const known = byMeeting.get(data.meeting);
			byMeeting.set(data.meeting, known ? { meeting: data.meeting, sources: [...new Set([...data.sources, ...known.sources])], files: { ...known.files, ...data.files } } : (data as Manifest));
		} else if (data.source && data.files) {
			legacy.push(relativePath);
			for (const meetingFile of Object.keys(data.files).filter((file) => /^meetings\/.+\.md$/.test(file))) {
				const meeting = meetingFile.replace(/^meetings\//, '').replace(/\.md$/, '');
				const files = Object.fromEntries(Object.entries(data.files).filter(([file]) => file === meetingFile || file.startsWith(`cases/${meeting}/`)));
				const known = byMeeting.get(meeting) ?? { meeting, sources: [], files: {} };
				byMeeting.set(meeting, { meeting, sources: [...new Set([...known.sources, data.source])], files: { ...known.files, ...files }, migrated: true });
			}
		}
	}
	return { byMeeting, legacy };
}

/** A manifest as written: keys sorted, so an unchanged meeting leaves it byte for byte the same. */
export const manifestText = (manifest: Manifest): string =>
	`${JSON.stringify({ meeting: manifest.meeting, sources: manifest.sources, files: Object.fromEntries(Object.entries(manifest.files).sort()) }, null, '\t')}\n`;
