import type { Meeting, Municipality } from '../../schemas/index.ts';

/** Where a reader finds a meeting as its municipality published it. */
export interface MeetingSource {
	href: string;
	/** `meeting`: the meeting's own page; `minutes`: the municipality's page of minutes; `website`: its front page. */
	kind: 'meeting' | 'minutes' | 'website';
}

/**
 * The publisher's own copy of a meeting: its page when the export or sidecar gave one, else the
 * municipality's minutes page or website from the registry. The raw export itself is never
 * published: it may hold what the pages withhold (a closed item's text, publishers' metadata).
 */
export function meetingSource(meeting: Pick<Meeting, 'url'>, municipality: Pick<Municipality, 'minutes' | 'website'> | undefined): MeetingSource | undefined {
	if (meeting.url) return { href: meeting.url, kind: 'meeting' };
	if (municipality?.minutes) return { href: municipality.minutes, kind: 'minutes' };
	if (municipality?.website) return { href: municipality.website, kind: 'website' };
	return undefined;
}
