import { describe, expect, test } from 'vitest';
import { da } from '../../src/i18n/da.ts';
import { dataCatalogue } from '../../src/lib/open-data/data-catalogue.ts';
import { dataExamples } from '../../src/lib/open-data/data-examples.ts';
import { committeeDataLinks, meetingDataLinks, municipalityDataLinks } from '../../src/lib/open-data/data-links.ts';
import { oparlFiles } from '../../src/lib/open-data/oparl-objects.ts';
import type { MeetingEntry } from '../../src/lib/site/archive-entries.ts';
import { buildArchive } from '../../src/lib/site/build-archive.ts';
import { createPaths } from '../../src/lib/site/paths.ts';
import { itemEntry, meetingEntry } from '../helpers/archive-entries.ts';

const meeting = (municipality: string, committee: string, date: string) => meetingEntry(`${municipality}/${date}-${committee.toLowerCase().replaceAll('ø', 'oe')}`, { committee, date, time: '16:00' });
const item = (of: MeetingEntry, number: string) => itemEntry(of.id, number, { position: 1 });

const meetings = [meeting('stevns', 'Økonomiudvalget', '2021-09-15'), meeting('greve', 'Byrådet', '2024-10-02')];
const archive = buildArchive(meetings, meetings.map((entry) => item(entry, '1')), []);
const names = { stevns: 'Stevns Kommune', greve: 'Greve Kommune' };

describe.each(['/', '/arkiv/'])('a page\'s own data, under base %s', (base) => {
	const paths = createPaths(base);
	const written = new Set([...oparlFiles({ archive, names, site: 'https://referatarkiv.dk', paths })].map((file) => paths.oparlFile(file.path)));

	test('every OParl link names a file the open data writes, and every label is in the string table', () => {
		const links = [...municipalityDataLinks(paths, 'stevns'), ...archive.committees.flatMap((committee) => committeeDataLinks(paths, committee)), ...meetings.flatMap((entry) => meetingDataLinks(paths, entry))];
		for (const link of links) {
			expect(Object.keys(da), link.label).toContain(link.label);
			expect(link.href.startsWith(base), link.href).toBe(true);
			if (link.href.startsWith(`${base}oparl/`)) expect(written, link.href).toContain(link.href);
		}
	});

	test('a municipality links its JSON Lines and its Body; a committee its feed, calendar and Organization; a meeting its Meeting', () => {
		expect(municipalityDataLinks(paths, 'stevns').map((link) => link.href)).toEqual([`${base}data/stevns.jsonl`, `${base}oparl/stevns/body.json`]);
		expect(committeeDataLinks(paths, archive.committeesOf('stevns')[0]!).map((link) => link.href)).toEqual([`${base}stevns/oekonomiudvalget/rss.xml`, `${base}stevns/oekonomiudvalget/moeder.ics`, `${base}oparl/stevns/organization/oekonomiudvalget.json`]);
		expect(meetingDataLinks(paths, meetings[0]!)[0]!.href).toBe(`${base}oparl/stevns/meeting/2021-09-15-oekonomiudvalget.json`);
	});
});

describe('dataCatalogue', () => {
	const paths = createPaths('/');
	test('lists each municipality with its committees, from the archive', () => {
		const catalogue = dataCatalogue(archive, ['greve', 'stevns'], names, paths, { withCommittees: true });
		expect(catalogue.map((entry) => [entry.name, entry.page, entry.committees.map((committee) => committee.name)])).toEqual([
			['Greve Kommune', '/greve/', ['Byrådet']],
			['Stevns Kommune', '/stevns/', ['Økonomiudvalget']],
		]);
	});

	test('in a shard build lists no committees, so every shard writes the page alike', () => {
		const catalogue = dataCatalogue(archive, ['greve', 'hedensted', 'stevns'], names, paths, { withCommittees: false });
		expect(catalogue.map((entry) => entry.committees)).toEqual([[], [], []]);
		expect(catalogue[1]!.name).toBe('hedensted');
	});
});

describe('dataExamples', () => {
	test('fetch the given files and print each item\'s title', () => {
		const { curl, python } = dataExamples('https://referatarkiv.dk/data/stevns.jsonl', 'https://referatarkiv.dk/oparl/system.json');
		expect(curl).toContain('curl -O https://referatarkiv.dk/data/stevns.jsonl');
		expect(curl).toContain('curl https://referatarkiv.dk/oparl/system.json');
		expect(python).toContain('urllib.request.urlopen("https://referatarkiv.dk/data/stevns.jsonl")');
		expect(python).toMatch(/print\(.*item\["title"\]\)/);
	});
});
