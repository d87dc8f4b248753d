import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allowedUrl, type HostPolicy } from '../../src/lib/fetch/allowed-url.ts';
import { choosePublications, daysBefore } from '../../src/lib/fetch/choose-publications.ts';
import { copenhagenTime, utcStamp } from '../../src/lib/fetch/copenhagen-time.ts';
import { FetchError } from '../../src/lib/fetch/fetch-error.ts';
import { listPublications } from '../../src/lib/fetch/firstagenda/list-publications.ts';
import { meetingDocuments } from '../../src/lib/fetch/firstagenda/meeting-documents.ts';
import { pdfFrameSource } from '../../src/lib/fetch/firstagenda/pdf-frame.ts';
import { firstagenda } from '../../src/lib/fetch/firstagenda/firstagenda.ts';
import type { Publication } from '../../src/lib/fetch/portal-system.ts';
import { isPublicAddress } from '../../src/lib/fetch/public-address.ts';
import { parsePublicationBase, publicationBase, publicationKey } from '../../src/lib/fetch/publication-name.ts';
import { backoff, retryAfter } from '../../src/lib/fetch/retry-after.ts';
import { pullRequestTitle } from '../../src/lib/fetch/fetch-summary.ts';
import { fetchedMeeting } from '../../src/lib/fetch/firstagenda/firstagenda-json.ts';
import { recordedList, recordedMeeting } from '../helpers/portal-server.ts';
import { readFileSync } from 'node:fs';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const guid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const released = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().replace('Z', '+00:00'));
const publication = fc.record({ id: guid, released, date: day, committee: fc.string({ maxLength: 80 }), kind: fc.constantFrom('dagsorden' as const, 'tillaegsdagsorden' as const, 'referat' as const) }).map(
	(fields): Publication => ({ ...fields, municipality: 'hvidovre', url: `https://portal.example/vis?id=${fields.id}`, published: copenhagenTime(fields.released)! }),
);

describe('file names come from ids and slugs', () => {
	test('a publication\'s name is safe on every file system, and is read back as the same publication', () => {
		fc.assert(
			fc.property(publication, (listed) => {
				const base = publicationBase(listed);
				expect(base).toMatch(/^[a-z0-9-]+-\d{8}T\d{6}Z$/);
				expect(base.length).toBeLessThan(160);
				expect(parsePublicationBase(base)).toEqual({ key: publicationKey(listed.id, listed.published), date: listed.date });
			}),
			{ numRuns: runs },
		);
	});

	test('a name the fetch did not make is none of its publications', () => {
		for (const name of ['2024-10-02-byraad', `../${'a'.repeat(8)}`, '2026-05-18-x-dagsorden-../../etc-20260512T205502Z']) expect(parsePublicationBase(name)).toBeUndefined();
	});
});

describe('choosing what to fetch', () => {
	test('never what is held, never before the window, each once; choosing again with what was fetched chooses nothing', () => {
		fc.assert(
			fc.property(fc.array(publication, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), fc.option(day, { nil: undefined }), day, (listed, heldIndexes, since, today) => {
				const keys = new Set(heldIndexes.filter((index) => index < listed.length).map((index) => publicationKey(listed[index]!.id, listed[index]!.published)));
				const { chosen, since: from } = choosePublications(listed, { keys }, { ...(since ? { since } : {}), today });
				expect(from).toBe(since ?? daysBefore(today, 90));
				const chosenKeys = chosen.map((entry) => publicationKey(entry.id, entry.published));
				expect(new Set(chosenKeys).size).toBe(chosenKeys.length);
				for (const entry of chosen) {
					expect(listed).toContain(entry);
					expect(keys.has(publicationKey(entry.id, entry.published))).toBe(false);
					expect(entry.date >= from).toBe(true);
				}
				const again = choosePublications(listed, { keys: new Set([...keys, ...chosenKeys]) }, { since: from, today });
				expect(again.chosen).toEqual([]);
			}),
			{ numRuns: runs },
		);
	});

	test('a municipality that has fetched before continues from its first fetched meeting', () => {
		expect(choosePublications([], { keys: new Set(), earliest: '2025-01-01' }, { today: '2026-05-20' }).since).toBe('2025-01-01');
	});
});

describe('the host policy', () => {
	const policy: HostPolicy = { portal: new URL('https://dagsordener-referater.hvidovre.dk'), storage: firstagenda.storage! };
	const loopback: HostPolicy = { portal: new URL('http://127.0.0.1:8080'), storage: firstagenda.storage! };

	test('whatever URL a page names, what is asked is the portal, or for a file the storage host, over https, never a private address', () => {
		const host = fc.oneof(fc.constantFrom('dagsordener-referater.hvidovre.dk', 'firstagenda-4.s3.eu-west-1.amazonaws.com', 'evil.example', '127.0.0.1', '10.0.0.1', '169.254.169.254', '[::1]', 'localhost', '[fd00::1]', '0.0.0.0'), fc.domain());
		const url = fc.tuple(fc.constantFrom('https', 'http', 'file', 'ftp', 'javascript'), fc.option(fc.constantFrom('user:pw@', 'user@'), { nil: '' }), host, fc.option(fc.constantFrom(':443', ':8080', ':80'), { nil: '' }), fc.webPath()).map(([scheme, credentials, name, port, path]) => `${scheme}://${credentials}${name}${port}${path}`);
		fc.assert(
			fc.property(url, fc.constantFrom('portal' as const, 'file' as const), fc.constantFrom(policy, loopback), (text, purpose, chosen) => {
				let allowed: URL;
				try {
					allowed = allowedUrl(text, chosen, purpose);
				} catch (error) {
					expect(error).toBeInstanceOf(FetchError);
					return;
				}
				expect(allowed.username + allowed.password).toBe('');
				const onPortal = allowed.host === chosen.portal.host && allowed.protocol === chosen.portal.protocol;
				const onStorage = purpose === 'file' && allowed.protocol === 'https:' && chosen.storage!.test(allowed.hostname);
				expect(onPortal || onStorage).toBe(true);
				if (chosen === policy) expect(allowed.protocol).toBe('https:');
			}),
			{ numRuns: runs },
		);
	});

	test.each([
		['8.8.8.8', true],
		['52.218.1.1', true],
		['2a05:d018::1', true],
		['10.1.2.3', false],
		['172.16.0.1', false],
		['172.31.255.255', false],
		['172.32.0.1', true],
		['192.168.1.1', false],
		['127.0.0.1', false],
		['169.254.169.254', false],
		['100.64.0.1', false],
		['0.0.0.0', false],
		['224.0.0.1', false],
		['255.255.255.255', false],
		['::1', false],
		['::', false],
		['fe80::1', false],
		['fd12:3456::1', false],
		['::ffff:127.0.0.1', false],
		['::ffff:10.0.0.1', false],
		['::ffff:8.8.8.8', true],
		['64:ff9b::a00:1', false],
		['not an address', false],
	])('%s is public: %s', (address, expected) => {
		expect(isPublicAddress(address)).toBe(expected);
	});

	test('an IPv4 address is judged the same when written as IPv6 (::ffff:a.b.c.d)', () => {
		fc.assert(
			fc.property(fc.ipV4(), (address) => {
				expect(isPublicAddress(`::ffff:${address}`)).toBe(isPublicAddress(address));
			}),
			{ numRuns: runs },
		);
	});
});

describe('the portal\'s answers', () => {
	test('the committee list gives one publication per released meeting, with its kind and Danish time', () => {
		const listed = listPublications(JSON.parse(recordedList.toString('utf8')), new URL('https://dagsordener-referater.hvidovre.dk'), 'hvidovre');
		expect(listed).toHaveLength(22);
		const culture = listed.filter((entry) => entry.committee === 'Kultur- og Fritidsudvalget' && entry.date === '2026-03-02');
		expect(culture.map((entry) => entry.kind).sort()).toEqual(['dagsorden', 'referat']);
		expect(listed.find((entry) => entry.id === '0c09eddc-c0dd-4c4e-b00d-920be159545c')).toMatchObject({ kind: 'tillaegsdagsorden', date: '2024-12-02', published: '2024-11-28T10:41', url: 'https://dagsordener-referater.hvidovre.dk/vis?id=0c09eddc-c0dd-4c4e-b00d-920be159545c' });
	});

	test('the recorded meeting names twelve documents: the open items\' PDFs and item 3\'s attachments, not the closed items\' zero ids', () => {
		const documents = meetingDocuments(fetchedMeeting.parse(JSON.parse(recordedMeeting.toString('utf8'))));
		expect(documents).toHaveLength(12);
		expect(documents).not.toContain('00000000-0000-0000-0000-000000000000');
	});

	test('the document page\'s frame is the storage URL, its entities decoded', () => {
		const html = readFileSync(new URL('../fixtures/fetch/firstagenda-hvidovre/vis-pdf-bilag.html', import.meta.url), 'utf8');
		const src = pdfFrameSource(html)!;
		expect(new URL(src).hostname).toBe('firstagenda-4.s3.eu-west-1.amazonaws.com');
		expect(firstagenda.storage!.test(new URL(src).hostname)).toBe(true);
		expect(src).toContain('&X-Amz-Algorithm=AWS4-HMAC-SHA256');
		expect(src).not.toContain('&amp;');
		expect(pdfFrameSource('<html><iframe src="x"></iframe></html>')).toBeUndefined();
	});

	test('times: the release in Danish time and in UTC for the name; Retry-After in seconds or as a date; backoff doubling to its cap', () => {
		expect(copenhagenTime('2026-05-06T10:53:07.7035726+02:00')).toBe('2026-05-06T10:53');
		expect(copenhagenTime('2026-01-06T10:53:07Z')).toBe('2026-01-06T11:53');
		expect(utcStamp('2026-05-06T10:53:07.7035726+02:00')).toBe('20260506T085307Z');
		// Without an offset, Danish summer and winter time.
		expect(utcStamp('2026-05-06T10:53:07')).toBe('20260506T085307Z');
		expect(utcStamp('2026-01-06T10:53:07')).toBe('20260106T095307Z');
		expect(retryAfter('7')).toBe(7000);
		expect(retryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
		expect(retryAfter('soon')).toBeUndefined();
		expect([2, 3, 4, 5, 6, 7].map((attempt) => backoff(attempt, 1000, 30_000))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000]);
		expect(backoff(2, 1000, 30_000, 5000)).toBe(5000);
	});

	test('a night of many publications still gives a title GitHub takes', () => {
		const many = Array.from({ length: 40 }, (_, index) => ({ publication: { municipality: 'hvidovre', id: 'x', released: '', date: '2026-05-18', committee: `Udvalg nummer ${index}`, kind: 'referat' as const, url: '', published: '2026-05-19T10:00' }, municipalityName: 'Hvidovre Kommune', path: 'p', documents: 0, bytes: 0 }));
		expect(pullRequestTitle(many)).toBe('Hvidovre: Udvalg nummer 0 18. maj 2026 (referat) og 39 andre publikationer');
		expect(pullRequestTitle(many.slice(0, 2))).toBe('Hvidovre: Udvalg nummer 0 18. maj 2026 (referat), Udvalg nummer 1 18. maj 2026 (referat)');
	});
});
