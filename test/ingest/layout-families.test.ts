import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makePdf } from '../helpers/make-pdf.ts';
import { frontmatter, ingestOriginal, items } from '../helpers/originals.ts';

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
