import { formatDate } from '../../site/format-date.ts';
import { parseDanishDate } from '../danish-date.ts';
import type { SourceLine } from '../2-read/source-lines.ts';

/** A heading that quotes an earlier treatment of the case, parsed. */
export interface TreatmentHeading {
	label: string;
	body: string;
	date: string;
	/** The item number there; FirstAgenda's "Sagens forløb" names only date and body. */
	number?: string;
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

const blockField = /^(Udvalg|Dato|Mødedato|Punktnummer|Punkt nr\.?|Pkt\.?)\s*:\s*(\S.*)$/i;

/** A FirstAgenda "Sagsforløb" entry: the lines that make its heading and the treatment they name. */
export interface TreatmentBlock {
	heading: TreatmentHeading;
	/** The field lines with the value each one contributes, for the loss check. */
	fields: { line: SourceLine; value: string }[];
}

/**
 * FirstAgenda's "Sagsforløb" lists each earlier treatment as labelled lines, then its decision:
 *
 *     Udvalg: Økonomiudvalget
 *     Dato: 12-06-2017
 *     Punktnummer: 5
 *
 * Reads such a block starting at `lines[index]`: Udvalg, Dato and Punktnummer on consecutive lines,
 * in any order. The label is written as the other formats print theirs ("Økonomiudvalget,
 * 12. juni 2017, pkt. 5"), so every earlier treatment reads alike on the page.
 */
export function parseTreatmentBlock(lines: readonly SourceLine[], index: number): TreatmentBlock | undefined {
	const fields: TreatmentBlock['fields'] = [];
	const values: Record<string, string> = {};
	for (const line of lines.slice(index, index + 3)) {
		const match = blockField.exec(line.text.trim());
		if (!match) return undefined;
		const key = /^udvalg/i.test(match[1]!) ? 'body' : /dato/i.test(match[1]!) ? 'date' : 'number';
		if (values[key] !== undefined) return undefined;
		values[key] = match[2]!.trim();
		fields.push({ line, value: values[key] });
	}
	const date = values.date === undefined ? undefined : parseDanishDate(values.date);
	if (!values.body || !date || !values.number) return undefined;
	const label = `${values.body}, ${formatDate(date)}, pkt. ${values.number}`;
	return { heading: { label, body: values.body, date, number: values.number }, fields };
}
