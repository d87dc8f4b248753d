import { monthNames } from '../ingest/danish-date.ts';

/** "2021-09-15" and "13:00" → "15. september 2021 kl. 13:00", as Danish minutes write it. */
export function formatDate(date: string, time?: string): string {
	const [year, month, day] = date.split('-').map(Number);
	const written = `${day}. ${monthNames[month! - 1]} ${year}`;
	return time ? `${written} kl. ${time}` : written;
}
