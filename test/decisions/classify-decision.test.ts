import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDecision, readDecision } from '../../src/lib/decisions/classify-decision.ts';
import { decisionClasses, type DecisionClass } from '../../src/schemas/decision-class.ts';

/** Decision, recommendation and the expected class, as the seed minutes print them. */
const seeds: [where: string, decision: string | undefined, recommendation: string | undefined, expected: DecisionClass][] = [
	['Rudersdal pkt. 2', 'ERHVERVSUDVALGET tiltræder Direktionens forslag.\nErik Eugen Olsen (A) deltog ikke i sagens behandling.', 'Direktionen foreslår, at sagen forelægges til orientering.', 'noted'],
	['Rudersdal pkt. 3', 'ERHVERVSUDVALGET tiltræder Direktionens forslag.\nErik Eugen Olsen (A), Jacob Netteberg (B) og Trine Dybkjær (L) deltog ikke i sagens behandling.', 'Direktionen foreslår,\n- 1) at udvalget drøfter budgetforslaget på eget område, og\n- 2) at udvalget fremsender budgetforslaget til Økonomiudvalget og Kommunalbestyrelsen med anbefaling.', 'recommended'],
	['Rødovre pkt. 38', 'Anbefales.', 'Social og Sundhedsforvaltningen indstiller, 1. at viden og erfaring tages til efterretning og drøftes samt 2. at anbefalingerne implementeres i forvaltningens praksis.', 'recommended'],
	['Rødovre pkt. 37', 'Taget til efterretning.', undefined, 'noted'],
	['Rødovre pkt. 42', 'Godkendt.', 'Forvaltningen indstiller, at Beskæftigelsesudvalget godkender beslutningsprotokollen.', 'approved'],
	['Stevns pkt. 172', 'Godkendt.', undefined, 'approved'],
	['Stevns pkt. 173', 'Anbefales - se også opdaterede regneark.', 'Økonomi indstiller til AET, at\n1. behandle budgetforslag til budget 2021', 'recommended'],
	['Stevns pkt. 174', '1. Afventer og indgår i budgetforhandlingerne. Der tages udgangspunkt i model 1.\n2. Der sendes ikke anmodning til Køge Kommune på nuværende tidspunkt.', 'Arbejdsmarked indstiller til AET, at\n1. er gives en tilkendegivelse af, hvilken model der vælges.', 'postponed'],
	['Stevns pkt. 178', '1. Godkendt.\n2. Afvises pga manglende vendemuligheder for en bus ved Holtug Kridtbrud.\n3. Godkendes med tre daglige afgange, som beskrevet i bilag.', 'Politik & Borger indstiller til AET, at udvalget:\n1. beslutter om Stevns Kommune skal etablere egen Turistbus', 'approved-with-changes'],
	['Stevns pkt. 179', '1. Anbefales.\n2. Udvalget anbefaler, at forslagene 3.1 (røgfri arbejdstid) indgår i budgetprocessen.', 'Sundhed og Omsorg indstiller til KB via DIR, SSU, BUL, PMT, AET og ØU, at\n1. godkende handleplankataloget', 'recommended'],
	['Stevns pkt. 180', 'Ansøgningen fra foreningen LimeLight Boardshop imødekommes med 80.000 kr.', 'Politik & Borger indstiller til AET, at\n1. det besluttes om ansøgningen skal imødekommes, og i givet fald med hvilket beløb.', 'approved'],
	['Stevns pkt. 181', 'Udviklingsplanen sendes videre til ØU og KB', 'Politik & Borger indstiller til AET, at\n- Præsentationen tages til efterretning\n- Udviklingsplanen samt -konceptet sendes med anbefaling videre til KB', 'recommended'],
	['Stevns pkt. 182', '1. Godkendt.\n2. Godkendt\n3. Indstilling 3 a og b kan ikke anbefales. Udvalget anbefaler, at borgerkonsulentmodellen i Familieteamet sættes på midlertidig pause.', 'Direktionen indstiller til ØU, via SSU, BUL og AET, at\n1. samarbejdsmodellen igangsættes i efteråret 2020', 'approved-with-changes'],
	['Hedensted pkt. 97', 'Indstilling godkendt', 'Administrationen indstiller,\nAt rammen fremadretter er 1,2 mio. med fordeling imellem intern og ekstern som beskrevet.', 'approved'],
	['Hedensted pkt. 99', 'Indstilling godkendt med den rettelse, at det ikke kun er en fordel for forældre centralt i skoledistriktet, men for alle forældre i skoledistriktet.', 'Administrationen indstiller, at Udvalget for Læring godkender vedlagte retningslinjer, og sender videre til PKØ og Byrådet.', 'approved-with-changes'],
	['Hedensted pkt. 100', 'Punktet er drøftet.', 'Administrationen indstiller,\nAt punktet drøftes.', 'noted'],
	['Hedensted pkt. 101', 'Orientering taget til efterretning.', undefined, 'noted'],
	['Hedensted pkt. 102', 'Udvalget tager redegørelsen og kommende andel af sparekravet til efterretning.', 'Administrationen indstiller, at Udvalget tager redegørelsen til efterretning', 'noted'],
	['Hedensted pkt. 96', 'Sagen er drøftet.', 'Administrationen indstiller, at der sker en drøftelse af omgørelsesprocenterne', 'noted'],
	['Høje-Taastrup pkt. 5', '- Direktionen konstaterede med tilfredshed, at der er blevet udarbejdet to velgennemførte budgetanalyser. Analyserne blev taget til efterretning.\n- Vedr. Taxhuset blev det godkendt, at der udarbejdes differentierede takster.\n- Vedr. Solgården blev det godkendt, at der udarbejdes nye takster, med følgende præciseringer:\n  - Det skal være i overensstemmelse med KKR-aftalerne.', 'ØDC og SHC indstiller\n- at direktionen tager analyserne til efterretning', 'approved-with-changes'],
	['Høje-Taastrup pkt. 7', 'Der udarbejdes et nyt oplæg, der tager udgangspunkt i drøftelsen.', 'Det indstilles at direktionen:\n- Drøfter og vedtager retning for udviklingen af kommunens politikkoncept.', 'postponed'],
	['Høje-Taastrup pkt. 9', 'Direktionen besluttede, at den mindre model skal anvendes og at 50 pct. finansieres af direktionen. Når der er afklaring på tidsperspektivet på rådhusbyggeriet kan sagen genoptages, forventeligt til august.', 'At Direktionen, 1. drøfter omfanget af indretning i model 1 og 2', 'approved'],
	['Høje-Taastrup pkt. 10', 'Intet til referat.', undefined, 'none'],
	['Høje-Taastrup pkt. 11', 'Porteføljelisten blev taget til efterretning. Den fremlægges til drøftelse i chefforum efter sommerferien.', 'Byrådscentret indstiller, at Direktionen: 1. Drøfter om porteføljelisten giver anledning til opmærksomhedspunkter.', 'noted'],
	['Høje-Taastrup pkt. 14', 'Direktionen godkendte forslaget til Byrådshøjskole 2018 med følgende tilføjelser:\n- Det skal undersøges, hvorvidt programmet kan gøres mere dynamisk.', 'Byrådscenteret indstiller, at Direktionen\n- 1) drøfter og vedtager forslag til Byrådshøjskolen', 'approved-with-changes'],
	['Høje-Taastrup pkt. 1 (no decision section)', undefined, undefined, 'none'],
];

/** Phrasings the issue names that the five seeds do not all contain, and common ones from other minutes. */
const phrasings: [decision: string, recommendation: string | undefined, expected: DecisionClass][] = [
	['Et flertal (A+V+C+N) godkender indstillingen. Et mindretal (Ø) stemte imod.', 'at Byrådet godkender lokalplanen', 'approved'],
	['Afvises, da ansøgningen ikke opfylder kriterierne.', 'at ansøgningen imødekommes', 'rejected'],
	['Kan ikke anbefales.', 'at udvalget anbefaler Byrådet at godkende projektet', 'rejected'],
	['Udsat til næste møde.', 'at planen godkendes', 'postponed'],
	['Sagen sendes tilbage til forvaltningen med henblik på et nyt oplæg.', 'at planen godkendes', 'postponed'],
	['Godkendt, idet tidsplanen forlænges til 2025.', 'at tidsplanen godkendes', 'approved-with-changes'],
	['Godkendt med 7 stemmer mod 2.', 'at budgettet godkendes', 'approved'],
	['Godkendt.', 'at Økonomiudvalget anbefaler Byrådet, at budgettet godkendes', 'recommended'],
	['Punktet udgår.', undefined, 'none'],
	['Udvalget besluttede at bevare den nuværende ordning.', undefined, 'approved'],
	// No reading understands it: "Ikke aflæst", never a guess (issue 25).
	['Formanden orienterede om mødet med KL.', 'at orienteringen tages til efterretning', 'unread'],
];

/**
 * The kinds of sentence issue 25 names, each as real minutes print it: negation anywhere in the
 * verb phrase, the spellings of older minutes, a decision field that only records attendance, a
 * question or status with no decision, and the council's other decisions (elections, grants).
 */
const language: [where: string, decision: string, recommendation: string | undefined, expected: DecisionClass, evidence: string | undefined][] = [
	['Tiset Sogneraad 24 Jan. 1940, pkt. 7', 'Kunde ikke imødekomme Andragendet.', undefined, 'rejected', 'Kunde ikke imødekomme Andragendet.'],
	['negation before the infinitive', 'Udvalget ønskede ikke at godkende projektet.', 'at projektet godkendes', 'rejected', 'Udvalget ønskede ikke at godkende projektet.'],
	['negation in the passive', 'Forslaget blev ikke vedtaget.', undefined, 'rejected', 'Forslaget blev ikke vedtaget.'],
	['negation after the verb', 'Ansøgningen imødekommes ikke.', undefined, 'rejected', 'Ansøgningen imødekommes ikke.'],
	['a wish not to', 'Klima-, Teknik- og Miljøudvalget ønsker ikke en sag med beslutning om lokalerne.', undefined, 'rejected', 'Klima-, Teknik- og Miljøudvalget ønsker ikke en sag med beslutning om lokalerne.'],
	['Tiset 1940: refused', 'Nægtedes.', undefined, 'rejected', 'Nægtedes.'],
	['Tiset 1940: the old passive', 'Tiltraadtes.', undefined, 'approved', 'Tiltraadtes.'],
	['Vejlby-Risskov 1941: a grant', 'Man bevilgede 150 Kr.', undefined, 'approved', 'Man bevilgede 150 Kr.'],
	['Tiset 1940: an election', 'Jens Hedegaard valgtes.', undefined, 'approved', 'Jens Hedegaard valgtes.'],
	['Tiset 1940: no objection', 'Sogneraadet fandt intet at indvende mod Opgørelsen.', undefined, 'approved', 'Sogneraadet fandt intet at indvende mod Opgørelsen.'],
	['Vejlby-Risskov 1941: referred on', 'Overlades til Skoleudvalget.', undefined, 'postponed', 'Overlades til Skoleudvalget.'],
	['Greve Byråd 2 Oct. 2024, pkt. 15: attendance only', 'Afbud: Kenneth Jerkel', undefined, 'none', 'Afbud: Kenneth Jerkel'],
	['attendance only, in prose', 'Mette Hansen (V) deltog ikke i sagens behandling.', undefined, 'none', 'Mette Hansen (V) deltog ikke i sagens behandling.'],
	['attendance after the decision', 'Godkendt.\nAfbud: Kenneth Jerkel Fraværende: Mehmet Zeki Dogru', undefined, 'approved', 'Godkendt.'],
	['Greve Social- og Handicapudvalget: nothing to report', 'Der var ingen orienteringer.', undefined, 'none', 'Der var ingen orienteringer.'],
	['Glostrup: nothing to report', 'Intet til orientering.', undefined, 'none', 'Intet til orientering.'],
	['a question answered, no decision', 'Spørgsmål blev besvaret på mødet.', undefined, 'unread', undefined],
	['a recommendation with a remark', 'Anbefales godkendt med den bemærkning at sagen sættes i forløb til Økonomiudvalget og Byrådet.', undefined, 'recommended', 'Anbefales godkendt med den bemærkning at sagen sættes i forløb til Økonomiudvalget og Byrådet.'],
	['a part not sent on', '1. Afventer og indgår i budgetforhandlingerne.\n2. Der sendes ikke anmodning til Køge Kommune på nuværende tidspunkt.', undefined, 'postponed', '1. Afventer og indgår i budgetforhandlingerne.'],
	['lettered parts that differ', '1 a. Ikke godkendt.\n1 b. Ikke godkendt.\n1 c. Godkendt.', undefined, 'approved-with-changes', '1 a. Ikke godkendt. … 1 c. Godkendt.'],
	['2a anbefales, 2b sendt tilbage', '2a. Anbefales.\n2b. Sendes tilbage til forvaltningen.', undefined, 'recommended', '2a. Anbefales.'],
	['a word broken over two lines', 'Budgettet vedtoges en-\nstemmigt.', undefined, 'approved', 'Budgettet vedtogesenstemmigt.'.replace('vedtogesenstemmigt', 'vedtoges enstemmigt')],
	// Issue 26: Aarhus's web referat, a majority's yes with the modal verb, and dissent that is a vote, not the decision.
	['a majority that could agree', 'Et flertal i udvalget kunne tiltræde indstillingen.', 'at udvalget godkender planen', 'approved', 'Et flertal i udvalget kunne tiltræde indstillingen.'],
	['a majority, the dissent after "idet"', 'Et flertal i udvalget kunne tiltræde indstillingen, idet Enhedslisten stemte imod.', undefined, 'approved', 'Et flertal i udvalget kunne tiltræde indstillingen, idet Enhedslisten stemte imod.'],
	['a minority that could not agree', 'Et flertal (A, V, C) kunne tiltræde indstillingen. Et mindretal (Ø) kunne ikke tiltræde indstillingen.', undefined, 'approved', 'Et flertal (A, V, C) kunne tiltræde indstillingen.'],
	['a majority that could recommend', 'Et flertal (A, V, C) kunne anbefale indstillingen. Imod stemte Ø og F.', undefined, 'recommended', 'Et flertal (A, V, C) kunne anbefale indstillingen.'],
	['a party dissents, the decision after', 'Venstre og Dansk Folkeparti tager forbehold. Anbefales.', undefined, 'recommended', 'Anbefales.'],
	['only a party dissenting: what the majority did is not said', 'Enhedslisten kunne ikke tiltræde indstillingen.', undefined, 'unread', undefined],
	// The parish books (issue 26): what another body wrote or did is not the council's decision.
	['a letter reports another body\'s approval', 'Skrivelse fra Aarhus Amts Skoledirektion at Idrætspladsen i Trige godkendes paa følgende Vilkaar', undefined, 'unread', undefined],
	['a letter, then the council\'s own word', 'Skrivelse fra Amtet at Vejen skal istandsættes, hvilket tiltrædes.', undefined, 'approved', 'Skrivelse fra Amtet at Vejen skal istandsættes, hvilket tiltrædes.'],
	['an authority as the subject', 'Amtraadet har tiltraadt Sogneraadets Indstilling om Nedlæggelse af to Vejstrækninger.', undefined, 'unread', undefined],
	['a post given to a person', 'Pladsen som Vejmand overlades til Jens Vinther Hansen Trige efter Tarifmæssig Timebetaling', undefined, 'approved', 'Pladsen som Vejmand overlades til Jens Vinther Hansen Trige efter Tarifmæssig Timebetaling'],
	['a bill sent to another parish is not a recommendation', 'Til Efterretning.\nRg. paa de udlagte Beløb sendes til Hjortshøj-Egaa.', undefined, 'noted', 'Til Efterretning.'],
	['sent on to a body for its treatment', 'Fremsendes til 1. tekniske behandling i Magistraten.', undefined, 'recommended', 'Fremsendes til 1. tekniske behandling i Magistraten.'],
	['"no remarks" cannot tell a yes to the minutes from nothing', 'Ingen bemærkninger.', undefined, 'unread', undefined],
	['the body itself could not agree', 'Udvalget kunne ikke tiltræde indstillingen.', undefined, 'rejected', 'Udvalget kunne ikke tiltræde indstillingen.'],
	['yes to a proposal that also acts', 'Indstilling godkendt', 'Administrationen indstiller,\nAt afprøvningen fortsætter i Glud i 2022\nAt erfaringer fra afprøvningen spredes', 'approved', 'Indstilling godkendt'],
];

describe('classifyDecision', () => {
	it.each(seeds)('%s', (_where, decision, recommendation, expected) => {
		expect(classifyDecision({ decision, recommendation })).toBe(expected);
	});

	it.each(phrasings)('%s', (decision, recommendation, expected) => {
		expect(classifyDecision({ decision, recommendation })).toBe(expected);
	});

	it.each(language)('%s', (_where, decision, recommendation, expected, evidence) => {
		const read = readDecision({ decision, recommendation });
		expect(read.decisionClass).toBe(expected);
		expect(read.evidence).toBe(evidence);
	});

	it('rests every label on words that occur in the decision', () => {
		const phrases = [...seeds.map(([, decision]) => decision ?? ''), ...phrasings.map(([decision]) => decision), ...language.map(([, decision]) => decision)];
		const fold = (text: string) => text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', ' ', '\n\n'), (chosen, separator) => {
				const decision = chosen.join(separator);
				const read = readDecision({ decision });
				for (const sentence of (read.evidence ?? '').split(' … ')) if (sentence) expect(fold(decision)).toContain(fold(sentence));
				if (read.decisionClass === 'unread') expect(read.evidence).toBeUndefined();
			}),
		);
	});

	it('gives every text one of the classes, whatever its case and spacing', () => {
		fc.assert(
			fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (decision, recommendation) => {
				const value = classifyDecision({ decision, recommendation });
				expect(decisionClasses).toContain(value);
				const shouted = classifyDecision({ decision: decision.toUpperCase().replace(/ /g, '  '), recommendation: recommendation?.toUpperCase() });
				// Upper-casing changes no rule's reading: the classifier folds case and spacing first.
				if (decision.toUpperCase().toLowerCase() === decision.toLowerCase()) expect(shouted).toBe(value);
			}),
		);
	});
});
