import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { planMeetings, planMunicipalities, type CorpusOptions } from './plan-corpus.ts';
import { readSeedMaterial } from './seed-material.ts';
import { writeMinutes } from './write-minutes.ts';

export interface CorpusSummary {
	municipalities: number;
	meetings: number;
	items: number;
	/** Bytes of raw text written (sidecars not counted). */
	bytes: number;
}

/** The bundled seed exports the generator recombines. */
export async function seedPaths(root: string): Promise<string[]> {
	const raw = join(root, 'content/raw');
	const entries = await readdir(raw, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Writes a synthetic archive's raw exports under `<dir>/content/raw/` and its registry as
 * `<dir>/content/municipalities.yaml`: a repository layout that ingest and the site read as they
 * read the real one. The same options write the same bytes.
 */
export async function generateCorpus(dir: string, options: CorpusOptions, seeds: readonly string[]): Promise<CorpusSummary> {
	const material = await readSeedMaterial(seeds);
	const municipalities = planMunicipalities(options, material);
	const registry = Object.fromEntries(
		municipalities.map((municipality) => [
			municipality.slug,
			{ name: municipality.name, committees: municipality.committees.map((committee) => ({ name: committee.name, aliases: [committee.abbreviation] })) },
		]),
	);
	await mkdir(join(dir, 'content'), { recursive: true });
	await writeFile(join(dir, 'content/municipalities.yaml'), `# Synthetic municipalities from scripts/generate-corpus.ts (seed ${options.seed}).\n${stringify(registry)}`);
	const summary: CorpusSummary = { municipalities: municipalities.length, meetings: 0, items: 0, bytes: 0 };
	for (const [index, municipality] of municipalities.entries()) {
		const folder = join(dir, 'content/raw', municipality.slug);
		await mkdir(folder, { recursive: true });
		for (const meeting of planMeetings(municipality, options, material, index)) {
			const minutes = writeMinutes(meeting);
			await writeFile(join(folder, `${minutes.fileName}.txt`), minutes.text);
			if (minutes.sidecar) await writeFile(join(folder, `${minutes.fileName}.yaml`), minutes.sidecar);
			summary.meetings++;
			summary.items += meeting.items.length;
			summary.bytes += Buffer.byteLength(minutes.text);
		}
	}
	return summary;
}
