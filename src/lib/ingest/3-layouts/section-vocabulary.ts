import { parseDanishDate } from '../danish-date.ts';

/**
 * The one vocabulary of section headings that every format parser shares. Each kind has the
 * headings the municipalities print for it; a heading keeps its printed wording in the output, the
 * kind is what the code reasons with (the decision, the attachments, the recommendation).
 */
export const sectionKinds = {
	resume: ['Resumé', 'Resume', 'Sagens kerne', 'Beslutningstema', 'Indledning', 'Kort om sagen', 'Sammendrag', 'Præsentation'],
	background: ['Baggrund', 'Historik', 'Sagsforløb', 'Sagens forløb', 'Tidligere beslutninger', 'Tidligere behandling', 'Sagsprocedure'],
	presentation: ['Sagsfremstilling', 'Sagsbeskrivelse', 'Supplerende sagsfremstilling', 'Sagens indhold', 'Vurdering', 'Fremstilling', 'Oplæg'],
	recommendation: ['Indstilling', 'Forvaltningens indstilling', 'Administrationens indstilling', 'Direktionens indstilling', 'Beslutningspunkter', 'Forvaltningen foreslår'],
	// "Beslutninger": Aarhus's FirstAgenda template heads each item's decisions so, before its "Resume".
	decision: ['Beslutning', 'Beslutninger', 'Afgørelse', 'Vedtagelse', 'Udvalgets beslutning', 'Byrådets beslutning', 'Kommunalbestyrelsens beslutning'],
	economy: ['Økonomi', 'Økonomiske konsekvenser', 'Bevillingsmæssige konsekvenser', 'Økonomi og finansiering', 'Økonomiske konsekvenser og finansiering'],
	law: ['Lovgrundlag', 'Lov- og plangrundlag', 'Retsgrundlag', 'Juridiske forhold', 'Lovgivning'],
	communication: ['Kommunikation', 'Høring', 'Borgerinddragelse', 'Inddragelse'],
	schedule: ['Tidsplan', 'Videre proces', 'Proces'],
	consequences: ['Personalemæssige konsekvenser', 'Miljømæssige konsekvenser', 'Konsekvenser', 'Klimamæssige konsekvenser', 'Øvrige konsekvenser'],
	attachments: ['Bilag', 'Bilagsfortegnelse'],
	remarks: ['Bemærkninger', 'Fraværende', 'Underskrifter', 'Underskriftsside'],
} as const;

export type SectionKind = keyof typeof sectionKinds | 'treatment' | 'text';

const byHeading = new Map<string, SectionKind>(
	Object.entries(sectionKinds).flatMap(([kind, headings]) => headings.map((heading) => [fold(heading), kind as SectionKind])),
);

function fold(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').replace(/[:.]$/, '').trim();
}

/**
 * "Vedtagelse i Erhvervsudvalget den 15-09-2021", "Beslutning Direktionen den 19-06-2017",
 * "Beslutning i Børn og Unge-udvalget den 2. oktober 2024:": the exports name the deciding body
 * and the date in the decision heading.
 */
const decisionWithBody = /^(?:Beslutning(?:er)?|Vedtagelse|Afgørelse)(?: i| fra)? (?<body>\S.*?),? (?:den|d\.) (?<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\. ?[A-Za-zæøåÆØÅ]+\.? \d{4}):?$/;

/**
 * The body and date a decision heading names, or undefined for a heading that names none. A
 * heading of another date quotes an earlier treatment (Aarhus prints the Magistrat's decision
 * above the council's), which `build-documents` keeps apart from this meeting's decision.
 */
export function decisionHeading(text: string): { body: string; date: string } | undefined {
	const match = decisionWithBody.exec(text.trim());
	const date = match?.groups ? parseDanishDate(match.groups.date!) : undefined;
	return date ? { body: match!.groups!.body!.trim(), date } : undefined;
}

/**
 * Whether a decision heading quotes another meeting's decision: it names a date, and not this
 * meeting's ("Beslutning i Magistraten den 29. september 2025" in the council's minutes of 8 October).
 * Ingest keeps such a section as an earlier treatment; an item page leaves the rest out of its text.
 */
export function quotesAnotherMeeting(heading: string, meetingDate: string): boolean {
	const named = decisionHeading(heading);
	return named !== undefined && named.date !== meetingDate;
}

/** The kind of a line that is a section heading, or undefined when it is not one. */
export function headingKind(text: string): SectionKind | undefined {
	const trimmed = text.trim();
	if (trimmed.length > 80) return undefined;
	return byHeading.get(fold(trimmed)) ?? (decisionHeading(trimmed) ? 'decision' : undefined);
}

/**
 * Lines that open a recommendation without a heading, as Hedensted prints them:
 * "Administrationen indstiller," then the text. The line itself is part of the recommendation.
 */
export function isRecommendationLead(text: string): boolean {
	return /^[A-ZÆØÅ][\wæøåÆØÅ& -]{2,60} indstiller(?: til [^,]{1,60})?,(?: at)?$/.test(text.trim());
}

/**
 * The headings of a meeting's attendance lists ("Tilstede", "Afbud/Fraværende", "Medlemmer",
 * "Sekretær"): a layout that takes the first heading of the front page for the committee must
 * never take one of these (issue 26: an eDoc PDF referat's committee was read as "Tilstede").
 */
export const attendanceHeading = /^(?:tilstede|til stede|fraværende|afbud(?:\s*\/\s*fraværende)?|fravær|medlemmer|mødedeltagere|deltagere|deltager|sekretær|referent)\s*:?$/i;
