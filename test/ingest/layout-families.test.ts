import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeDocx } from '../helpers/make-docx.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { fixtures, frontmatter, ingestOriginal, items } from '../helpers/originals.ts';

/**
 * Properties that hold across each system's family of layouts, not one file's: the same document
 * with its page breaks moved, its running header's text changed or its items renumbered yields the
 * same items and facts (issue 26).
 */

interface Item {
	title: string;
	caseNumber: string;
	decision: string;
}

const itemsOfMeeting: Item[] = [
	{ title: 'Godkendelse af dagsorden', caseNumber: '2019-000101', decision: 'Godkendt.' },
	{ title: 'Trafiksikkerhedsplan 2019-2022 for hele kommunen', caseNumber: '2019-000102', decision: 'Anbefales over for Økonomiudvalget.' },
	{ title: 'Vinterberedskab på cykelstierne', caseNumber: '2019-000103', decision: 'Taget til efterretning.' },
	{ title: 'Ansøgning om tilskud til fortove i Nørre Aaby', caseNumber: '2019-000104', decision: 'Et flertal i udvalget kunne tiltræde indstillingen.' },
];

/** Each item's own text, of its own length, as minutes have: no two pages alike. */
const descriptions = [
	['Dagsordenen forelægges til godkendelse.'],
	[
		'Forvaltningen har udarbejdet et udkast til en ny trafiksikkerhedsplan, som bygger på uheldsstatistikken.',
		'Planen peger på tolv strækninger, hvor hastigheden bør sænkes, og på fire kryds, der bør ombygges.',
		'Der har været borgermøder i Nørre Aaby og Ejby, og de indkomne bemærkninger er samlet i bilag 2.',
		'Udgiften til de første tiltag kan afholdes inden for det afsatte anlægsbudget.',
	],
	['Vintertjenesten orienterer om beredskabet for cykelstier, herunder saltning og snerydning før kl. 7.'],
	[
		'Grundejerforeningen Skovvænget søger om tilskud til nye fortove langs Skolegade.',
		'Administrationen vurderer, at ansøgningen opfylder kriterierne i puljen for trafiksikre skoleveje.',
	],
];

/** An eDoc referat as its PDF export prints it, as lines; the running header is added per page. */
function edocReferat(first: number): string[] {
	const lines = ['Tilstede', 'Anne Hansen (A), Bo Jensen (V)', 'Afbud', 'Carl Nielsen (O)', 'Mødetidspunkt: 16:00', 'Mødested: Rådhuset, mødelokale 2', 'Åbne sager'];
	itemsOfMeeting.forEach((item, index) => {
		lines.push(`${first + index}. ${item.title}`, `Sagsnr.: ${item.caseNumber}    Sagsbehandler: Jens Jensen    Åben`, 'Sagsbeskrivelse:', ...descriptions[index]!, 'Beslutning:', item.decision);
	});
	return lines;
}

/** The lines in pages of at most `sizes[i]` lines each, every page under its running header. */
function paged(lines: string[], sizes: number[], header: (page: number) => string[]): string[][] {
	const pages: string[][] = [];
	let at = 0;
	for (let index = 0; at < lines.length; index++) {
		const size = sizes[index % sizes.length]!;
		pages.push([...header(pages.length + 1), ...lines.slice(at, at + size)]);
		at += size;
	}
	return pages;
}

describe('eDoc PDF referat: a running header of five lines, wherever the pages break', () => {
	const committees = ['Teknik- og Miljøudvalget', 'Økonomiudvalget', 'Børne- og Skoleudvalget'];
	test('the same items, titles, case numbers and facts', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.integer({ min: 3, max: 14 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(...committees), fc.constantFrom('12. marts 2019', '12-03-2019'), fc.constantFrom(1, 7, 715), async (sizes, committee, date, first) => {
				const header = (page: number) => [committee, 'Referat', 'Åbent referat', `Dato: ${date}`, `Side ${page}`];
				const pages = paged(edocReferat(first), sizes, header);
				fc.pre(pages.length >= 3);
				const result = await ingestOriginal('referat.pdf', 'middelfart', makePdf(pages));
				const meeting = frontmatter(result, '.md');
				expect(meeting).toMatchObject({ committee, date: '2019-03-12', time: '16:00', location: 'Rådhuset, mødelokale 2', status: 'referat' });
				const found = items(result);
				expect(found.map((item) => [item.number, item.title, item.caseNumber])).toEqual(itemsOfMeeting.map((item, index) => [String(first + index), item.title, item.caseNumber]));
				expect(found.map((item) => item.decision)).toEqual(itemsOfMeeting.map((item) => item.decision));
			}),
			{ numRuns: 12 },
		);
	});
});

describe('FirstAgenda: the decision wherever a template puts it', () => {
	/** The Publication API's meeting in the older template (2022–2023): h2 captions, the decision bare under the repeated title. */
	function olderTemplate(decisions: (string | undefined)[]): Uint8Array {
		const json = {
			Udvalg: { Navn: 'Børne- og Ungeudvalget 2022-2025' },
			Moede: { Dato: '2023-05-10T16:00:00+02:00', Sted: 'Rådhuset', Navn: 'Dagsorden', Moededeltagere: [] },
			Dagsordenpunkter: decisions.map((decision, index) => ({
				Number: String(index + 1),
				Caption: `Punkt ${index + 1} om skolernes ${['budget', 'åbningstider', 'madordning'][index % 3]}`,
				SagsNummer: `23/${1000 + index}`,
				Felter: [{ Navn: '', Html: `<div><h2>Punkt ${index + 1} om skolernes ${['budget', 'åbningstider', 'madordning'][index % 3]}</h2>${decision ? `<p>${decision}</p>` : ''}<h2>Resume</h2><p>Forvaltningen forelægger sagen.</p><h2>Indstilling</h2><p>Forvaltningen indstiller, at udvalget godkender planen.</p><h2>Sagsfremstilling</h2><p>Skolerne har ønsket en ny plan.</p></div>` }],
			})),
		};
		return new TextEncoder().encode(JSON.stringify(json));
	}

	test('the API\'s older template: a bare decision after the repeated title, captions in h2', async () => {
		const decisions = ['Godkendt.', 'Et flertal i udvalget kunne tiltræde indstillingen. Et mindretal (Ø) kunne ikke tiltræde indstillingen.', undefined, 'Udsat til næste møde.'];
		const result = await ingestOriginal('moede.json', 'greve', olderTemplate(decisions));
		const found = items(result);
		expect(found.map((item) => item.decision)).toEqual(decisions);
		expect(found.map((item) => item.decisionClass)).toEqual(['approved', 'approved', 'none', 'postponed']);
		// The repeated title is the title, not a section of the item.
		const [file] = result.meetings[0]!.items;
		expect(file!.body).not.toContain('## Punkt 1');
	});

	test('the Aarhus PDF variant: "Beslutninger" opens each item, before "Resume"', async () => {
		const page = (first: number) => [
			`# Punkt ${first}: ${first === 1 ? 'Godkendelse af lokalplan for Skejby Nord' : 'Ny cykelbro over Aarhus Å'}`,
			'Sagsnummer: EMN-2025-00' + (3000 + first),
			'# Beslutninger',
			first === 1 ? 'Godkendt.' : 'Et flertal i udvalget kunne tiltræde indstillingen, idet Enhedslisten stemte imod.',
			'# Resume',
			'Lokalplanen giver mulighed for boliger og erhverv i Skejby Nord.',
			'# Indstilling',
			'Teknik og Miljø indstiller, at lokalplanen godkendes.',
		];
		const pdf = makePdf([['REFERAT', 'Teknisk Udvalg', 'Mødedato: 6. oktober 2025 kl. 15:00', 'Mødested: Rådhuset'], page(1), page(2)]);
		const found = items(await ingestOriginal('referat.pdf', 'aarhus', pdf));
		expect(found.map((item) => [item.number, item.decisionClass])).toEqual([
			['1', 'approved'],
			['2', 'approved'],
		]);
	});

	test('the web page of a referat (Aarhus): a majority that could agree is the decision', async () => {
		const original = await readFile(new URL('aarhus-byraad-2025-10-08.html', fixtures), 'utf8');
		// The same page as a referat: item 2 with its decision where the template prints it.
		const referat = original.replace('>Dagsorden 8. oktober 2025 kl. 16.00<', '>Referat 8. oktober 2025 kl. 16.00<').replace('<span class="resume"><div>. </div></span>', '<h3>Beslutning</h3><span class="beslutning"><div>Et flertal i byrådet kunne tiltræde indstillingen. Et mindretal (Ø) kunne ikke tiltræde indstillingen.</div></span>');
		const found = items(await ingestOriginal('referat.html', 'aarhus', new TextEncoder().encode(referat)));
		expect(found[1]).toMatchObject({ number: '2', decisionClass: 'approved', decisionEvidence: 'Et flertal i byrådet kunne tiltræde indstillingen.' });
	});
});

describe('Word documents: the facts from the front page\'s own lines', () => {
	const front = ['Referat', 'Udvalget for plan, udvikling og kultur (PUK)', 'Ekstraordinært PUK', 'Torsdag den 20. juni 2013', 'Kl. 10:30', 'Kaløvig Kursuscenter, Kaløvigvej 7, Knebel'];
	const item = (number: string) => [`${number}. Kulturkommune 2017. Politiske fokusområder`, 'Sagsnr.: 12/27845', 'Resumé', 'Kulturafdelingen har lagt en plan for arbejdet.', 'Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 20-06-2013', 'Punktet blev drøftet.'];

	test('an Acadre referat alone: committee, date, time and place with no sidecar; its running number', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom('1', '7', '715'), async (number) => {
				const result = await ingestOriginal('referat.docx', 'syddjurs', makeDocx([...front, ...item(number)]));
				expect(result.meetings[0]!.data).toMatchObject({ committee: 'Udvalget for plan, udvikling og kultur (PUK)', date: '2013-06-20', time: '10:30', location: 'Kaløvig Kursuscenter, Kaløvigvej 7, Knebel', status: 'referat' });
				expect(items(result).map((found) => [found.number, found.title, found.caseNumber, found.decision])).toEqual([[number, 'Kulturkommune 2017. Politiske fokusområder', '12/27845', 'Punktet blev drøftet.']]);
			}),
			{ numRuns: 3 },
		);
	});
});
