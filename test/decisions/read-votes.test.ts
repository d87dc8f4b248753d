import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ballotsOf } from '../../src/lib/decisions/ballots-of.ts';
import { partyNames } from '../../src/lib/decisions/parties.ts';
import { readAttendance } from '../../src/lib/decisions/read-attendance.ts';
import { readVotes } from '../../src/lib/decisions/read-votes.ts';
import type { Ballot, Voter } from '../../src/schemas/vote.ts';

const party = (...letters: string[]): Voter[] => letters.map((letter) => ({ party: letter }));
const ballot = (fields: Partial<Ballot>): Ballot => ({ for: [], against: [], abstained: [], reserved: [], ...fields });

/** The examples and their kin, each from real minutes (the source in the name). */
const phrasings: [where: string, decision: string, expected: Ballot[]][] = [
	['the issue: majority with parties in parentheses', 'Et flertal (A+V+C+N) godkender indstillingen.', [ballot({ majority: true, for: party('A', 'V', 'C', 'N') })]],
	// Issue 25: a held-back Stevns Økonomiudvalg text; the reservation was lost, then read as the majority's.
	['Stevns Økonomiudvalg: a counted member takes a reservation', 'Et flertal (A+V+C+N) godkender indstillingen. 1 medlem (O) tager forbehold.', [ballot({ majority: true, for: party('A', 'V', 'C', 'N'), reserved: party('O') })]],
	['abstentions counted, none named', 'Godkendt. 2 medlemmer undlod at stemme.', [ballot({ counts: { abstained: 2 } })]],
	['abstentions counted and named', 'Godkendt. To medlemmer (F og Ø) undlod at stemme.', [ballot({ abstained: party('F', 'Ø'), counts: { abstained: 2 } })]],
	['Vejlby-Risskov 1941: unanimity in a word broken over two lines', 'Budget for 1941/42 vedtoges en-\nstemmigt.', [ballot({ unanimous: true })]],
	[
		'Stevns, Plan, Miljø og Teknik 9 June 2020 pkt. 311 (quoted in the seed)',
		'1. Anbefales af et flertal bestående af V+N+A+B.\n2. Udvalgets flertal bestående af V+N+A+B anbefaler, at forslagene 3.1 (røgfri arbejdstid) indgår i budgetprocessen.\nListe O kan ikke godkende indstillingerne.',
		[ballot({ part: '1, 2', majority: true, for: party('V', 'N', 'A', 'B'), against: party('O') })],
	],
	[
		'Greve Byråd 2 Oct 2024 pkt. 11',
		'Byrådet godkendte Økonomiudvalgets indstilling.\nFor stemte: V, A, C, Liselott Blixt (UP) M og F \nImod stemte: Ø\nAfbud: Kenneth Jerkel',
		[ballot({ for: [...party('V', 'A', 'C'), { name: 'Liselott Blixt', party: 'UP' }, ...party('M', 'F')], against: party('Ø') })],
	],
	[
		'Greve Byråd 2 Oct 2024 pkt. 9: one vote per part, parts that voted alike together',
		'1 a. Ikke godkendt\nFor stemte: Ø\nImod stemte: V, A, C, Liselott Blixt (UP), M og F\n1 b. Ikke godkendt\nFor stemte: A\nImod stemte: V, C, Liselott Blixt (UP), M , F og Ø\n1 c. Godkendt\nFor stemte: V, C, Liselott Blixt (UP), M og F \nImod stemte: A og Ø\n2. Selvbudgettering for 2025 blev godkendt.\n3. Godkendt\nFor stemte: V, C, Liselott Blixt (UP), M og F\nImod stemte: A og Ø\n4. -14. Godkendt.\nAfbud: Kenneth Jerkel',
		[
			ballot({ part: '1a', for: party('Ø'), against: [...party('V', 'A', 'C'), { name: 'Liselott Blixt', party: 'UP' }, ...party('M', 'F')] }),
			ballot({ part: '1b', for: party('A'), against: [...party('V', 'C'), { name: 'Liselott Blixt', party: 'UP' }, ...party('M', 'F', 'Ø')] }),
			ballot({ part: '1c, 3', for: [...party('V', 'C'), { name: 'Liselott Blixt', party: 'UP' }, ...party('M', 'F')], against: party('A', 'Ø') }),
		],
	],
	[
		'Greve Byråd 2 Oct 2024 pkt. 14: "Ad 2b.", a remark after the list, "Undlader:"',
		'Byrådet godkendte Økonomiudvalgets indstilling.\nAd 2b.\nImod stemte: Ø, med bemærkning om, at det rammer unge under 18 år.\nUndlader: F',
		[ballot({ part: '2b', against: party('Ø'), abstained: party('F') })],
	],
	['the issue: a minority against', 'Godkendt. Et mindretal (O) stemmer imod.', [ballot({ against: party('O') })]],
	['undlod at stemme, by name', 'Godkendt. Morten Hansen (A) og Jens Ole Jensen (Ø) undlod at stemme.', [ballot({ abstained: [{ name: 'Morten Hansen', party: 'A' }, { name: 'Jens Ole Jensen', party: 'Ø' }] })]],
	['tager forbehold, after "idet"', 'Godkendt, idet A tager forbehold.', [ballot({ reserved: party('A') })]],
	['Aarhus Magistraten: parties written out', 'Socialdemokratiet, Socialistisk Folkeparti, Alternativet og Radikale Venstre tog forbehold.', [ballot({ reserved: party('A', 'F', 'Å', 'B') })]],
	['Aarhus Magistraten: "Radikale Venstre" is not "Venstre"', 'Radikale Venstre tog forbehold for budgetsagerne.', [ballot({ reserved: party('B') })]],
	['Aarhus Kulturudvalget: stated unanimity', 'Udvalget kunne enstemmigt tiltræde indstillingen i overensstemmelse med Magistratens anbefaling.', [ballot({ unanimous: true })]],
	['Aarhus: a majority nobody is named in', 'Et flertal i udvalget kunne tiltræde indstillingen i overensstemmelse med Magistratens anbefaling.', [ballot({ majority: true })]],
	['Greve Økonomiudvalget: a member against, with a remark', 'Mehmet Zeki Dogru (Ø) stemte imod med bemærkning om, at Ø ønsker flere afgange på busrute 224.', [ballot({ against: [{ name: 'Mehmet Zeki Dogru', party: 'Ø' }] })]],
	['Greve Plan- og Tryghedsudvalget: a party letter alone', '(Ø) undlader på pkt. 2', [ballot({ abstained: party('Ø') })]],
	['Greve Social- og Handicapudvalget', 'Linda Heegaard (F) undlod at tage stilling.', [ballot({ abstained: [{ name: 'Linda Heegaard', party: 'F' }] })]],
	['Aarhus: kunne ikke tiltræde', 'Liberal Alliance kunne ikke tiltræde indstillingens beslutningspunkt 1.', [ballot({ against: party('I') })]],
	['counts', 'Forslaget blev vedtaget med 17 stemmer mod 8.', [ballot({ counts: { for: 17, against: 8 } })]],
	['labelled counts and lists', 'For stemte 17: A, B, F og Ø\nImod stemte 8: V og O', [ballot({ for: party('A', 'B', 'F', 'Ø'), against: party('V', 'O'), counts: { for: 17, against: 8 } })]],
	['"Imod stemte" without a colon', 'Godkendt.\nImod stemte Ø.', [ballot({ against: party('Ø') })]],
	['counts beside their sides, with the lists in parentheses', 'Indstillingen blev godkendt med 7 stemmer for (A, B, F) og 2 stemmer imod (V).', [ballot({ for: party('A', 'B', 'F'), against: party('V'), counts: { for: 7, against: 2 } })]],
	['counts without lists', 'Godkendt med 19 stemmer for og 6 imod.', [ballot({ counts: { for: 19, against: 6 } })]],
	['a rejection: the first number is the side that won', 'Forslaget blev forkastet med 15 stemmer mod 10.', [ballot({ counts: { against: 15, for: 10 } })]],
	['"mens" joins two sides', 'A, B og F stemte for, mens V og O stemte imod.', [ballot({ for: party('A', 'B', 'F'), against: party('V', 'O') })]],
	['a majority and a minority named', 'Et flertal bestående af A, B, F og Ø anbefaler indstillingen. Et mindretal bestående af V, C og O kan ikke anbefale indstillingen.', [ballot({ majority: true, for: party('A', 'B', 'F', 'Ø'), against: party('V', 'C', 'O') })]],
	['"et enigt udvalg"', 'Et enigt udvalg anbefaler indstillingen.', [ballot({ unanimous: true })]],
];

describe('readVotes', () => {
	test.each(phrasings)('%s', (_, decision, expected) => {
		expect(readVotes(decision)).toEqual(expected);
	});

	test.each([
		['Godkendt.'],
		['Anbefales.'],
		['Taget til efterretning.'],
		['Erik Eugen Olsen (A), Jacob Netteberg (B) og Trine Dybkjær (L) deltog ikke i sagens behandling.'],
		['Ole Ødmann deltog som suppleant for Gitte Andersen (V)'],
		['Udvalget anbefaler, at forslagene 3.1 (røgfri arbejdstid) indgår i budgetprocessen.'],
		['Afbud: Kenneth Jerkel'],
		['Forligsgruppen er enige om at det er nødvendigt at arbejde med mobilitet bredt.'],
		['1. januar 2025 træder ordningen i kraft.'],
	])('states no vote, and none is invented: %s', (decision) => {
		expect(readVotes(decision)).toEqual([]);
	});

	test('nothing invented: every voter it reads is written in the text (fast-check)', () => {
		const letters = Object.keys(partyNames);
		const names = ['Liselott Blixt', 'Mehmet Zeki Dogru', 'Anne Marie Lyduch'];
		const voterText = fc.oneof(fc.constantFrom(...letters), fc.constantFrom(...names).chain((name) => fc.constantFrom(name, `${name} (${letters[0]})`)), fc.constantFrom('Venstre', 'Enhedslisten', 'Radikale Venstre', 'Liste O'));
		const list = fc.array(voterText, { minLength: 1, maxLength: 5 }).map((voters) => voters.join(', '));
		const statement = fc.oneof(
			list.map((voters) => `For stemte: ${voters}`),
			list.map((voters) => `Imod stemte: ${voters}`),
			list.map((voters) => `${voters} undlod at stemme.`),
			list.map((voters) => `${voters} tog forbehold.`),
			list.map((voters) => `Et flertal (${voters}) godkender indstillingen.`),
			fc.constantFrom('Godkendt.', 'Anbefales.', 'Sagen blev drøftet.', 'Afbud: Kenneth Jerkel'),
			fc.string({ maxLength: 60 }),
		);
		fc.assert(
			fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (lines) => {
				const text = lines.join('\n');
				for (const found of readVotes(text)) {
					for (const side of ['for', 'against', 'abstained', 'reserved'] as const) {
						for (const voter of found[side]) {
							if (voter.name) expect(text).toContain(voter.name);
							else expect(text.includes(voter.party!) || Object.values({ V: 'Venstre', Ø: 'Enhedslisten', B: 'Radikale Venstre', O: 'Liste O' }).some((spelling) => text.includes(spelling))).toBe(true);
						}
					}
				}
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
		);
	});
});

describe('ballotsOf', () => {
	test('a yes or a no with no vote recorded is never called unanimous: only that none against is recorded, in words', () => {
		expect(ballotsOf({ votes: [], decisionClass: 'approved', decision: 'Godkendt.' })).toEqual({ ballots: [], unanimous: false, noneAgainstRecorded: true });
		expect(ballotsOf({ votes: [], decisionClass: 'recommended', decision: 'Anbefales.' })).toEqual({ ballots: [], unanimous: false, noneAgainstRecorded: true });
		expect(ballotsOf({ votes: [], decisionClass: 'noted', decision: 'Taget til efterretning.' })).toEqual({ ballots: [], unanimous: false, noneAgainstRecorded: false });
		expect(ballotsOf({ votes: [], decisionClass: 'unread', decision: 'Formanden orienterede.' })).toEqual({ ballots: [], unanimous: false, noneAgainstRecorded: false });
		expect(ballotsOf({ votes: [], decisionClass: 'none' })).toEqual({ ballots: [], unanimous: false, noneAgainstRecorded: false });
		const split = [ballot({ against: party('O') })];
		expect(ballotsOf({ votes: split, decisionClass: 'approved', decision: 'Godkendt. Et mindretal (O) stemmer imod.' })).toEqual({ ballots: split, unanimous: false, noneAgainstRecorded: false });
		const stated = [ballot({ unanimous: true })];
		expect(ballotsOf({ votes: stated, decisionClass: 'approved', decision: 'Godkendt enstemmigt.' })).toEqual({ ballots: stated, unanimous: true, noneAgainstRecorded: false });
	});
});

describe('readAttendance', () => {
	test('absences, substitutes and members who did not take part, as printed', () => {
		expect(readAttendance('Godkendt.\nFraværende: Henrik Alleslev (A), Gitte Andersen (V), Hans Kristian Skibby (O)\nOle Ødmann deltog som suppleant for Gitte Andersen (V)\nJesper Flensted deltog som suppleant for Hans Kristian Skibby (O)')).toEqual({
			absent: ['Henrik Alleslev (A)', 'Gitte Andersen (V)', 'Hans Kristian Skibby (O)'],
			substitutes: [
				{ name: 'Ole Ødmann', for: 'Gitte Andersen (V)' },
				{ name: 'Jesper Flensted', for: 'Hans Kristian Skibby (O)' },
			],
		});
		expect(readAttendance('ERHVERVSUDVALGET tiltræder Direktionens forslag.\nErik Eugen Olsen (A), Jacob Netteberg (B) og Trine Dybkjær (L) deltog ikke i sagens behandling.').absent).toEqual(['Erik Eugen Olsen (A)', 'Jacob Netteberg (B)', 'Trine Dybkjær (L)']);
		expect(readAttendance('Jette Andersen deltog som suppleant for Kenneth Jerkel i behandlingen af punktet.\nAfbud: Kenneth Jerkel')).toEqual({ absent: ['Kenneth Jerkel'], substitutes: [{ name: 'Jette Andersen', for: 'Kenneth Jerkel' }] });
		expect(readAttendance('Rådmand Nicolaj Bang var forhindret i at deltage i sagens behandling.').absent).toEqual(['Rådmand Nicolaj Bang']);
		expect(readAttendance('Tiltrådt. Fraværende: Jens Jensen (A)').absent).toEqual(['Jens Jensen (A)']);
		expect(readAttendance('Godkendt. Hans Hansen (O) erklærede sig inhabil og forlod mødet under behandlingen af punktet.').absent).toEqual(['Hans Hansen (O)']);
	});

	test('prose is not a list of names', () => {
		expect(readAttendance('Fraværende: se bilag for en oversigt over fremmødet i perioden, som blev drøftet.').absent).toEqual([]);
		expect(readAttendance('Arbejdsmarked deltog i perioden fra 1. november 2016 i projektet.').absent).toEqual([]);
	});
});
