import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { detectLayout } from '../../src/lib/ingest/3-layouts/index.ts';
import { readRaw, readText } from '../../src/lib/ingest/2-read/read-raw.ts';
import { fileOf, ingestText } from '../helpers/ingest-text.ts';
import { t } from '../../src/i18n/da.ts';

const seed = (path: string) => readRaw(path, new Uint8Array(readFileSync(new URL(`../../content/raw/${path}`, import.meta.url))));

describe('format detection', () => {
	test.each([
		['rudersdal/2021-09-15-erhvervsudvalget.txt', 'firstagenda'],
		['hoeje-taastrup/2017-06-19-direktionen.txt', 'firstagenda'],
		['stevns/2020-06-10-arbejdsmarked-erhverv-og-turisme.txt', 'stevns'],
		['roedovre/2024-10-08-beskaeftigelsesudvalget.txt', 'roedovre'],
		['hedensted/2021-11-29-udvalget-for-laering.txt', 'hedensted'],
	])('%s is %s', async (path, format) => {
		expect(detectLayout(await seed(path)).name).toBe(format);
	});

	test('text no layout recognises falls back to plain text', () => {
		expect(detectLayout(readText('brev.txt', new TextEncoder().encode('Et brev til borgmesteren.\n\nMed venlig hilsen'))).name).toBe('tekst');
	});
});

const firstagenda = `
REFERAT Erhvervsudvalget d. 15-09-2021

Mødedato Onsdag d. 15. september 2021 kl. 13:00

Mødested Rådhuset, Store Sal

Mødedeltagere Anna Hansen (A), Bo Jensen (V)

Afbud Carl Nielsen (C)

Indholdsfortegnelse

Meddelelser.....\t3
Lukket.....\t4

Punkt 1: Meddelelser

21/1084

Resumé

Formanden orienterede.

Indstilling

Direktionen foreslår, at sagen tages til efterretning.

Vedtagelse i Erhvervsudvalget den 15-09-2021

ERHVERVSUDVALGET tiltræder Direktionens forslag.

Bilag

Budgetforslag 2022-2025

Bilag 2: Høringssvar

Punkt 2: Lukket

17/200
`;

const result1 = await ingestText(firstagenda);
describe('FirstAgenda', () => {
	const result = result1;
	const meeting = fileOf(result, '.md');

	test('reads the header into meeting fields', () => {
		expect(result.meetingIds).toEqual(['rudersdal/2021-09-15-erhvervsudvalget']);
		expect(meeting).toContain('time: "13:00"');
		expect(meeting).toContain('location: Rådhuset, Store Sal');
		expect(meeting).toContain('participants:\n  - Anna Hansen (A)\n  - Bo Jensen (V)');
		expect(meeting).toContain('absent:\n  - Carl Nielsen (C)');
		expect(meeting).toContain('status: referat');
	});

	test('reads items with case numbers, decisions and attachments', () => {
		const item = fileOf(result, '/1.md');
		expect(item).toContain('caseNumber: 21/1084');
		expect(item).toContain('decision: ERHVERVSUDVALGET tiltræder Direktionens forslag.');
		expect(item).toContain('attachments:\n  - Budgetforslag 2022-2025\n  - Høringssvar');
		expect(item).toContain('## Vedtagelse i Erhvervsudvalget den 15-09-2021');
		expect(item).toContain('- Bilag 2: Høringssvar');
	});

	test('marks "Lukket" items closed and publishes no body', () => {
		const item = fileOf(result, '/2.md');
		expect(item).toContain('closed: true');
		expect(item).toContain('title: Lukket');
		expect(item).toMatch(/---\n$/);
	});

	test('withholds the body of a closed item that carries one, and keeps only its decision', async () => {
		const crafted = await ingestText(`${firstagenda}\nSagsfremstilling\n\nBorgeren Hans Hemmelig klager over naboens hund.\n\nBeslutning Erhvervsudvalget den 15-09-2021\n\nKlagen afvises.\n`);
		const item = fileOf(crafted, '/2.md');
		expect(item).toContain('decision: Klagen afvises.');
		expect(item).toMatch(/---\n$/);
		expect(item).not.toMatch(/Hemmelig|hund|Sagsfremstilling/);
		expect(crafted.dropped.filter((entry) => entry.reason.startsWith('lukket punkt')).flatMap((entry) => entry.words)).toEqual(
			expect.arrayContaining(['hemmelig', 'hund', 'sagsfremstilling', 'beslutning']),
		);
	});

	test('reads each "Sagsforløb" entry into an earlier treatment', async () => {
		const crafted = await ingestText(
			firstagenda.replace('Indstilling\n', 'Sagsforløb\n\nUdvalg: Økonomiudvalget\nDato: 12-08-2021\nPunktnummer: 5\n\nAnbefales.\n\nUdvalg: Byrådet\nDato: 25. august 2021\nPunktnummer: 145\n\nGodkendt.\n\nIndstilling\n'),
		);
		const item = fileOf(crafted, '/1.md');
		expect(item).toContain(
			'earlierTreatments:\n  - label: Økonomiudvalget, 12. august 2021, pkt. 5\n    body: Økonomiudvalget\n    date: "2021-08-12"\n    number: "5"\n    text: Anbefales.\n    decisionClass: recommended\n    decisionEvidence: Anbefales.\n  - label: Byrådet, 25. august 2021, pkt. 145\n    body: Byrådet\n    date: "2021-08-25"\n    number: "145"\n    text: Godkendt.\n    decisionClass: approved\n    decisionEvidence: Godkendt.\n',
		);
		expect(item).toContain('## Sagsforløb\n\n## Økonomiudvalget, 12. august 2021, pkt. 5\n\nAnbefales.\n\n## Byrådet, 25. august 2021, pkt. 145\n\nGodkendt.\n\n## Indstilling');
		expect(crafted.dropped.filter((entry) => entry.reason.startsWith('sagsforløb')).flatMap((entry) => entry.words)).toEqual(['udvalg', 'dato', 'punktnummer', 'udvalg', 'dato', 'punktnummer']);
	});

	test('classifies each decision against its recommendation', () => {
		expect(fileOf(result, '/1.md')).toContain('decisionClass: noted');
		expect(fileOf(result, '/2.md')).toContain('decisionClass: none');
	});

	test('drops the table of contents and reports it', () => {
		expect(result.dropped.filter((entry) => entry.reason.startsWith('indholdsfortegnelse'))).toHaveLength(3);
	});
});

describe('Stevns', () => {
	const text = `Referat

  • 173. Budgetforslag 2021 - AET

    application/pdf icon a_b.pdfapplication/pdf icon c-d_0.pdf

    Resume

    AET skal behandle budgetforslaget.

    Indstilling

    Økonomi indstiller til AET, at

    1. behandle budgetforslag til budget 2021
    \u00a0 \u00a0 2. udvalgets anbefalinger indgår i budgetprocessen

    Social og Sundhed, 4. juni 2020, pkt. 187:

    1. Anbefales.

    Beslutning

    Anbefales.

  • 185. Forlængelse af lejekontrakt - beslutning (Lukket)`;
	let result: FileResult;
	beforeAll(async () => {
		result = await ingestText(text, { municipality: 'stevns', sidecar: 'committee: AET\ndate: 2020-06-10\n' });
	});

	test('takes committee and date from the sidecar, mapping an alias to the registered name', () => {
		expect(result.meetingIds).toEqual(['stevns/2020-06-10-arbejdsmarked-erhverv-og-turisme']);
	});

	test('splits glued attachment names', () => {
		expect(fileOf(result, '/173.md')).toContain('attachments:\n  - a_b.pdf\n  - c-d_0.pdf');
	});

	test('keeps a numbered list together however NBSP indents it', () => {
		expect(fileOf(result, '/173.md')).toContain('1. behandle budgetforslag til budget 2021\n2. udvalgets anbefalinger indgår i budgetprocessen');
	});

	test('records quoted earlier treatments as labelled parts', () => {
		const item = fileOf(result, '/173.md');
		expect(item).toContain('## Social og Sundhed, 4. juni 2020, pkt. 187');
		expect(item).toContain('earlierTreatments:\n  - label: Social og Sundhed, 4. juni 2020, pkt. 187\n    body: Social og Sundhed\n    date: "2020-06-04"\n    number: "187"\n    text: 1. Anbefales.');
	});

	test('strips "(Lukket)" from the title and closes the item', () => {
		const item = fileOf(result, '/185.md');
		expect(item).toContain('title: Forlængelse af lejekontrakt - beslutning');
		expect(item).toContain('closed: true');
	});
});

describe('Rødovre', () => {
	const text = `Beskæftigelsesudvalget

08-10-2024

Medlemmer

Formand Kim Drejer Nielsen (C)

Peter Mikkelsen (Ø)

Sager 37 - 38

Fold alle ud

Meddelelser

Sag nr. 37

Beslutningskompetence: BEU

Sagens kerne

Ingen meddelelser

Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:

Godkendt.

Beslutning

Taget til efterretning.

Orientering om Danmarkskortet

Sag nr. 38

Beslutningskompetence: KB

Bilag

Bilag 1: Danmarkskortet 2023 bilag`;
	let result: FileResult;
	beforeAll(async () => {
		result = await ingestText(text, { municipality: 'rudersdal' });
	});

	test('takes each title from the line above "Sag nr."', () => {
		expect(fileOf(result, '/37.md')).toContain('title: Meddelelser');
		expect(fileOf(result, '/38.md')).toContain('title: Orientering om Danmarkskortet');
	});

	test('reads the authority and the members', () => {
		expect(fileOf(result, '/37.md')).toContain('authority: BEU');
		expect(fileOf(result, 'beskaeftigelsesudvalget.md')).toContain('participants:\n  - Formand Kim Drejer Nielsen (C)\n  - Peter Mikkelsen (Ø)');
	});

	test('records a quoted earlier treatment', () => {
		expect(fileOf(result, '/37.md')).toContain(
			'earlierTreatments:\n  - label: Teknik- og Miljøudvalget, 10. september 2019, pkt. 65\n    body: Teknik- og Miljøudvalget\n    date: "2019-09-10"\n    number: "65"\n    text: Godkendt.\n    decisionClass: approved\n',
		);
	});

	test('strips the "Bilag 1:" numbering from attachment names', () => {
		expect(fileOf(result, '/38.md')).toContain('attachments:\n  - Danmarkskortet 2023 bilag');
	});
});

describe('Hedensted', () => {
	const text = `Hedensted Kommune

Udvalget for Læring

Dagsorden\t
Mødedato:\t29. november 2021
Mødetidspunkt:\tKl. 16:00
Mødested:\tRådhuset
Deltagere: Ole Vind, Lars Poulsen\t
Fraværende:\t

Indholdsfortegnelse

Pkt.\tTekst\tSide
96\t<u>Omgørelser</u>\t3



00.00.00-I02-1-21

96. Omgørelser

Beslutningstema

Drøftelse.

\tØkonomi\tYdelse
PPR\t650.000 kr.\t200 forløb

Administrationen indstiller,

at sagen drøftes.

Beslutning

Sagen er drøftet.

Bilag

- [Tal 2016-2020.pdf](#)



Bilag

- [Tal 2016-2020.pdf](#)



Underskrifter

Ole Vind`;
	let result: FileResult;
	beforeAll(async () => {
		result = await ingestText(text);
	});

	test('reads the tabbed header; decisions make the "Dagsorden" a referat', () => {
		const meeting = fileOf(result, 'laering.md');
		expect(meeting).toContain('time: "16:00"');
		expect(meeting).toContain('status: referat');
		expect(meeting).toContain('## Underskrifter');
	});

	test('reads the journal number, a tab table and a recommendation without heading', () => {
		const item = fileOf(result, '/96.md');
		expect(item).toContain('caseNumber: 00.00.00-I02-1-21');
		expect(item).toContain('| | Økonomi | Ydelse |\n| - | - | - |\n| PPR | 650.000 kr. | 200 forløb |');
		expect(item).toContain('## Indstilling\n\nAdministrationen indstiller,\n\nat sagen drøftes.');
		expect(item).toContain('attachments:\n  - Tal 2016-2020.pdf');
	});
});

describe('the plain-text fallback', () => {
	test('publishes unknown formats as paragraphs with a warning', async () => {
		const result = await ingestText('Et brev til borgmesteren.\n\nMed venlig hilsen', { sidecar: 'committee: Byrådet\ndate: 2024-01-02\n' });
		expect(result.format).toBe('tekst');
		expect(result.items).toBe(0);
		expect(result.warnings[0]!.message).toMatch(/formatet blev ikke genkendt/);
		expect(fileOf(result, '.md')).toContain('Et brev til borgmesteren.\n\nMed venlig hilsen');
	});

	test('--format overrides detection', async () => {
		expect((await ingestText(firstagenda, { format: 'tekst', sidecar: 'committee: Erhvervsudvalget\ndate: 2021-09-15\n' })).format).toBe('tekst');
	});

	test('reads the facts the text states outright near its top: the kind, the body, the date and time', async () => {
		const result = await ingestText('Beslutningsprotokol for Byrådet\n\nMødet den 4. april 2023 kl. 19.00\n\nByrådet vedtog budgettet.\n');
		expect(result.format).toBe('tekst');
		expect(result.meetingIds).toEqual(['rudersdal/2023-04-04-byraadet']);
		expect(fileOf(result, '.md')).toMatch(/committee: Byrådet\ndate: "2023-04-04"\ntime: "19:00"\nstatus: referat\n/);
	});

	test('does not guess a status the text does not state: the meeting has none, and its page says it is unknown', async () => {
		const result = await ingestText('Notat om vejene\n\nØkonomiudvalget\nDen 4. april 2023\n\nNoget tekst.\n');
		const meeting = fileOf(result, '.md');
		expect(meeting).toContain('committee: Økonomiudvalget\ndate: "2023-04-04"\n');
		expect(meeting).not.toContain('status:');
		expect(t('meeting.status.ukendt')).toBe('Status ukendt');
	});
});
