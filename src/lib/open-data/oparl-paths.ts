import type { MeetingEntry } from '../site/archive-entries.ts';

/**
 * Where OParl objects' files are, below the site's root. An object's `id` is its file's public URL,
 * so the writer (`oparlFiles`) and the pages that link an object's data take the names from here.
 */
export const oparlFile = (...segments: string[]): string => `oparl/${segments.join('/')}.json`;

/** The System, the entry point of an OParl client. */
export const oparlSystemFile = oparlFile('system');

/** The System's list of Bodies, page 1. */
export const oparlBodiesFile = oparlFile('bodies');

/** A municipality's Body. */
export const oparlBodyFile = (municipality: string): string => oparlFile(municipality, 'body');

/** A committee's Organization, by the committee's URL segment. */
export const oparlOrganizationFile = (committee: { municipality: string; slug: string }): string => oparlFile(committee.municipality, 'organization', committee.slug);

/** A meeting's Meeting, named by its content file (`<date>-<committee>`). */
export const oparlMeetingFile = (meeting: Pick<MeetingEntry, 'id' | 'data'>): string => oparlFile(meeting.data.municipality, 'meeting', meeting.id.split('/')[1]!);

/** One page of a Body's list of one kind of object (`meeting`, `paper` …). */
export const oparlListFile = (municipality: string, kind: string, page = 1): string => oparlFile(municipality, 'list', `${kind}-${page}`);
