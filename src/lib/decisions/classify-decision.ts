import type { DecisionClass } from '../../schemas/decision-class.ts';

export interface DecisionInput {
	/** The decision as plain text (the item's `decision`), if one is recorded. */
	decision?: string | undefined;
	/** The recommendation (indstilling) as plain text, if the item has one. */
	recommendation?: string | undefined;
}

type Rule = [DecisionClass, RegExp];

/**
 * Rules for one part of a decision, tried in order; the first match wins. Refusal comes before
 * approval so that "kan ikke anbefales" is not read as "anbefales", and a postponement before the
 * words of the proposal it postpones. Every phrasing here is taken from real minutes; the tests
 * name the minutes.
 */
const rules: Rule[] = [
	['none', /^(?:intet til referat|ingen bemærkninger|ingen beslutning)\b|\budgår\b|\btrukket (?:af dagsordenen|tilbage)\b|\bikke (?:blev )?behandlet\b/],
	[
		'rejected',
		/\b(?:afvis(?:es|t|te)|afslå(?:s|et)|forkast(?:es|et)|(?:kan|blev) ikke (?:anbefales|godkendes|imødekommes|tiltrædes)|(?:anbefales|godkendes|tiltrædes|imødekommes|vedtages) ikke|ikke (?:godkendt|tiltrådt|imødekommet|vedtaget)|(?:sendes|oversendes|fremsendes) ikke|forslaget faldt)\b/,
	],
	[
		'postponed',
		/\b(?:udsat|udsættes|udskudt|udskydes|sendes tilbage|sendt tilbage|tilbagesend(?:es|t)|hjemvis(?:es|t)|afvent(?:er|es)|nyt (?:oplæg|forslag)|ny sag|fornyet behandling|(?:genoptages|behandles|tages op) (?:igen )?på (?:et )?(?:senere|næste|kommende))\b/,
	],
	// "med den rettelse", "med følgende tilføjelser", "idet …", "dog således": but not "med 80.000 kr."
	// or "med 7 stemmer", which say how, not what was changed.
	[
		'approved-with-changes',
		/\b(?:godkend|tiltræd|tiltråd|vedtag|anbefal|imødekom)\w*\b[^.]{0,80}?\b(?:med (?!\d)(?:den|de|følgende|en|et|disse)\b(?! \d)|med (?:ændring|rettelse|tilføjelse|bemærkning|præcisering)|idet\b|dog\b|under forudsætning af|på betingelse af)/,
	],
	['recommended', /\b(?:anbefal(?:es|er|et|ede)|med anbefaling|(?:sendes|sender|oversendes|oversender|fremsendes|fremsender|videresendes)\b[^.]{0,60}\b(?:videre|til)\b)/],
	['approved', /\b(?:godkend(?:t|es|er|te)|tiltræ(?:der|des|dte)|tiltrådt|vedtag(?:et|es|er)|vedtog|bevilg(?:es|et|er)|imødekomm(?:es|et|er)|besluttede|besluttet|beslutter)\b/],
	['noted', /\btil efterretning\b|\btil orientering\b|\borienteringen\b|\bdrøftet\b|\bdrøftede\b/],
];

/** Sentences about who took part ("X (A) deltog ikke i sagens behandling") say nothing about the outcome. */
const attendance = /[^.]*\b(?:deltog ikke|var fraværende|inhabil|forlod mødet|ikke til stede)\b[^.]*\.?/g;

/** When several parts disagree and none refuses, the strongest outcome names the whole. */
const strength: DecisionClass[] = ['approved-with-changes', 'recommended', 'approved', 'postponed', 'rejected', 'noted'];

/** What a recommendation proposes, for a decision that only says yes to it. */
const proposesRecommending = /\banbefal(?:er|es|e|et)\b|\bmed anbefaling\b|\b(?:sender|sendes|fremsender|fremsendes|oversender|oversendes)\b[^.]{0,80}\b(?:videre|til)\b/;
const proposesDeciding = /\b(?:godkend|vedtag|beslut|bevilg|imødekom|træffer)\w*/;
const proposesNoting = /\btil efterretning\b|\btil orientering\b|\bdrøft\w*/;

/** "Godkendt", "Indstilling godkendt", "ERHVERVSUDVALGET tiltræder Direktionens forslag": yes, and nothing else. */
const bareApproval = /^(?:[\wæøå-]+ ){0,2}(?:godkendt|godkendes|godkender|tiltræder|tiltrædes|tiltrådt|vedtaget|vedtages)(?: (?:indstillingen|forslaget|[\wæøå-]+ (?:forslag|indstilling)))?\.?$/;

function fold(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The parts of a decision: numbered or bulleted points at the start of a line ("1. Godkendt.",
 * "- Vedr. Taxhuset …"), each with the indented lines under it. Without points, the whole text.
 */
function partsOf(decision: string): string[] {
	const parts: string[] = [];
	for (const line of decision.split('\n')) {
		if (/^(?:\d{1,2}[.)]|[-*•])\s/.test(line) || parts.length === 0) parts.push(line.replace(/^(?:\d{1,2}[.)]|[-*•])\s+/, ''));
		else parts[parts.length - 1] += `\n${line}`;
	}
	return parts.map((part) => fold(part.replace(attendance, ' '))).filter((part) => part !== '');
}

function classifyPart(part: string): DecisionClass | undefined {
	return rules.find(([, pattern]) => pattern.test(part))?.[0];
}

/**
 * Classifies a decision against its recommendation. Each part of the decision is read on its own;
 * parts that approve and parts that refuse make "approved with changes". A decision that only says
 * yes ("Godkendt", "tiltræder Direktionens forslag") takes its meaning from the recommendation: yes
 * to "at sagen forelægges til orientering" is taken to note, yes to "at udvalget anbefaler
 * Byrådet …" is recommended. A free-text decision that no rule reads (the body decided something of
 * its own) counts as approved with changes when there was a recommendation, as approved when not.
 */
export function classifyDecision({ decision, recommendation }: DecisionInput): DecisionClass {
	const parts = decision ? partsOf(decision) : [];
	if (parts.length === 0) return 'none';
	const classes = parts.map(classifyPart);
	const known = classes.filter((value): value is DecisionClass => value !== undefined && value !== 'none');
	if (known.length === 0) {
		if (classes.includes('none')) return 'none';
		return recommendation?.trim() ? 'approved-with-changes' : 'approved';
	}
	const distinct = new Set(known);
	if (distinct.has('rejected') && (distinct.has('approved') || distinct.has('approved-with-changes') || distinct.has('recommended'))) {
		return 'approved-with-changes';
	}
	const combined = strength.find((value) => distinct.has(value))!;
	if (combined !== 'approved' || parts.length !== 1 || !bareApproval.test(parts[0]!) || !recommendation) return combined;
	const proposal = fold(recommendation);
	if (proposesRecommending.test(proposal)) return 'recommended';
	if (proposesNoting.test(proposal) && !proposesDeciding.test(proposal)) return 'noted';
	return 'approved';
}

/**
 * True when a text reads as a decision by the rules above ("Orienteringen blev taget til
 * efterretning", "Godkendt"), not merely as text. A layout asks before it takes the lone text of a
 * closed item for its decision: any other text of a closed item stays withheld.
 */
export function readsAsDecision(text: string): boolean {
	return partsOf(text).some((part) => {
		const found = classifyPart(part);
		return found !== undefined && found !== 'none';
	});
}
