import type { DecisionClass } from '../../schemas/decision-class.ts';
import { isAttendanceStatement } from './read-attendance.ts';
import { partyNamedAt } from './parties.ts';
import { sentenceEnd } from './sentence-end.ts';

export interface DecisionInput {
	/** The decision as plain text (the item's `decision`), if one is recorded. */
	decision?: string | undefined;
	/** The recommendation (indstilling) as plain text, if the item has one. */
	recommendation?: string | undefined;
}

/** A decision as read: its class, and the words of the decision it was read from. */
export interface ReadDecision {
	decisionClass: DecisionClass;
	/** The sentence (or, for parts that differ, the sentences joined by " … ") the class rests on, as printed. */
	evidence?: string;
	/** True when the class comes from the recommendation too: a bare "Godkendt" of a proposal to take note or to recommend. */
	inferred?: true;
}

type Rule = [DecisionClass, RegExp];

/**
 * The verbs a body decides with, as stems that match every inflection and the older spellings
 * (after `fold`): godkend-, tiltræd-/tiltråd-, vedtag-/vedtog-, bevilg-/bevillig-, imødekom-.
 */
const deciding = String.raw`(?:godkend|tiltræd|tiltråd|vedtag|vedtog|bevilg|bevillig|imødekom|anbefal|tilslutte|følge|acceptere|accepter)\w*`;

/**
 * A negation of the decision's verb anywhere in its phrase: before it within a few words ("kunne
 * ikke imødekomme", "ønskede ikke at godkende", "blev ikke vedtaget", "Kunde ikke imødekommes"), or
 * after it ("godkendes ikke", "anbefales ej").
 */
const negated = new RegExp(String.raw`\b(?:ikke|ej|intet)\b(?:\s+[\wæøå-]+){0,3}?\s+(?:at\s+)?${deciding}|\b${deciding}\s+(?:[\wæøå-]+\s+){0,1}(?:ikke|ej)\b(?!\s+(?:kun|alene|blot|mindst|længere\s+end))`);

/**
 * Rules for one sentence, tried in order; the first match wins. Refusal comes before approval so
 * that "kan ikke anbefales" is not read as "anbefales", and a postponement before the words of the
 * proposal it postpones. Every phrasing here is a kind of sentence found in real minutes; the
 * tests name them.
 */
const rules: Rule[] = [
	// "Ingen bemærkninger" is not here: to the last meeting's minutes it is a yes, under "Eventuelt"
	// nothing at all, and the decision's own words cannot tell which; it is left unread.
	['none', /^(?:intet til (?:referat|orientering)|ingen beslutning|der var ingen (?:orienteringer|meddelelser|bemærkninger)|ingen (?:orienteringer|meddelelser))\b|\budgår\b|\btrukket (?:af dagsordenen|tilbage)\b|\bikke (?:blev )?behandlet\b|\bblev ikke behandlet\b/],
	// "ønsk…" starts with a letter that \b does not know: a look-behind for any letter instead.
	['rejected', new RegExp(String.raw`\b(?:afvis(?:es|t|te|ning)|afslå(?:s|et|r|ede)?|afslag\b|forkast(?:es|et|ede)|forslaget faldt|faldt\b[^.]{0,40}\bstemmer|nægte(?:s|des|t|de)?\b)|${negated.source}|(?<!\p{L})ønsk(?:er|ede|es) ikke\b`, 'u')],
	[
		'postponed',
		// Referred on for others to settle ("Overlades til Formanden", "henvistes til Skoleudvalget") is not yet decided.
		/\b(?:udsat|udsættes|udsætte|udskudt|udskydes|sendes tilbage|sendt tilbage|tilbagesend(?:es|t)|hjemvis(?:es|t)|afvent(?:er|es|e)|nyt (?:oplæg|forslag)|ny sag|fornyet behandling|genfremlæg\w*|genoptag\w*|(?:fremlægges|forelægges|behandles|tages op) (?:igen|på ny)|(?:behandles|tages op) (?:igen )?på (?:et )?(?:senere|næste|kommende)|overlades til|overlodes til|henvis(?:es|tes|t) til)\b/,
	],
	// "med den rettelse", "med følgende tilføjelser", "idet …", "dog således": but not "med 80.000 kr."
	// or "med 7 stemmer", which say how, not what was changed. A recommendation with a remark is
	// still a recommendation.
	[
		'approved-with-changes',
		// "idet Enhedslisten stemte imod" says how the vote went, not that the proposal was changed.
		/\b(?:godkend|tiltræd|tiltråd|vedtag|imødekom|bevilg)\w*\b[^.]{0,80}?\b(?:med (?!\d)(?:den|de|følgende|en|et|disse)\b(?! \d)(?! bemærkning)|med (?:ændring|rettelse|tilføjelse|præcisering)|idet\b(?![^.]{0,80}\b(?:stemte|stemmer|undlod|undlader|tog forbehold|tager forbehold|ønskede|ønsker|kunne ikke|kan ikke)\b)|dog\b|under forudsætning af|på betingelse af)/,
	],
	// Sent on to a body that decides ("sendes videre til ØU og KB", "oversendes til Byrådet"), not a
	// bill sent to another parish ("Rg. paa de udlagte Beløb sendes til Hjortshøj-Egaa").
	['recommended', /\b(?:anbefal(?:es|er|et|ede)|(?:kunne|kan|vil|ville) (?:[\wæøå-]+ ){0,2}anbefale\b|med anbefaling|(?:sendes|sender|oversendes|oversender|fremsendes|fremsender|videresendes)\b(?! ikke)[^.]{0,60}\b(?:videre\b|til\b.{0,40}?\b(?:[\wæøå-]*udvalg\w*|byråd\w*|kommunalbestyrelse\w*|regionsråd\w*|magistrat\w*|direktion\w*|amtsråd\w*|sogneråd\w*|kb|øu)\b))/],
	[
		'approved',
		// The older passive forms too ("Vedtoges", "Tiltraadtes", "Bevilgedes"), and what a council
		// decides besides yes: electing ("valgtes"), granting ("tildeltes"), fixing a sum
		// ("fastsattes til", "forhøjedes"), no objection ("fandt intet at indvende").
		/\b(?:(?:kunne|kan|vil|ville) (?:[\wæøå-]+ ){0,2}(?:godkende|tiltræde|vedtage|bevilge|imødekomme)\b|godkend(?:t|es|er|te|tes)|tiltræ(?:der|des|dte|dtes)|tiltrådt(?:es)?|vedtag(?:et|es|er)|vedtog(?:es)?|bevilg(?:es|et|er|ede|edes)|bevilliget|imødekomm(?:es|et|er|edes)|besluttede|besluttet|beslutter|besluttes|(?:gen)?valgtes|blev (?:gen)?valgt|tildel(?:es|tes|t)|fastsætte(?:s)|fastsattes|forhøjedes|(?:fandt|havde|har) intet at indvende)\b/,
	],
	['noted', /\btil efterretning\b|\btil orientering\b|\borienteringen\b|\b(?:blev|er|var) orienteret\b|\bdrøftet\b|\bdrøftede\b|\bdrøftelse(?:n)? (?:blev )?(?:taget|gennemført)\b/],
];

/**
 * A vote's own line ("Imod stemte: Ø") says nothing of the outcome; nor does attendance ("Afbud:
 * X", read by `read-attendance.ts`). A decision field that holds nothing else records no decision.
 */
const voteLine = /^(?:for stemte|imod stemte|stemte for|stemte imod|undlod|undlader|for|imod)\s*:/;

/**
 * A minority's, a party's or a member's dissent ("Et mindretal (Ø) kunne ikke tiltræde
 * indstillingen", "Enhedslisten stemte imod", "V og C tager forbehold", "Solveig Munk kunne ikke
 * tiltræde indstillingen") is how the vote went, not what the body
 * decided: read as a vote (`read-votes.ts`), never as the decision's class.
 */
const minority = /^(?:et |\d+ )?mindretal(?:let)?\b/;
const dissent = /^[^.]{0,120}?\b(?:ikke|imod|undlod|undlader|undlad|forbehold|protokolleret|protokoltilførsel)\b/;
function isDissent(sentence: string, folded: string): boolean {
	if (minority.test(folded)) return true;
	const subject = sentence.replace(/^\s+/, '');
	const party = partyNamedAt(subject);
	const letters = /^\(?[A-ZÆØÅ]{1,2}\)?(?:\s*(?:,|og|\+)\s*\(?[A-ZÆØÅ]{1,2}\)?)*\s+(?=\p{Ll})/u.exec(subject);
	// A member by name ("Solveig Munk kunne ikke tiltræde"), not a body ("Aarhus Byråd", "Udvalget").
	const person = /^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+(?:\s*\([A-ZÆØÅ]{1,2}\))?\s+(?=\p{Ll})/u.exec(subject);
	const member = person && !/(?:udvalg|udvalget|byråd|byrådet|bestyrelse|bestyrelsen|råd|rådet|magistrat|magistraten|direktion|direktionen|kommune|kommunalbestyrelse|kommunalbestyrelsen)\s*$/i.test(person[0].replace(/\s*\([^)]*\)\s*$/, '').trim()) ? person : undefined;
	const rest = party ? subject.slice(party.length) : letters ? subject.slice(letters[0].length) : member ? subject.slice(member[0].length) : undefined;
	return rest !== undefined && dissent.test(fold(rest));
}

/**
 * A sentence that reports what another body wrote or did: a letter with what it says ("Skrivelse
 * fra X at …"), or an authority as its subject ("Amtsraadet har godkendt at …", "Socialministeriet
 * meddeler at …"). Its verbs of deciding are that body's, not the minutes' own.
 */
const report = /^(?:(?:skrivelse|meddelelse|brev|cirkulære|henvendelse|forespørgsel|anmodning|erklæring|underretning)(?:\s+af\s+[\d/. -]+?)?\s+fra\b[^.]*?\b(?:at|hvorefter)\s|(?:[\wæøå]+\s+)?(?:[\wæøå-]*ministeriet|stifts?amt(?:et)?|[\wæøå-]*direktoratet|[\wæøå-]*styrelsen|amtsr[aå]det|amtr[aå]det|amtet|stiftamtet|statsamtet|[\wæøå-]*nævnet|skatter[aå]det|landsskatteretten|provstiudvalget|regionsrådet)\s+(?:har|havde|er|meddeler|meddelte|oplyser|oplyste|underretter)\b)/;
/** Where the body's own words resume after a report: "hvilket tiltrædes", "og man vedtog", "Sogneraadet …". */
const resumes = /[,;.]?\s(?:hvilket|hvad|hvorefter|og (?:man|sogneraadet|sognerådet|rådet|udvalget|byrådet))\b|\s(?:sogneraadet|sognerådet|rådet|udvalget)\s/g;

/** The part of a sentence in the body's own words: all of it, what follows a report, or undefined when it is only a report. */
function ownPart(folded: string): string | undefined {
	const reported = report.exec(folded);
	if (!reported) return folded;
	const rest = folded.slice(reported[0].length);
	resumes.lastIndex = 0;
	const resumed = resumes.exec(rest);
	return resumed ? rest.slice(resumed.index) : undefined;
}

/**
 * A post given to a person ("Pladsen som Vejmand overlades til Jens Vinther Hansen") is decided;
 * a case left to a body or an office ("overlades til Skoleudvalget", "… til Vejudvalgsmanden") is
 * referred on (postponed, below).
 */
const awardedTo = /\boverla(?:des|dtes) til (?!(?:[Ff]ormand|[Ss]ogne|[Rr]aad|[Rr]åd|[Uu]dvalg|\S*udvalg|\S*manden\b|[Bb]yr|[Kk]ommun|[Dd]irekt|[Ff]orvaltning|[Aa]mt|[Mm]agistrat))\p{Lu}\p{Ll}+ \p{Lu}/u;

/** When several parts disagree and none refuses, the strongest outcome names the whole. */
const strength: DecisionClass[] = ['approved-with-changes', 'recommended', 'approved', 'postponed', 'rejected', 'noted'];

/** What a recommendation proposes, for a decision that only says yes to it. */
const proposesRecommending = /\banbefal(?:er|es|e|et)\b|\bmed anbefaling\b|\b(?:sender|sendes|fremsender|fremsendes|oversender|oversendes)\b[^.]{0,80}\b(?:videre|til)\b/;
const proposesDeciding = /\b(?:godkend|vedtag|beslut|bevilg|imødekom|træffer)\w*/;
const proposesNoting = /\btil efterretning\b|\btil orientering\b|\bdrøft\w*/;

/** "Godkendt", "Indstilling godkendt", "ERHVERVSUDVALGET tiltræder Direktionens forslag": yes, and nothing else. */
const bareApproval = /^(?:[\wæøå-]+ ){0,2}(?:godkendt|godkendes|godkender|tiltræder|tiltrædes|tiltrådt|vedtaget|vedtages)(?: (?:indstillingen|forslaget|[\wæøå-]+ (?:forslag|indstilling)))?\.?$/;

/**
 * Text as the rules read it: lower case, one space, and the spellings of older minutes made
 * modern (Aa → å, "kunde" → "kunne", "ej" kept), so one rule reads 1940 and 2024 alike.
 */
function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/aa/g, 'å')
		.replace(/\bkunde\b/g, 'kunne')
		.trim();
}

/** A part's label at the start of a line: "1.", "1 a.", "2b)", "2.b.", "2b", "2.c", a bullet. */
const labelShape = String.raw`(?:\d{1,2}(?:\.?\s?[a-z])?[.)]|\d{1,2}\.?\s?[a-z](?=\s)|[-*•])`;
const partLabel = new RegExp(String.raw`^\s*${labelShape}\s+`, 'i');
const withoutLabel = (sentence: string) => sentence.replace(partLabel, '');

/**
 * The parts of a decision: numbered or lettered points at the start of a line ("1. Godkendt.",
 * "1 a. Ikke godkendt", "2b) Anbefales", "- Vedr. Taxhuset …"), each with the lines under it.
 * Without points, the whole text.
 */
function partsOf(decision: string): string[] {
	const parts: string[] = [];
	for (const line of decision.split('\n')) {
		if (partLabel.test(line) || parts.length === 0) parts.push(line);
		else parts[parts.length - 1] += `\n${line}`;
	}
	return parts.filter((part) => part.trim() !== '');
}

/** A line break inside a sentence: not after its end, not before a line of its own (a part, "Afbud:", a vote). */
const lineJoin = new RegExp(String.raw`(?<![.!?:;\n])\n(?!\s*(?:afbud|fraværende|forfald|for stemte|imod stemte|stemte|undl[oa]d|for:|imod:|${labelShape}\s|\n))`, 'giu');

const sentenceSplit = new RegExp(String.raw`\n|(?<=${sentenceEnd})\s+(?=\p{Lu})`, 'u');

/**
 * A part's sentences, as printed: split after ., ! or ? before a capital, and at a line break that
 * ends a sentence or starts a line of its own ("Afbud: …", "For stemte: …"); a hard-wrapped
 * sentence stays whole ("Vedtoges at give den anmodede / Fuldmagt."), and "pkt. 5" too.
 */
function sentencesOf(part: string): string[] {
	return part
		.replace(lineJoin, ' ')
		.split(sentenceSplit)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');
}

/** A line shaped as a heading: a few words, no figures, no closing punctuation ("Asfalt", "Broer"). */
const headingLike = /^\p{Lu}[\p{L} ,'’-]{0,60}$/u;

/**
 * The decision without what a reader ran on into: a decision ends at a heading after a finished
 * sentence, where the case's own text goes on ("1.-4. anbefales. … sydsiden. / Asfalt / …" in a
 * PDF whose next caption was not found). A heading that is itself a decision ("Taget til
 * efterretning") is kept.
 */
function decisionProper(decision: string): string {
	const lines = decision.split('\n');
	for (let at = 1; at < lines.length; at++) {
		const line = lines[at]!.trim();
		if (/[.!?]$/.test(lines[at - 1]!.trim()) && headingLike.test(line) && !rules.some(([, pattern]) => pattern.test(fold(line)))) return lines.slice(0, at).join('\n');
	}
	return decision;
}

interface Reading {
	decisionClass: DecisionClass;
	sentence: string;
}

/** Each sentence's class where a rule reads it; attendance and vote lines are set apart. */
function readSentences(decision: string): { readings: Reading[]; parts: number; asides: string[]; unread: string[] } {
	const readings: Reading[] = [];
	const asides: string[] = [];
	const unread: string[] = [];
	// A word broken over two lines ("en-\nstemmigt") is read whole.
	const parts = partsOf(decisionProper(decision.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')));
	for (const part of parts) {
		// The part's label stays with its first sentence, so the evidence reads "1 a. Ikke godkendt."
		const label = partLabel.exec(part)?.[0] ?? '';
		const sentences = sentencesOf(part.slice(label.length));
		if (sentences.length > 0 && label) sentences[0] = `${label.trim()} ${sentences[0]}`;
		for (const sentence of sentences) {
			const folded = fold(withoutLabel(sentence));
			if (isAttendanceStatement(withoutLabel(sentence)) || voteLine.test(folded)) {
				asides.push(sentence);
				continue;
			}
			// A dissent alone does not say what the majority decided: the text is unread, not "no decision".
			if (isDissent(withoutLabel(sentence), folded)) {
				unread.push(sentence);
				continue;
			}
			// What a letter reports ("Skrivelse fra Stiftamtet at Pladsen godkendes") is the sender's; only
			// what the body says of it after the report ("…, hvilket tiltrædes") is a decision.
			const own = ownPart(folded);
			if (own === undefined) {
				unread.push(sentence);
				continue;
			}
			const found = awardedTo.test(withoutLabel(sentence)) ? 'approved' : rules.find(([, pattern]) => pattern.test(own))?.[0];
			if (found) readings.push({ decisionClass: found, sentence });
			else unread.push(sentence);
		}
	}
	return { readings, parts: parts.length, asides, unread };
}

/**
 * Reads a decision against its recommendation. Each sentence of each part is read on its own, by
 * the kind of sentence it is; parts that approve and parts that refuse make "approved with
 * changes". A decision that only says yes ("Godkendt", "tiltræder Direktionens forslag") takes
 * its meaning from the recommendation: yes to "at sagen forelægges til orientering" is taken to
 * note, yes to "at udvalget anbefaler Byrådet …" is recommended. A decision field that only
 * records attendance is no decision. A text that no rule reads is `unread`: the archive says
 * "Ikke aflæst" rather than guess.
 */
export function readDecision({ decision, recommendation }: DecisionInput): ReadDecision {
	if (!decision || decision.trim() === '') return { decisionClass: 'none' };
	const { readings, parts, asides, unread } = readSentences(decision);
	if (readings.length === 0) {
		if (unread.length === 0 && asides.length > 0) return { decisionClass: 'none', evidence: asides[0]! };
		return { decisionClass: 'unread' };
	}
	const known = readings.filter((reading) => reading.decisionClass !== 'none');
	if (known.length === 0) return { decisionClass: 'none', evidence: readings[0]!.sentence };
	const distinct = new Set(known.map((reading) => reading.decisionClass));
	const first = (value: DecisionClass) => known.find((reading) => reading.decisionClass === value)!;
	const approving = known.find((reading) => ['approved', 'approved-with-changes', 'recommended'].includes(reading.decisionClass));
	if (distinct.has('rejected') && approving) {
		const refusing = first('rejected');
		const [a, b] = [approving, refusing].sort((x, y) => known.indexOf(x) - known.indexOf(y));
		return { decisionClass: 'approved-with-changes', evidence: `${a!.sentence} … ${b!.sentence}` };
	}
	const combined = strength.find((value) => distinct.has(value))!;
	const evidence = first(combined).sentence;
	if (combined !== 'approved' || parts !== 1 || known.length !== 1 || !bareApproval.test(fold(withoutLabel(evidence))) || !recommendation) return { decisionClass: combined, evidence };
	const proposal = fold(recommendation);
	if (proposesRecommending.test(proposal)) return { decisionClass: 'recommended', evidence, inferred: true };
	// Yes to a proposal only to take note ("at sagen forelægges til orientering"): every "at …" it makes.
	const proposed = proposal.split(/(?:^|[\s,;:])at\s/).slice(1);
	if ((proposed.length > 0 ? proposed : [proposal]).every((clause) => proposesNoting.test(clause) && !proposesDeciding.test(clause))) return { decisionClass: 'noted', evidence, inferred: true };
	return { decisionClass: 'approved', evidence };
}

/** The class alone, where the words it rests on are not wanted. */
export const classifyDecision = (input: DecisionInput): DecisionClass => readDecision(input).decisionClass;

/**
 * True when a text reads as a decision by the rules above ("Orienteringen blev taget til
 * efterretning", "Godkendt"), not merely as text. A layout asks before it takes the lone text of a
 * closed item for its decision: any other text of a closed item stays withheld.
 */
export function readsAsDecision(text: string): boolean {
	return readSentences(text).readings.some((reading) => reading.decisionClass !== 'none');
}
