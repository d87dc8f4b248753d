import type { DecisionClass } from '../../schemas/decision-class.ts';
import type { Ballot } from '../../schemas/vote.ts';
import { slugify } from '../ingest/slugify.ts';
import type { ItemEntry, MeetingEntry } from './archive-entries.ts';

/** An agenda item together with its meeting. */
export interface Treated {
	item: ItemEntry;
	meeting: MeetingEntry;
}

/** One step in a case's route through the committees. */
export interface TimelineStep {
	date: string;
	/** The committee or council that treated the case. */
	body: string;
	/** The item number at that meeting, when known. */
	number?: string;
	decision?: string;
	decisionClass: DecisionClass;
	/** The words of the decision its class was read from. */
	decisionEvidence?: string;
	/** The votes that treatment's decision states (a quoted treatment carries its own). */
	votes: readonly Ballot[];
	/** The archive's own item, when the meeting is in the archive. */
	treated?: Treated;
	/** For a treatment known only because a later item quotes it: that item. */
	quotedIn?: Treated;
}

/** The anchor of a quoted treatment in the page that quotes it: feeds link each treatment on its own. */
export function stepAnchor(step: Pick<TimelineStep, 'date' | 'body' | 'number'>): string {
	return `behandling-${step.date}-${slugify(step.body)}${step.number ? `-${slugify(step.number)}` : ''}`;
}

/** "Byrådet 2018-2021" and "Byrådet", "Social og Sundhed" and "Social- og Sundhedsudvalget" name one body. */
function foldBody(name: string): string {
	return name
		.toLowerCase()
		.replace(/\b\d{4}\s*-\s*\d{4}\b/g, '')
		.replace(/[^a-zæøå]/g, '');
}

function sameBody(a: string, b: string): boolean {
	const [x, y] = [foldBody(a), foldBody(b)];
	return x === y || x.startsWith(y) || y.startsWith(x);
}

/** Same meeting and item; a quote that names no item number ("Sagens forløb") is the body's item that day. */
function sameTreatment(a: Pick<TimelineStep, 'date' | 'number' | 'body'>, b: Pick<TimelineStep, 'date' | 'number' | 'body'>): boolean {
	return a.date === b.date && (a.number === undefined || b.number === undefined || a.number === b.number) && sameBody(a.body, b.body);
}

/**
 * A case's timeline, oldest first: every item in the archive that treated it, and every earlier
 * treatment those items quote. A quoted treatment whose meeting is in the archive is the archive's
 * item, and one quoted by several items appears once (first quoted).
 */
export function caseTimeline(treated: readonly Treated[]): TimelineStep[] {
	const steps: TimelineStep[] = treated.map((entry) => ({
		date: entry.meeting.data.date,
		body: entry.meeting.data.committee,
		number: entry.item.data.number,
		...(entry.item.data.decision ? { decision: entry.item.data.decision } : {}),
		decisionClass: entry.item.data.decisionClass,
		...(entry.item.data.decisionEvidence ? { decisionEvidence: entry.item.data.decisionEvidence } : {}),
		votes: entry.item.data.votes,
		treated: entry,
	}));
	for (const entry of treated) {
		for (const quoted of entry.item.data.earlierTreatments) {
			const step: TimelineStep = {
				date: quoted.date,
				body: quoted.body,
				...(quoted.number ? { number: quoted.number } : {}),
				...(quoted.text ? { decision: quoted.text } : {}),
				decisionClass: quoted.decisionClass,
				...(quoted.decisionEvidence ? { decisionEvidence: quoted.decisionEvidence } : {}),
				votes: quoted.votes,
				quotedIn: entry,
			};
			if (!steps.some((known) => sameTreatment(known, step))) steps.push(step);
		}
	}
	// Same day: the archive's own items first, in meeting and item order.
	return steps.sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			Number(Boolean(b.treated)) - Number(Boolean(a.treated)) ||
			a.body.localeCompare(b.body, 'da') ||
			(a.number ?? '').localeCompare(b.number ?? '', 'da', { numeric: true }),
	);
}
