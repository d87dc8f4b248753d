import { parseDanishDate } from './danish-date.ts';

/** A heading that quotes an earlier treatment of the case, parsed. */
export interface TreatmentHeading {
	label: string;
	body: string;
	date: string;
	number: string;
}

/**
 * "Social og Sundhed, 4. juni 2020, pkt. 187:", "Plan, Miljø og Teknik, 9. juni 2020, pkt. 311:",
 * "Beslutning fra Byrådet 2018-2021, 25. august 2021, pkt. 145:", "Venstre indstiller; 25. august 2021, pkt. 145:".
 * The body may itself hold commas, so the date and item number anchor the match from the right.
 */
const pattern = /^(?<body>\S.{0,120}?)[,;] (?<date>\d{1,2}\. ?[A-Za-zæøåÆØÅ]+\.? \d{4}), (?:pkt|punkt|sag nr)\.? (?<number>[\dA-Za-z.-]+):$/;

/** Parses a treatment heading, or returns undefined for any other line. */
export function parseTreatmentHeading(text: string): TreatmentHeading | undefined {
	const match = pattern.exec(text.trim());
	if (!match?.groups) return undefined;
	const date = parseDanishDate(match.groups.date!);
	if (!date) return undefined;
	// "Beslutning fra Byrådet …" names the body after the label; "Venstre indstiller" names the proposer.
	const body = match.groups.body!.replace(/^Beslutning fra /, '').replace(/ indstiller$/, '').trim();
	return { label: text.trim().replace(/:$/, ''), body, date, number: match.groups.number! };
}
