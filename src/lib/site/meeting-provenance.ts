import type { Meeting, Municipality } from '../../schemas/index.ts';

/**
 * Where a meeting's page says it comes from, as far as the archive knows:
 * - `meeting`: the meeting's own page, from the export or its sidecar (`url`);
 * - `transcription`: the minutes are a transcribed council protocol (the format ingest read, or
 *   the sidecar's `format`), which has no page of its own;
 * - `unknown`: neither; `minutes` is then where the municipality publishes its minutes, if the
 *   registry says. The municipality's front page is never offered as the source: it is not one,
 *   and a 1940 protocol linked to today's website would mislead.
 * The raw export itself is never linked: it may hold what the pages withhold (a closed item's
 * text, publishers' metadata).
 */
export type MeetingProvenance = { kind: 'meeting'; href: string } | { kind: 'transcription' } | { kind: 'unknown'; minutes?: string };

export function meetingProvenance(meeting: Pick<Meeting, 'url' | 'format'>, municipality: Pick<Municipality, 'minutes'> | undefined): MeetingProvenance {
	if (meeting.url) return { kind: 'meeting', href: meeting.url };
	if (meeting.format === 'protokol') return { kind: 'transcription' };
	return municipality?.minutes ? { kind: 'unknown', minutes: municipality.minutes } : { kind: 'unknown' };
}
