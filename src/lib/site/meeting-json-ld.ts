import type { Meeting } from '../../schemas/index.ts';
import { copenhagenOffset } from '../open-data/copenhagen-offset.ts';

/**
 * A meeting as a schema.org `Event`, for search engines and reference managers: its name, start with
 * Denmark's offset (`2021-09-15T13:00+02:00`; the date alone where the minutes give no time), place
 * and organizer (the committee, part of the municipality).
 */
export function meetingJsonLd(meeting: Meeting, municipalityName: string, urls: { meeting: string; committee: string; municipality: string }): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: `${meeting.committee}, ${municipalityName}: møde ${meeting.date}`,
		startDate: meeting.time ? `${meeting.date}T${meeting.time}${copenhagenOffset(meeting.date, meeting.time)}` : meeting.date,
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		inLanguage: 'da',
		url: urls.meeting,
		location: { '@type': 'Place', name: meeting.location ?? municipalityName, address: { '@type': 'PostalAddress', addressLocality: municipalityName, addressCountry: 'DK' } },
		organizer: {
			'@type': 'GovernmentOrganization',
			name: `${meeting.committee}, ${municipalityName}`,
			url: urls.committee,
			parentOrganization: { '@type': 'GovernmentOrganization', name: municipalityName, url: urls.municipality },
		},
	};
}

/** JSON for a `<script type="application/ld+json">`: no `<` that could close the element early. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
