import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listJson, meetingJson, recordedDocuments, recordedListing, recordedMeeting, recordedMeetingId, startPortal, type Portal } from '../helpers/portal-server.ts';
import { fetchIn, rawFiles, snapshot, usePortalRepo } from './fetch-helpers.ts';

/**
 * `npm run fetch` against a FirstAgenda portal on loopback that serves Hvidovre's recorded
 * responses: what it writes, that it writes it whole or not at all, and what it never asks.
 */
const base = `2026-05-18-oekonomiudvalget-dagsorden-${recordedMeetingId}-20260512T205502Z`;
const zero = '00000000-0000-0000-0000-000000000000';

const setUp = usePortalRepo();

describe('a first fetch', () => {
	test('writes the meeting JSON as received, its sidecar and its documents by id, and ingest publishes the meeting with items, attachments and status', async () => {
		const { portal, repo } = await setUp();
		const { code, out, err } = await fetchIn(repo.root, ['--verbose']);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect((await rawFiles(repo.root)).sort()).toEqual([`${base}.json`, `${base}.yaml`, ...recordedDocuments.map((id) => `${base}/${id}.pdf`)].sort());
		// The bytes as the portal sent them, not parsed and written again.
		expect(await readFile(join(repo.root, `content/raw/hvidovre/${base}.json`))).toEqual(recordedMeeting);
		expect(parse(await repo.read(`content/raw/hvidovre/${base}.yaml`))).toEqual({ url: `${portal.url}/vis?id=${recordedMeetingId}`, published: '2026-05-12T22:55', status: 'dagsorden' });
		const meeting = await repo.read('content/meetings/hvidovre/2026-05-18-oekonomiudvalget.md');
		expect(meeting).toContain('status: dagsorden');
		expect(meeting).toContain(`url: ${portal.url}/vis?id=${recordedMeetingId}`);
		const files = await repo.list();
		expect(files.filter((path) => path.startsWith('cases/')).sort()).toEqual(['1', '2', '3', '33', '34'].map((n) => `cases/hvidovre/2026-05-18-oekonomiudvalget/${n}.md`).sort());
		expect(files.filter((path) => path.startsWith('attachments/') && path.endsWith('.pdf'))).toHaveLength(recordedDocuments.length);
		expect(await repo.read('content/attachments/hvidovre/2026-05-18-oekonomiudvalget/3/borgerhenvendelse-1.md')).toContain('Tekst til søgning om Grenhusene');
		expect(out).toMatch(/^fetch: 1 nyt møde, 1 publikation, 12 dokumenter, \d+ kB, 0 fejl · 26 forespørgsler/m);
		// Every request named the archive.
		expect(new Set(portal.requests.map((request) => request.userAgent))).toEqual(new Set([expect.stringMatching(/^Referatarkiv\/\d+\.\d+\.\d+ \(arkiv af kommunale dagsordener og referater/)]));
	});

	test('closed items and zero ids are never requested', async () => {
		const meeting = JSON.parse(recordedMeeting.toString('utf8')) as { Dagsordenpunkter: { IsOpen: boolean; Bilag: unknown[]; Felter: { DocumentId: string }[] }[] };
		// A closed item that names a real document all the same, and an open one with a zero id.
		meeting.Dagsordenpunkter[3]!.Bilag = [{ HarPdfVersion: 'true', Navn: 'Lukket bilag', Id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }];
		meeting.Dagsordenpunkter[3]!.Felter[0]!.DocumentId = 'bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee';
		meeting.Dagsordenpunkter[0]!.Bilag = [{ HarPdfVersion: 'true', Navn: 'Intet', Id: zero }];
		const { portal, repo } = await setUp(new Map([[recordedMeetingId, Buffer.from(JSON.stringify(meeting))]]));
		expect((await fetchIn(repo.root)).code).toBe(0);
		const paths = portal.requests.map((request) => request.path);
		expect(paths.filter((path) => path.includes(zero) || path.includes('aaaaaaaa-') || path.includes('bbbbbbbb-'))).toEqual([]);
		expect(paths.filter((path) => path.startsWith('/Vis/Pdf/bilag/'))).toHaveLength(recordedDocuments.length);
	});

	test('--dry-run lists what it would fetch and writes nothing; without --since a first run goes 90 days back', async () => {
		const older = { ...recordedListing, Id: '11111111-1111-4111-8111-111111111111', Dato: '2026-02-01T17:00:00+01:00', ReleasedDate: '2026-01-28T10:00:00+01:00' };
		const { portal, repo } = await setUp(undefined, listJson([recordedListing, older]));
		const before = await snapshot(repo.root);
		const { code, out } = await fetchIn(repo.root, ['--dry-run']);
		expect(code).toBe(0);
		expect(out).toContain('hvidovre: 2 publikationer på portalen, 1 ny siden 2026-02-19');
		expect(out).toContain(`hvidovre: ville hente Økonomiudvalget 18. maj 2026 (dagsorden), offentliggjort 2026-05-12 22:55: ${portal.url}/vis?id=${recordedMeetingId}`);
		expect(out).toContain('fetch --dry-run: 1 publikation ville blive hentet; intet skrevet');
		expect(await snapshot(repo.root)).toEqual(before);
		expect(portal.requests.map((request) => request.path)).toEqual(['/api/agenda/udvalgsliste']);
		// --since reaches further back.
		expect((await fetchIn(repo.root, ['--dry-run', '--since', '2026-01-01'])).out).toContain('2 nye siden 2026-01-01');
	});
});

describe('later runs', () => {
	test('a second run with nothing new changes no file and asks only for the list', async () => {
		const { portal, repo } = await setUp();
		expect((await fetchIn(repo.root)).code).toBe(0);
		const before = await snapshot(repo.root);
		const asked = portal.requests.length;
		const { code, out } = await fetchIn(repo.root);
		expect(code).toBe(0);
		expect(out).toMatch(/^fetch: intet nyt \(1 kommune\)/m);
		expect(await snapshot(repo.root)).toEqual(before);
		expect(portal.requests.slice(asked).map((request) => request.path)).toEqual(['/api/agenda/udvalgsliste']);
	});

	test('a new publication in the list (the minutes) is fetched alone, beside the agenda, and the meeting shows it', async () => {
		const minutesId = '22222222-2222-4222-8222-222222222222';
		const { portal, repo } = await setUp(new Map([[recordedMeetingId, recordedMeeting], [minutesId, meetingJson(minutesId, { Navn: 'Referat', Afsluttet: true })]]));
		expect((await fetchIn(repo.root)).code).toBe(0);
		const agenda = await snapshot(repo.root);
		portal.list = listJson([recordedListing, { ...recordedListing, Id: minutesId, ReleasedDate: '2026-05-19T09:30:00+02:00', Navn: 'Referat', Afsluttet: true }]);
		const asked = portal.requests.length;
		const { code, out } = await fetchIn(repo.root);
		expect(code).toBe(0);
		expect(out).toMatch(/^fetch: 0 nye møder, 1 publikation, 12 dokumenter/m);
		const paths = portal.requests.slice(asked).map((request) => request.path);
		expect(paths.filter((path) => path.startsWith('/api/agenda/dagsorden/'))).toEqual([`/api/agenda/dagsorden/${minutesId}`]);
		// The agenda's original is untouched.
		const after = await snapshot(repo.root);
		for (const path of Object.keys(agenda).filter((name) => name.startsWith('content/raw/'))) expect(after[path]).toBe(agenda[path]);
		expect(parse(await repo.read(`content/raw/hvidovre/2026-05-18-oekonomiudvalget-referat-${minutesId}-20260519T073000Z.yaml`))).toMatchObject({ status: 'referat', published: '2026-05-19T09:30' });
		const meeting = await repo.read('content/meetings/hvidovre/2026-05-18-oekonomiudvalget.md');
		expect(meeting).toContain('status: referat');
		expect(meeting.match(/^ {2}- source: /gm)).toHaveLength(2);
	});

	test('a republication (the same id released again) is a new publication beside the first, never an edit of it', async () => {
		const { portal, repo } = await setUp();
		expect((await fetchIn(repo.root)).code).toBe(0);
		const first = await readFile(join(repo.root, `content/raw/hvidovre/${base}.json`));
		portal.list = listJson([{ ...recordedListing, ReleasedDate: '2026-05-14T08:00:00+02:00' }]);
		expect((await fetchIn(repo.root)).code).toBe(0);
		expect(await readFile(join(repo.root, `content/raw/hvidovre/${base}.json`))).toEqual(first);
		expect((await rawFiles(repo.root)).filter((name) => name.endsWith('.json')).sort()).toEqual([base, `2026-05-18-oekonomiudvalget-dagsorden-${recordedMeetingId}-20260514T060000Z`].map((name) => `${name}.json`).sort());
	});
});

describe('nothing partial', () => {
	test.each([
		['a 500', 'status500' as const],
		['a reset connection', 'reset' as const],
		['a stalled response', 'stall' as const],
	])('%s on one attachment leaves no trace of the publication, says which and why; the next run completes it', async (_, fault) => {
		const { portal, repo } = await setUp();
		const before = await snapshot(repo.root);
		const victim = recordedDocuments[8]!;
		portal.fault(`/storage/${victim}`, fault);
		const failed = await fetchIn(repo.root, ['--timeout', '0.2']);
		expect(failed.code).toBe(1);
		expect(failed.err).toContain('Økonomiudvalget 18. maj 2026 (dagsorden) er ikke hentet (intet skrevet; hentes igen ved næste kørsel)');
		expect(failed.err).toContain(`/storage/${victim}`);
		expect(failed.err).toMatch(fault === 'status500' ? /svarede 500 Internal Server Error \(3 forsøg\)/ : fault === 'reset' ? /afbrudt midt i svaret/ : /gik i stå/);
		expect(failed.out).toMatch(/^fetch: 0 nye møder, 0 publikationer, 0 dokumenter, 0 kB, 1 fejl/m);
		expect(await snapshot(repo.root)).toEqual(before);
		// Tried three times, then given up.
		expect(portal.requests.filter((request) => request.path.startsWith(`/storage/${victim}`))).toHaveLength(3);
		portal.clearFaults();
		const again = await fetchIn(repo.root);
		expect(again.code).toBe(0);
		expect(await rawFiles(repo.root)).toHaveLength(2 + recordedDocuments.length);
	});

	test('a transient fault that clears within the tries is retried and written', async () => {
		const { portal, repo } = await setUp();
		portal.fault(`/storage/${recordedDocuments[0]}`, { status: 503, headers: { 'retry-after': '0' } }, 1);
		portal.fault('/api/agenda/udvalgsliste', { status: 429 }, 1);
		expect((await fetchIn(repo.root)).code).toBe(0);
		expect(await rawFiles(repo.root)).toHaveLength(2 + recordedDocuments.length);
	});
});

describe('hostile answers are refused with nothing written', () => {
	test.each([
		['HTML where the meeting JSON belongs', (portal: Portal) => portal.fault(`/api/agenda/dagsorden/${recordedMeetingId}`, 'html'), /svarede med text\/html; charset=utf-8, hvor JSON hører hjemme \(begynder "<!DOCTYPE html>/],
		['something else where a PDF belongs', (portal: Portal) => portal.fault(`/storage/${recordedDocuments[2]}`, 'notPdf'), /svarede med noget, der ikke er en PDF/],
		['a body of gigabytes, cut at the cap', (portal: Portal) => portal.fault(`/storage/${recordedDocuments[2]}`, 'huge'), /svaret er over grænsen på 1.0 MB; afbrudt dér/],
		['an attachment id that is a path', (portal: Portal) => portal.meetings.set(recordedMeetingId, Buffer.from(recordedMeeting.toString('utf8').replace('"Id":"7410e4a3-b07a-44c2-ba27-1a06cbb1f453"', '"Id":"../../x"'))), /JSON af en anden form end FirstAgendas \(Dagsordenpunkter\.2\.Bilag\.0\.Id: skal være et id \(GUID\)\)/],
		['a meeting of another id', (portal: Portal) => portal.meetings.set(recordedMeetingId, meetingJson('33333333-3333-4333-8333-333333333333')), /svarede med et andet møde/],
		['a redirect to another host', (portal: Portal) => portal.fault(`/Vis/Pdf/bilag/${recordedDocuments[1]}`, { status: 302, headers: { location: 'https://evil.example/x.pdf' } }), /værten evil\.example er hverken portalen/],
	])('%s', async (_, hostile, message) => {
		const { portal, repo } = await setUp();
		hostile(portal);
		const before = await snapshot(repo.root);
		const { code, err } = await fetchIn(repo.root, ['--max-file-mb', '1']);
		expect(code).toBe(1);
		expect(err).toMatch(message);
		expect(await snapshot(repo.root)).toEqual(before);
		expect(portal.sent).toBeLessThan(20_000_000);
	});

	test.each([
		['another host on this machine', (_portal: Portal, other: Portal) => `${other.url}/storage/x?sig=1`, /værten 127\.0\.0\.1:\d+ er hverken portalen \(127\.0\.0\.1:\d+\) eller systemets fillager/],
		['the cloud metadata address', () => 'https://169.254.169.254/latest/meta-data/', /værten 169\.254\.169\.254 er hverken portalen/],
		['another scheme', () => 'file:///etc/passwd', /skemaet file: er ikke https/],
	])('an iframe naming %s is never asked', async (_, target, message) => {
		const { portal, repo } = await setUp();
		const other = await startPortal();
		try {
			portal.frame = () => target(portal, other);
			const before = await snapshot(repo.root);
			const { code, err } = await fetchIn(repo.root);
			expect(code).toBe(1);
			expect(err).toMatch(message);
			expect(other.requests).toEqual([]);
			expect(await snapshot(repo.root)).toEqual(before);
		} finally {
			await other.close();
		}
	});

	test('an attachment named like a path ("../../x") is refused with nothing written; a name with a slash is a title', async () => {
		const { portal, repo } = await setUp();
		portal.meetings.set(recordedMeetingId, Buffer.from(recordedMeeting.toString('utf8').replace('"Navn":"Borgerhenvendelse 1"', '"Navn":"../../../x"')));
		const before = await snapshot(repo.root);
		const { code, err } = await fetchIn(repo.root);
		expect(code).toBe(1);
		expect(err).toMatch(/Bilag\.\d+\.Navn: er en filsti, ikke et bilags navn/);
		expect(await snapshot(repo.root)).toEqual(before);
		portal.meetings.set(recordedMeetingId, Buffer.from(recordedMeeting.toString('utf8').replace('"Navn":"Borgerhenvendelse 1"', '"Navn":"Bilag 1/2: notat"')));
		expect((await fetchIn(repo.root)).code).toBe(0);
		const files = await repo.list('.');
		expect(files.filter((path) => path.startsWith('content/raw/')).every((path) => path.startsWith('content/raw/hvidovre/'))).toBe(true);
		expect(files.filter((path) => path.startsWith('content/attachments/')).every((path) => path.startsWith('content/attachments/hvidovre/2026-05-18-oekonomiudvalget/'))).toBe(true);
	});
});

describe('politeness', () => {
	test('requests to one host keep the rate', async () => {
		const meeting = JSON.parse(recordedMeeting.toString('utf8')) as { Dagsordenpunkter: { Bilag: unknown[]; Felter: { DocumentId: string }[] }[] };
		// Two documents: the list, the meeting and two pages and two files, six requests to one host.
		meeting.Dagsordenpunkter[2]!.Bilag = [];
		meeting.Dagsordenpunkter[0]!.Felter[0]!.DocumentId = zero;
		const { portal, repo } = await setUp(new Map([[recordedMeetingId, Buffer.from(JSON.stringify(meeting))]]));
		const { code, out } = await fetchIn(repo.root, ['--rate', '5']);
		expect(code).toBe(0);
		const times = portal.requests.map((request) => request.time);
		expect(times).toHaveLength(6);
		// Each starts a fifth of a second after the one before; as the server sees them, within a few milliseconds of that.
		for (let index = 1; index < times.length; index++) expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(180);
		expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(5 * 200 - 20);
		expect(out).toMatch(/6 forespørgsler på \d+ s, heraf \d+ s høflighedspause/);
	});
});

describe('exit codes', () => {
	test('0 with nothing to follow, 2 for a municipality that is not registered or has no source, 1 when the portal cannot be listed', async () => {
		const { portal, repo } = await setUp();
		await repo.write({ 'content/municipalities.yaml': `${(await repo.read('content/municipalities.yaml'))}greve:\n  name: Greve Kommune\n` });
		expect((await fetchIn(repo.root, ['greve'])).err).toBe('npm run fetch: greve har ingen source i content/municipalities.yaml; se README, "Fetching from a portal"; se npm run fetch -- --help');
		expect((await fetchIn(repo.root, ['greve'])).code).toBe(2);
		expect((await fetchIn(repo.root, ['nowhere'])).code).toBe(2);
		expect((await fetchIn(repo.root, ['--rate', 'fast'])).code).toBe(2);
		portal.fault('/api/agenda/udvalgsliste', 'html');
		const listing = await fetchIn(repo.root);
		expect(listing.code).toBe(1);
		expect(listing.err).toMatch(/^hvidovre: portalens liste kunne ikke hentes: http:\/\/127\.0\.0\.1:\d+\/api\/agenda\/udvalgsliste: svarede med text\/html/);
		await repo.write({ 'content/municipalities.yaml': 'greve:\n  name: Greve Kommune\n' });
		expect(await fetchIn(repo.root)).toMatchObject({ code: 0, out: expect.stringMatching(/^fetch: intet nyt \(0 kommuner\)/) });
	});
});

describe('--summary-file', () => {
	test('holds the pull request\'s title and body: what came in, its portal link and what ingest said; with nothing new, changed is false', async () => {
		const { portal, repo } = await setUp();
		const file = join(repo.root, 'summary.json');
		expect((await fetchIn(repo.root, ['--summary-file', file])).code).toBe(0);
		const summary = JSON.parse(await readFile(file, 'utf8')) as { changed: boolean; title: string; body: string; summary: string };
		expect(summary.changed).toBe(true);
		expect(summary.title).toBe('Hvidovre: Økonomiudvalget 18. maj 2026 (dagsorden)');
		expect(summary.body).toContain(`- [Økonomiudvalget 18. maj 2026 (dagsorden)](${portal.url}/vis?id=${recordedMeetingId}), offentliggjort 12. maj 2026 kl. 22:55: 12 dokumenter`);
		expect(summary.body).toContain(`\`content/raw/hvidovre/${base}.json\``);
		expect(summary.body).toMatch(new RegExp(`## Hvad ingest sagde\n\n\`\`\`text\ncontent/raw/hvidovre/${base}.json: firstagenda → hvidovre/2026-05-18-oekonomiudvalget, 5 punkter, \\d+ skrevet.*\n1 filer: 1 ok, 0 fejl · 5 punkter`));
		expect(summary.body).toContain(summary.summary);
		expect((await fetchIn(repo.root, ['--summary-file', file])).code).toBe(0);
		expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ changed: false, title: '' });
	});
});

describe('what an editor committed by hand', () => {
	test('a publication committed with a sidecar naming its portal id and release is held: not fetched again', async () => {
		const { portal, repo } = await setUp();
		await repo.write({
			'content/raw/hvidovre/oekonomiudvalget-18-maj.json': recordedMeeting,
			'content/raw/hvidovre/oekonomiudvalget-18-maj.yaml': `url: https://dagsordener-referater.hvidovre.dk/vis?id=${recordedMeetingId}\npublished: 2026-05-12T22:55\n`,
		});
		const { code, out } = await fetchIn(repo.root);
		expect(code).toBe(0);
		expect(out).toMatch(/^fetch: intet nyt/m);
		expect(portal.requests.map((request) => request.path)).toEqual(['/api/agenda/udvalgsliste']);
	});
});
