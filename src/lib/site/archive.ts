import { getCollection } from 'astro:content';
import { loadRegistry } from '../ingest/1-find/load-registry.ts';
import type { MunicipalityRegistry } from '../../schemas/index.ts';
import { shard } from '../shard.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { readGitHistory, type History } from './git-history.ts';
import { testCommittees } from './test-committees.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import type { Committee } from './build-archive.ts';
import type { MeetingEntry } from './archive-entries.ts';

let archive: Promise<Archive> | undefined;

/** The archive's lookup maps, built once per build however many pages ask for them. */
export function getArchive(): Promise<Archive> {
	archive ??= Promise.all([getCollection('meetings'), getCollection('cases'), getCollection('attachments')]).then(([meetings, items, attachments]) => buildArchive(meetings, items, attachments));
	return archive;
}

let registry: Promise<MunicipalityRegistry> | undefined;

/** `content/municipalities.yaml`, read once per build. */
export function municipalities(): Promise<MunicipalityRegistry> {
	registry ??= loadRegistry();
	return registry;
}

let names: Promise<Record<string, string>> | undefined;

/** Display names by municipality slug. */
export function municipalityNames(): Promise<Record<string, string>> {
	names ??= municipalities().then((entries) => Object.fromEntries(Object.entries(entries).map(([slug, municipality]) => [slug, municipality.name])));
	return names;
}

/** A municipality's display name, or its slug if the registry lacks it. */
export async function municipalityName(slug: string): Promise<string> {
	return (await municipalityNames())[slug] ?? slug;
}

/**
 * The municipalities the shared pages list (front page, search): the archive's, or in a shard build
 * every registered one, so that every shard writes those pages alike.
 */
export async function listedMunicipalities(): Promise<string[]> {
	return shard ? Object.keys(await municipalityNames()).sort() : (await getArchive()).municipalities;
}

let isTest: Promise<(municipality: string, committee: string) => boolean> | undefined;

/** Whether a committee (by name or address segment) is a registered test committee (`test-committees.ts`). */
export function isTestCommittee(): Promise<(municipality: string, committee: string) => boolean> {
	isTest ??= municipalities().then(testCommittees);
	return isTest;
}

/** A municipality's committees as its lists show them: every one but a test committee. */
export async function listedCommittees(municipality: string): Promise<Committee[]> {
	const test = await isTestCommittee();
	return (await getArchive()).committeesOf(municipality).filter((committee) => !test(municipality, committee.name));
}

/** Meetings newest first, as the lists of newest meetings show them: none of a test committee. */
export async function listedMeetings(): Promise<MeetingEntry[]> {
	const test = await isTestCommittee();
	return (await getArchive()).meetings.filter((meeting) => !test(meeting.data.municipality, meeting.data.committee));
}

let history: History | undefined;

/** The git history of the items' Markdown, read once per build (`git-history.ts`). */
export function getHistory(): History {
	history ??= readGitHistory(process.cwd(), 'content/cases');
	return history;
}

/** A municipality's coverage (`coverage.ts`), its last change read from the git history when the build has it. */
export async function municipalityCoverage(municipality: string): Promise<Coverage> {
	const history = getHistory();
	const changedAt = (path: string) => (history.available ? history.of(path)[0]?.date : undefined);
	return coverageOf(await getArchive(), municipality, await isTestCommittee(), changedAt);
}
