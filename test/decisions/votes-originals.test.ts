import { describe, expect, test } from 'vitest';
import { ingestOriginal, items } from '../helpers/originals.ts';

/**
 * Votes and attendance as ingest reads them from real exports of other councils than the seeds':
 * FirstAgenda's API JSON and PDF of the same Greve Byråd meeting, and Aarhus Byråd's web page, whose
 * quoted Magistrat decisions carry the reservations.
 */
const votesOf = (item: Record<string, unknown>) => item.votes ?? [];

describe('votes in real minutes', () => {
	test('Greve Byråd, 2 October 2024 (API JSON): every stated vote, by part, and nothing for the rest', async () => {
		const byNumber = Object.fromEntries(items(await ingestOriginal('greve-byraad-2024-10-02.json', 'greve')).map((item) => [item.number, item]));
		const budget = votesOf(byNumber['9']!) as { part: string; for?: unknown[]; against?: unknown[] }[];
		expect(budget.map((ballot) => [ballot.part, ballot.for?.length, ballot.against?.length])).toEqual([
			['1a', 1, 6],
			['1b', 1, 6],
			['1c, 3', 5, 2],
		]);
		expect(votesOf(byNumber['11']!)).toEqual([{ for: [{ party: 'V' }, { party: 'A' }, { party: 'C' }, { name: 'Liselott Blixt', party: 'UP' }, { party: 'M' }, { party: 'F' }], against: [{ party: 'Ø' }] }]);
		expect(votesOf(byNumber['14']!)).toEqual([{ part: '2b', against: [{ party: 'Ø' }], abstained: [{ party: 'F' }] }]);
		for (const number of ['1', '2', '3', '4', '5', '6', '7', '8', '10', '12', '13', '15']) expect(votesOf(byNumber[number]!), `punkt ${number}`).toEqual([]);
		expect(byNumber['9']!.substitutes).toEqual([{ name: 'Jette Andersen', for: 'Kenneth Jerkel' }]);
		expect(byNumber['1']!.absent).toEqual(['Kenneth Jerkel', 'Mehmet Zeki Dogru']);
		// The treatments the items quote carry their own votes.
		const quoted = (byNumber['11']!.earlierTreatments as { body: string; votes?: unknown }[]).map((treatment) => [treatment.body, treatment.votes]);
		expect(quoted).toEqual([['Klima-, Teknik- og Miljøudvalget', [{ against: [{ name: 'Mehmet Zeki Dogru', party: 'Ø' }] }]]]);
	});

	test('the PDF export of the same meeting gives the same votes as its JSON', async () => {
		const fromJson = items(await ingestOriginal('greve-byraad-2024-10-02.json', 'greve')).map((item) => [item.number, item.votes ?? []]);
		const fromPdf = items(await ingestOriginal('firstagenda-pdf/greve-byraad-2024-10-02.pdf', 'greve')).map((item) => [item.number, item.votes ?? []]);
		expect(fromPdf).toEqual(fromJson);
	});

	test('Aarhus Byråd, 8 October 2025 (web page): the Magistrat\'s reservations and refusals, parties written out', async () => {
		const all = items(await ingestOriginal('aarhus-byraad-2025-10-08.html', 'aarhus'));
		const quoted = all.flatMap((item) => ((item.earlierTreatments ?? []) as { body: string; date: string; votes?: Record<string, { party?: string; name?: string }[]>[] }[]).filter((treatment) => treatment.votes).map((treatment) => ({ item: item.number, ...treatment })));
		const first = quoted.find((treatment) => treatment.item === '2' && treatment.date === '2025-09-02')!;
		expect(first.votes).toEqual([{ reserved: ['F', 'C', 'V', 'B', 'I'].map((party) => ({ party })) }]);
		const refusal = quoted.find((treatment) => treatment.votes!.some((ballot) => ballot.against))!;
		expect(refusal.votes).toEqual([{ against: [{ party: 'I' }] }]);
		const unanimous = quoted.filter((treatment) => treatment.votes!.some((ballot) => 'unanimous' in ballot));
		expect(unanimous.map((treatment) => treatment.body)).toEqual(['Kulturudvalget']);
		// No quoted vote names anyone but parties and members.
		for (const treatment of quoted) for (const ballot of treatment.votes!) for (const voters of Object.values(ballot)) if (Array.isArray(voters)) for (const voter of voters) expect(voter.party ?? voter.name).toMatch(/^\p{Lu}/u);
	});
});
