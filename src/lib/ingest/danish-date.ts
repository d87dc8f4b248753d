/** Danish month names, lower case, January first. */
export const monthNames = [
	'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
];
const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as Danish minutes print it and returns `YYYY-MM-DD`, or undefined when the text
 * holds no valid date: "15. september 2021", "Onsdag d. 15. september 2021", "15-09-2021", "15.9.2021".
 */
export function parseDanishDate(text: string): string | undefined {
	const written = /(\d{1,2})\.? ?([A-Za-zæøåÆØÅ]+)\.? (\d{4})/.exec(text);
	if (written) {
		const name = written[2]!.toLowerCase();
		const month = monthNames.indexOf(name) + 1 || monthAbbreviations.indexOf(name.slice(0, 3)) + 1;
		if (month > 0 && (monthNames.includes(name) || name.length <= 4)) return iso(Number(written[3]), month, Number(written[1]));
	}
	const numeric = /(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)/.exec(text);
	if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
	const isoLike = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
	if (isoLike) return iso(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3]));
	return undefined;
}

/** Reads a clock time ("kl. 13:00", "Kl. 16.00", "08:30") and returns `HH:MM`, or undefined. */
export function parseClockTime(text: string): string | undefined {
	const match = /(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/.exec(text);
	return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}
