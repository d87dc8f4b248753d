import { copenhagenOffset } from '../open-data/copenhagen-offset.ts';

const format = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A portal's timestamp (`2026-05-06T10:53:07.7035726+02:00`) as Danish local time, `YYYY-MM-DDTHH:MM`,
 * as a sidecar's `published` is written; a timestamp without an offset is taken as Danish time
 * already. Undefined when it is no timestamp.
 */
export function copenhagenTime(stamp: string): string | undefined {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(stamp.trim());
	if (!match) return undefined;
	if (!match[3]) return `${match[1]}T${match[2]}`;
	const time = Date.parse(stamp.trim().replace(/(\.\d{3})\d+/, '$1'));
	if (Number.isNaN(time)) return undefined;
	return format.format(time).replace(' ', 'T');
}

/** The same instant in UTC, compact (`20260506T085307Z`), as it stands in a fetched file's name. */
export function utcStamp(stamp: string): string | undefined {
	const text = stamp.trim().replace(/(\.\d{3})\d+/, '$1');
	// A time without an offset is Danish time: Denmark's offset on that day and hour.
	const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
	const time = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(text) || !local ? text : `${text}${copenhagenOffset(local[1]!, local[2]!)}`);
	if (Number.isNaN(time)) return undefined;
	return new Date(time).toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}
