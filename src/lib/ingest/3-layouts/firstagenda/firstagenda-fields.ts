/**
 * A committee as FirstAgenda names it, for the archive: without the election period the system
 * appends ("Byråd 2022-2025") and without the sorting mark some municipalities put first
 * (".Spørgsmål / Svar til Byrådet"), so that one committee keeps one name and one address across
 * periods. The registry's aliases still map the result to the registered name.
 */
export function committeeName(printed: string): string {
	return printed
		.replace(/^[^\p{L}\p{N}]+/u, '')
		.replace(/\s+\d{4}\s*[-–]\s*\d{4}$/, '')
		.trim();
}

/**
 * The local date and time of FirstAgenda's timestamps ("2024-10-02T19:00:00+02:00"), as the
 * meeting's own clock says them: the offset is Denmark's and is not applied.
 */
export function localDateTime(stamp: string): { date: string; time: string | undefined } | undefined {
	const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(stamp.trim());
	if (!match) return undefined;
	const time = match[2] === undefined ? undefined : `${match[2]}:${match[3]}`;
	// Midnight is how the system writes a meeting without a time.
	return { date: match[1]!, time: time === '00:00' ? undefined : time };
}
