import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { loadRegistry, registryPath } from '../ingest/1-find/load-registry.ts';
import { buildArchive } from '../site/build-archive.ts';
import { createFileWriter } from '../site/file-writer.ts';
import { followFeeds } from '../site/follow-feeds.ts';
import { createPaths } from '../site/paths.ts';
import { committeeCalendar } from './icalendar.ts';
import { itemRecord } from './json-lines.ts';
import { oparlFiles } from './oparl-objects.ts';
import { readContent } from './read-content.ts';

export interface OpenDataOptions {
	/** The repository: `content/` is read from here. */
	root: string;
	/** The built site, e.g. `dist/`. */
	outDir: string;
	/** The site's origin, Astro's `site`. */
	site: string;
	/** Astro's `base`. */
	base: string;
	/** A shard build's municipality (`ONLY`); the whole archive when undefined. */
	only?: string | undefined;
}

/**
 * Writes the open data beside the site: OParl 1.1 JSON in `oparl/`, one JSON Lines file per
 * municipality in `data/`, an iCalendar file per committee, and the feeds to follow each case, item
 * and member. Written by plain writes in a thread beside `astro build`
 * (`src/integrations/open-data.ts`), not as Astro pages: at 60,000 items the OParl set is some
 * 130,000 small files, which plain writes produce in seconds and page rendering would not.
 */
export async function writeOpenData({ root, outDir, site, base, only }: OpenDataOptions): Promise<{ oparl: number; jsonLines: number; calendars: number; feeds: number }> {
	const { meetings, items, attachments } = await readContent(root, only);
	const archive = buildArchive(meetings, items, attachments);
	const registry = await loadRegistry(join(root, registryPath));
	const names = Object.fromEntries(Object.entries(registry).map(([slug, municipality]) => [slug, municipality.name]));
	const paths = createPaths(base);
	const bodies = new Map(items.map((item) => [item.id, item]));

	const write = createFileWriter(outDir);

	let oparl = 0;
	for (const output of oparlFiles({ archive, names, site, paths, ...(only ? { listed: Object.keys(registry).sort() } : {}) })) {
		write(output.path, `${JSON.stringify(output.value)}\n`);
		oparl++;
	}

	// A stream per municipality: at 60,000 items the file is larger than one string may be.
	let jsonLines = 0;
	for (const municipality of archive.municipalities) {
		const target = join(outDir, paths.jsonLines(municipality).slice(paths.home.length));
		await mkdir(dirname(target), { recursive: true });
		const stream = createWriteStream(target);
		for (const meeting of [...archive.meetings].reverse()) {
			if (meeting.data.municipality !== municipality) continue;
			for (const item of archive.itemsOf(meeting.id)) {
				const line = `${JSON.stringify(itemRecord(bodies.get(item.id)!, meeting, archive, paths, site, registry[municipality] ?? { name: municipality }))}\n`;
				if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
				jsonLines++;
			}
		}
		stream.end();
		await finished(stream);
	}

	for (const committee of archive.committees) {
		const path = paths.calendar(committee.municipality, committee.name).slice(paths.home.length);
		write(path, committeeCalendar(committee, names[committee.municipality] ?? committee.municipality, archive.itemsOf, paths, site));
	}

	let feeds = 0;
	for await (const feed of followFeeds(archive, paths, site, names)) {
		write(feed.path, feed.content);
		feeds++;
	}
	return { oparl, jsonLines, calendars: archive.committees.length, feeds };
}
