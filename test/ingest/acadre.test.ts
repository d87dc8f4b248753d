import { readFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { filesOf, markdownFilesOf } from '../../src/lib/ingest/ingest-file.ts';
import { frontmatter, ingestOriginal, items } from '../helpers/originals.ts';

/**
 * Acadre MM's agenda XML (`test/fixtures/acadre/agenda.xml`, hand-made in the system's form), alone
 * and as the package of its `Files_…` folder with a real Acadre attachment beside it.
 */
const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url)).then((bytes) => new Uint8Array(bytes));

describe('Acadre agenda XML', () => {
	test('the meeting, its members (the absent one too), the running item numbers, the closed item, the decision and an earlier one', async () => {
		const result = await ingestOriginal('agenda.xml', 'syddjurs', await fixture('acadre/agenda.xml'));
		expect(result.format).toBe('acadre');
		const meeting = frontmatter(result, 'meetings/syddjurs/2013-06-20-udvalget-for-plan-udvikling-og-kultur-puk.md');
		expect(meeting).toMatchObject({ committee: 'Udvalget for plan, udvikling og kultur (PUK)', date: '2013-06-20', time: '10:30', location: 'Kaløvig Kursuscenter', participants: ['Anna Andersen (A)'], absent: ['Bent Bentsen (V)'], status: 'referat' });
		expect(result.meetings[0]!.publication).toEqual({ time: '2013-06-20T15:11', meetingId: '1721' });
		const [open, closed] = items(result);
		expect(open).toMatchObject({ number: '715', title: 'Kulturkommune 2017. Politiske fokusområder', caseNumber: '12/27845', closed: false, decision: 'Punktet blev drøftet.', systemId: '15684' });
		expect(open!.earlierTreatments).toEqual([expect.objectContaining({ body: 'Udvalget for plan, udvikling og kultur (PUK)', date: '2013-04-10', text: 'Der indkaldes til et ekstraordinært møde.' })]);
		// A closed enclosure is not listed, not even by its name.
		expect(open!.attachments).toEqual(['Opsamlingsnotat. Temamøde 20.09.2012']);
		expect(closed).toMatchObject({ number: '716', title: 'Salg af ejendom', closed: true, decision: 'Salget godkendes.' });
		const output = markdownFilesOf(result).map((file) => file.content).join('\n');
		for (const secret of ['2,1 mio', 'helbred', 'Ansat Sagsbehandler', 'Ansat Sekretær', '@kommune.example']) expect(output).not.toContain(secret);
	});

	test('packaged with its folder: the open attachment is published beside its item, with its Word text', async () => {
		const xml = await fixture('acadre/agenda.xml');
		const docx = await fixture('originals/word-attachments/3525829E1.DOCX');
		const zip = zipSync({ 'Files_1863/3687981.XML': xml, 'Files_1863/3525829E1.DOCX': docx });
		const result = await ingestOriginal('puk.zip', 'syddjurs', zip);
		const attachments = filesOf(result).filter((file) => file.path.startsWith('attachments/'));
		expect(attachments.map((file) => file.path)).toEqual([
			'attachments/syddjurs/2013-06-20-udvalget-for-plan-udvikling-og-kultur-puk/715/opsamlingsnotat-temamoede-20-09-2012.md',
			'attachments/syddjurs/2013-06-20-udvalget-for-plan-udvikling-og-kultur-puk/715/opsamlingsnotat-temamoede-20-09-2012.docx',
		]);
		expect(attachments[1]!.content).toEqual(docx);
		expect(attachments[0]!.content).toContain('originalName: Opsamlingsnotat. Temamøde 20.09.2012.docx');
		expect(String(attachments[0]!.content).split('---\n')[2]!.length).toBeGreaterThan(500);
	});
});
