import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { apiText, fixtures, frontmatter, golden, htmlText, ingestOriginal, items, kept } from '../helpers/originals.ts';

/**
 * Real originals of systems the archive already read, from other municipalities, committees and
 * years than the first set (issue 26): they test each layout as a family. Each is read as
 * committed, with no sidecar, and checked for facts, items and their decisions, the words kept,
 * and a golden file.
 */

const read = (name: string) => readFile(new URL(name, fixtures), 'utf8');

describe('FirstAgenda, other templates', () => {
	test('aarhus-teknisk-udvalg-2025-10-01.html: a referat web page, "Beslutninger" before everything, dissent by name', async () => {
		const name = 'aarhus-teknisk-udvalg-2025-10-01.html';
		const result = await ingestOriginal(name, 'aarhus');
		expect(frontmatter(result, 'meetings/aarhus/2025-10-01-teknisk-udvalg.md')).toMatchObject({ committee: 'Teknisk Udvalg', date: '2025-10-01', time: '15:45', location: 'Udvalgsværelse 398', status: 'referat' });
		const found = items(result);
		expect(found.map((item) => [item.number, item.caseNumber ?? null, item.decisionClass])).toEqual([
			['1', 'EMN-2025-010561', 'unread'],
			['2', 'EMN-2025-009242', 'approved'],
			['3', 'EMN-2025-008468', 'postponed'],
			['4', 'EMN-2025-010561', 'noted'],
			['5', null, 'noted'],
			['6', 'EMN-2024-035156', 'postponed'],
		]);
		// A member who could not agree is a vote, not the committee's decision.
		expect(found[1]!.decisionEvidence).toBe('Et flertal i udvalget kunne tiltræde indstillingen i overensstemmelse med Magistratens anbefaling.');
		// "Sagsforløb" quotes earlier bodies' decisions: treatments, never this meeting's decision.
		expect(String(found[1]!.decision)).not.toMatch(/^Udvalg:/m);
		expect(kept(htmlText(await read(name)), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});

	test('greve-byraad-2023-09-27.json: the 2023 template, a meeting held in writing, no decision released', async () => {
		const name = 'greve-byraad-2023-09-27.json';
		const result = await ingestOriginal(name, 'greve');
		expect(frontmatter(result, 'meetings/greve/2023-09-27-byraad.md')).toMatchObject({ committee: 'Byråd', date: '2023-09-27', location: 'Skriftligt møde' });
		const found = items(result);
		expect(found.map((item) => [item.number, item.title, item.closed])).toEqual([
			['1', 'Godkendelse af dagsorden', false],
			['2', 'Ansættelse af Borgerrådgiver', true],
			['3', 'Underskriftsark', false],
		]);
		// "Beslutning ikke frigivet" is not a decision, and a closed item's other text stays withheld.
		expect(found.some((item) => 'decision' in item)).toBe(false);
		// What the archive withholds on purpose: a closed item's text, its "Lukket:" mark (the closed
		// flag says it), and the election period after the committee's name.
		const json = JSON.parse(await read(name));
		json.Udvalg.Navn = json.Udvalg.Navn.replace(/\s+\d{4}-\d{4}$/, '');
		for (const item of json.Dagsordenpunkter) {
			if (!/^Lukket:/.test(item.Caption)) continue;
			item.Caption = item.Caption.replace(/^Lukket:\s*/, '');
			item.Felter = [];
		}
		expect(kept(apiText(json), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});
});

describe('Acadre, the real export', () => {
	test('syddjurs-…-2013-06-20.xml: the running number 715, and only this meeting\'s of three dated decisions', async () => {
		const name = 'syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.xml';
		const result = await ingestOriginal(name, 'syddjurs');
		expect(result.meetings[0]!.data).toMatchObject({ committee: 'Udvalget for plan, udvikling og kultur (PUK)', date: '2013-06-20', time: '10:30', status: 'referat' });
		const [item] = items(result);
		expect(item).toMatchObject({ number: '715', title: 'Kulturkommune 2017. Politiske fokusområder', caseNumber: '12/27845', decisionClass: 'postponed' });
		expect(String(item!.decision)).toMatch(/^Punktet blev drøftet\./);
		expect((item!.earlierTreatments as { date: string }[]).map((treatment) => treatment.date)).toEqual(['2013-04-10', '2013-04-24']);
		await golden(name, result);
	});
});

describe('Protocols of other parishes: the family, not the two books first read', () => {
	test.each([
		// Dated only in the closing signature line, in four notations; the "1940" book begins in 1939,
		// after the cashier's accounts, which stand before any meeting and are left out by name.
		['protocols/elev-sogneraad-1940.txt', 'Elev Sogneraad', ['1939-08-23', '1940-01-05', '1940-03-26', '1940-04-09', '1940-12-02'], 0.94],
		// "13 Møde / Aar 1944 6 Januar …", "den 5t April", "4 Mai", "2 Nvbr", words broken with "=".
		['protocols/trige-oelsted-sogneraad-1944.txt', 'Sogneraadet', undefined, 0.97],
		// "Ordinær Møde d. 12/9 1944. Kl. 1500"; the joint parish's name written "Ormslev - Kolt". A new
		// book: its authorisation and register of office-holders come before any meeting, and are left
		// out by name in the drop report (a tenth of the words).
		['protocols/ormslev-kolt-sogneraad-1944.txt', 'Ormslev-Kolt Sogneraad', ['1944-09-12', '1944-10-11', '1944-11-08', '1944-12-12'], 0.87],
	] as const)('%s', async (name, committee, dates, share) => {
		const result = await ingestOriginal(name, 'aarhus');
		expect(result.format).toBe('protokol');
		expect(new Set(result.meetings.map((meeting) => meeting.data.committee))).toEqual(new Set([committee]));
		const found = result.meetings.map((meeting) => meeting.data.date);
		if (dates) expect(found).toEqual(dates);
		expect([...found].sort()).toEqual(found);
		expect(kept(await read(name), result)).toBeGreaterThanOrEqual(share);
		await golden(name, result);
	});

	test('Trige-Ølsted 1944: nineteen meetings, January 1944 to January 1945, the clock run together', async () => {
		const result = await ingestOriginal('protocols/trige-oelsted-sogneraad-1944.txt', 'aarhus');
		expect(result.meetings).toHaveLength(19);
		expect(result.meetings[0]!.data.date).toBe('1944-01-06');
		expect(result.meetings.at(-1)!.data.date).toBe('1945-01-04');
		const ormslev = await ingestOriginal('protocols/ormslev-kolt-sogneraad-1944.txt', 'aarhus');
		expect(ormslev.meetings[0]!.data.time).toBe('15:00');
	});
});
