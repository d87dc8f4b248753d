/** The last Sunday of a month, as a day of the month. */
function lastSunday(year: number, month: number): number {
	const last = new Date(Date.UTC(year, month, 0));
	return last.getUTCDate() - last.getUTCDay();
}

/**
 * Denmark's UTC offset at a local date and time: `+02:00` in summer time (from 02:00 on the last
 * Sunday of March to 03:00 on the last Sunday of October, EU rules since 1996), else `+01:00`.
 */
export function copenhagenOffset(date: string, time: string): '+01:00' | '+02:00' {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const hour = Number(time.slice(0, 2));
	if (month > 3 && month < 10) return '+02:00';
	if (month < 3 || month > 10) return '+01:00';
	const change = lastSunday(year, month);
	if (month === 3) return day > change || (day === change && hour >= 2) ? '+02:00' : '+01:00';
	return day < change || (day === change && hour < 3) ? '+02:00' : '+01:00';
}
