import { describe, expect, it } from 'vitest';
import { findCprNumbers } from '../../src/lib/guards/find-cpr-numbers.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

const found = (text: string, allowlist = [] as Parameters<typeof findCprNumbers>[2]) => findCprNumbers(text, 'content/raw/stevns/a.txt', allowlist).map((hit) => hit.text);

describe('findCprNumbers', () => {
	it.each([
		['DDMMYY-XXXX', 'Borgeren (010203-1234) klagede.', '010203-1234'],
		['DDMMYYXXXX', 'cpr 0102031234', '0102031234'],
		['a space for the dash', 'cpr 010203 1234', '010203 1234'],
		['spaces between all groups', 'cpr 01 02 03 - 1234', '01 02 03 - 1234'],
		['a no-break space', 'cpr 010203\u00a01234', '010203 1234'],
		['29 February of a leap year', 'født 290200-4321', '290200-4321'],
		// 0102031234 fails modulus 11; numbers issued since 2007 can, so it is no proof of anything.
		['a number that fails modulus 11', '0102031234', '0102031234'],
	])('finds %s', (_, text, hit) => {
		expect(found(text)).toEqual([hit]);
	});

	it.each([
		['an impossible day', '320103-1234'],
		['an impossible month', '011303-1234'],
		['29 February of no leap year', '290201-1234'],
		['ten digits inside a longer number', '10102031234 and 01020312345'],
		['a phone number', 'tlf. 12 34 56 78'],
		['journal and case numbers', '00.00.00-I02-1-21 · 21/15405 · 17/7354 · 2021-1234'],
		['a date', '15-09-2021 kl. 13:00'],
		['amounts', 'kr. 711.525 og 1.234.567'],
	])('ignores %s', (_, text) => {
		expect(found(text)).toEqual([]);
	});

	it('gives line and column', () => {
		expect(findCprNumbers('første linje\nanden 010203-1234', 'x')).toEqual([{ line: 2, column: 7, text: '010203-1234' }]);
	});

	it('excuses allow-listed numbers, in every file or only in the files named', () => {
		const everywhere = [{ number: '010203-1234', reason: 'journalnummer' }];
		expect(found('010203 1234 og 0102031234', everywhere)).toEqual([]);
		const elsewhere = [{ number: '0102031234', reason: 'journalnummer', files: ['content/raw/rudersdal/b.txt'] }];
		expect(found('010203-1234', elsewhere)).toEqual(['010203-1234']);
		const here = [{ number: '0102031234', reason: 'journalnummer', files: ['content/raw/stevns/a.txt'] }];
		expect(found('010203-1234', here)).toEqual([]);
	});
});

describe('ingest and CPR numbers', () => {
	const raw = 'Referat\n\n  • 1. Klage\n\n    Beslutning\n\n    Klagen fra 010203-1234 afvist.\n';
	const sidecar = 'committee: AET\ndate: 2020-06-10\n';

	it('refuses a raw file with a CPR number, names the line, says how to redact, and writes nothing', async () => {
		const repo = await tempRepo({ 'content/raw/stevns/m.txt': raw, 'content/raw/stevns/m.yaml': sidecar });
		try {
			const result = await repo.ingest();
			expect(result.code).toBe(1);
			expect(result.err).toContain('content/raw/stevns/m.txt:7: "010203-1234" ligner et CPR-nummer');
			expect(result.err).toContain('[CPR-nummer fjernet]');
			expect(result.err).toContain('content/cpr-allowlist.yaml');
			expect(await repo.list()).not.toContainEqual(expect.stringMatching(/^(meetings|cases)\//));
		} finally {
			await repo.remove();
		}
	});

	it('refuses one in a sidecar too', async () => {
		const repo = await tempRepo({ 'content/raw/stevns/m.txt': raw.replace('010203-1234', 'borgeren'), 'content/raw/stevns/m.yaml': `${sidecar}location: "Sag 0102031234"\n` });
		try {
			const result = await repo.ingest();
			expect(result.err).toContain('content/raw/stevns/m.yaml:3: "0102031234" ligner et CPR-nummer');
		} finally {
			await repo.remove();
		}
	});

	it('publishes an allow-listed number, and rejects an allow-list entry without a reason', async () => {
		const repo = await tempRepo({
			'content/raw/stevns/m.txt': raw,
			'content/raw/stevns/m.yaml': sidecar,
			'content/cpr-allowlist.yaml': '- number: "010203-1234"\n  reason: Journalnummer i det gamle ESDH-system\n',
		});
		try {
			expect((await repo.ingest()).code).toBe(0);
			await repo.write({ 'content/cpr-allowlist.yaml': '- number: "010203-1234"\n' });
			const result = await repo.ingest();
			expect(result.code).toBe(1);
			expect(result.err).toMatch(/content\/cpr-allowlist\.yaml:1: CPR-undtagelseslisten: feltet "0\.reason" er ugyldigt/);
		} finally {
			await repo.remove();
		}
	});
});
