import { readFile } from 'node:fs/promises';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { unzip } from '../../src/lib/ingest/2-read/unzip.ts';
import { attendanceHeading } from '../../src/lib/ingest/3-layouts/section-vocabulary.ts';
import { ingestText } from '../helpers/ingest-text.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

/**
 * Issue 26: a part never sinks the whole. A package whose enclosure cannot be read (a scan with no
 * text, a damaged file) is still published: the enclosure as a file without text, marked on its
 * page, and ingest says which part and what to do.
 */
const ballerup = async () => unzipSync(new Uint8Array(await readFile(new URL('../fixtures/originals/ballerup-kmb-it-udvalget-2013-05-15.zip', import.meta.url))));
const repos: Awaited<ReturnType<typeof tempRepo>>[] = [];
afterEach(async () => {
	await Promise.all(repos.splice(0).map((repo) => repo.remove()));
});
const registry = 'ballerup:\n  name: Ballerup Kommune\naarhus:\n  name: Aarhus Kommune\n';

describe('a package whose enclosure cannot be read', () => {
	test.each([
		['a page with neither text nor a scanned image (a drawing)', makePdf([null])],
		['a damaged PDF', new Uint8Array([...strToU8('%PDF-1.7\n'), 1, 2, 3, 4])],
	])('%s: the meeting is published, the enclosure as a file without text, and ingest warns', async (_, enclosure) => {
		const files = await ballerup();
		const repo = await tempRepo({ 'content/municipalities.yaml': registry, 'content/raw/ballerup/pakke.zip': zipSync({ ...files, 'Publication32/Enclosures/1.pdf': enclosure }) });
		repos.push(repo);
		const result = await repo.ingest();
		expect(result.code, result.err).toBe(0);
		expect(result.out).toMatch(/content\/raw\/ballerup\/pakke\.zip → Publication32\/Enclosures\/1\.pdf: advarsel: bilaget «Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud» kan ikke læses \(PDF-filen .*\); det udgives som fil uden søgbar tekst/);
		const written = await repo.list();
		expect(written).toContain('meetings/ballerup/2013-05-15-kmb-it-udvalget.md');
		const page = written.find((path) => path.startsWith('attachments/') && path.endsWith('.md'))!;
		expect(await repo.read(`content/${page}`)).toMatch(/^unreadable: PDF-filen /m);
		expect(written.some((path) => path.startsWith('attachments/') && path.endsWith('.pdf'))).toBe(true);
	});

	test('the minutes themselves unreadable (Aarhus\'s variant, where the text is only in the PDF) still refuse the package', async () => {
		// Read with the archive's own reader, so the macOS names come back as the XML spells them.
		const { entries } = unzip(new Uint8Array(await readFile(new URL('../fixtures/originals/aarhus-moedesystemgruppen-2016-10-06.zip', import.meta.url))));
		// Both the public minutes and the closed ones, scanned.
		const scanned = Object.fromEntries(entries.map(({ name, bytes }) => [name, name.endsWith('.pdf') ? makePdf([null, null]) : bytes]));
		const repo = await tempRepo({ 'content/municipalities.yaml': registry, 'content/raw/aarhus/pakke.zip': zipSync(scanned) });
		repos.push(repo);
		const result = await repo.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/content\/raw\/aarhus\/pakke\.zip → .*\.pdf: PDF-filen har ingen tekst/);
		expect((await repo.list()).filter((path) => !path.startsWith('raw/') && path !== 'municipalities.yaml')).toEqual([]);
	});
});

describe('facts from the document', () => {
	test('an attendance list\'s heading is never the committee (an eDoc referat that opens with "Tilstede")', async () => {
		const text = 'Referat\nTilstede\nHennys testudvalg\n2. maj 2017, kl. 10:00\nMødested: Rådhuset\nÅbne sager\n1. Godkendelse af dagsorden\nSagsnr.: 17/1234\nBeslutning\nGodkendt.\n';
		const result = await ingestText(text, { format: 'edoc' });
		expect(result.meetings[0]!.data).toMatchObject({ committee: 'Hennys testudvalg', date: '2017-05-02' });
	});

	test('the attendance headings, and no committee\'s name', () => {
		for (const heading of ['Tilstede', 'Til stede:', 'Afbud/Fraværende', 'Medlemmer', 'Sekretær', 'Mødedeltagere']) expect(attendanceHeading.test(heading), heading).toBe(true);
		for (const committee of ['Økonomiudvalget', 'Medlemsservice og Borgerservice', 'Byrådet']) expect(attendanceHeading.test(committee), committee).toBe(false);
	});
});
