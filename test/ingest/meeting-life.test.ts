import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/split-frontmatter.ts';
import { documentTree } from '../../src/lib/ingest/4-documents/build-documents.ts';
import { markdownFile, serializeBody } from '../../src/lib/ingest/5-publications/meeting-version.ts';
import { serializeMarkdown, toYaml } from '../../src/lib/ingest/4-documents/serialize-markdown.ts';
import { minutesOf } from '../helpers/sbsys-minutes.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

/**
 * A meeting's life as editors live it: the agenda committed, then the minutes beside it; a
 * republication that renumbers the items; a raw file deleted or renamed. One meeting each time,
 * the newest publication shown, every address that was published still answering, and the page
 * saying what changed.
 */

const originals = new URL('../fixtures/originals/', import.meta.url);
const registry = `middelfart:\n  name: Middelfart Kommune\nballerup:\n  name: Ballerup Kommune\n`;
const repos: { remove(): Promise<void> }[] = [];
async function repo(files: Record<string, string | Uint8Array> = {}) {
	const created = await tempRepo({ 'content/municipalities.yaml': registry, ...files });
	repos.push(created);
	return created;
}
afterEach(async () => {
	await Promise.all(repos.splice(0).map((created) => created.remove()));
});

/** An editor's commits, at the times given: the order in which the publications were added. */
const editor = { ...process.env, GIT_AUTHOR_NAME: 'Redaktør', GIT_AUTHOR_EMAIL: 'r@example.org', GIT_COMMITTER_NAME: 'Redaktør', GIT_COMMITTER_EMAIL: 'r@example.org' };
const git = (root: string, ...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env: editor });
const commit = (root: string, message: string, when: string) => execFileSync('git', ['-C', root, 'commit', '-q', '-m', message], { env: { ...editor, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });

const fm = (text: string) => parse(splitFrontmatter(text).yaml) as Record<string, any>;
const original = async (name: string) => new Uint8Array(await readFile(new URL(name, originals)));

const middelfart = 'content/raw/middelfart';
const meetingFile = 'content/meetings/middelfart/2017-05-02-hennys-testudvalg.md';
const cases = 'content/cases/middelfart/2017-05-02-hennys-testudvalg';

describe('a republication (eDoc, Middelfart: 12:00 with items 2–6, then 12:24 with 1–6 and one closed item added)', () => {
	async function publishBoth(withGit: boolean) {
		const r = await repo({ [`${middelfart}/middelfart-hennys-testudvalg-2017-05-02.v1.html`]: await original('middelfart-hennys-testudvalg-2017-05-02.v1.html') });
		if (withGit) {
			git(r.root, 'init', '-q');
			git(r.root, 'add', '.');
			commit(r.root, 'Dagsorden', '2017-04-21T12:05:00');
		}
		expect((await r.ingest()).code).toBe(0);
		const before = await r.list(cases);
		await r.write({ [`${middelfart}/middelfart-hennys-testudvalg-2017-05-02.html`]: await original('middelfart-hennys-testudvalg-2017-05-02.html') });
		if (withGit) {
			git(r.root, 'add', '.');
			commit(r.root, 'Dagsorden, genudgivet', '2017-04-21T12:30:00');
		}
		const run = await r.ingest('--verbose');
		return { r, before, run };
	}

	test.each([
		['committed one after the other', true],
		['ingested one after the other, without git', false],
	])('%s: one meeting, the newest publication shown, every address kept, the changes said', async (_, withGit) => {
		const { r, before, run } = await publishBoth(withGit);
		expect(run.code).toBe(0);
		// File names would say the other order: "….html" sorts before "….v1.html".
		expect(run.out).toContain(`${middelfart}/middelfart-hennys-testudvalg-2017-05-02.v1.html: edoc → middelfart/2017-05-02-hennys-testudvalg, 5 punkter; ældre udgave af middelfart/2017-05-02-hennys-testudvalg (nyeste: ${middelfart}/middelfart-hennys-testudvalg-2017-05-02.html)`);
		expect(await r.list('content/meetings')).toEqual(['middelfart/2017-05-02-hennys-testudvalg.md']);
		const meeting = fm(await r.read(meetingFile));
		expect(meeting.source).toBe(`${middelfart}/middelfart-hennys-testudvalg-2017-05-02.html`);
		expect(meeting.publications).toEqual([
			{ source: `${middelfart}/middelfart-hennys-testudvalg-2017-05-02.v1.html`, status: 'dagsorden' },
			{ source: `${middelfart}/middelfart-hennys-testudvalg-2017-05-02.html`, status: 'dagsorden' },
		]);
		expect(before).toEqual(['2.md', '3.md', '4.md', '5.md', '6.md']);
		const after = await r.list(cases);
		// Every address of the first publication still answers, with the same item.
		expect(after).toEqual(['2.md', '3.md', '4.md', '5-anders-moegsag.md', '5.md', '6.md']);
		const item = async (slug: string) => fm(await r.read(`${cases}/${slug}.md`));
		expect(await item('2')).toMatchObject({ number: '1', title: 'test', changes: { number: '2' } });
		expect(await item('5')).toMatchObject({ number: '4', title: 'Fejloprettet', caseNumber: '2013-000038', changes: { number: '5' } });
		expect(await item('5-anders-moegsag')).toMatchObject({ number: '5', title: "Anders' møgsag", closed: true, changes: { added: true } });
		expect(await item('6')).toMatchObject({ number: '6', title: 'Underskriftsblad', closed: true, changes: { closed: true } });
		expect(await item('3')).toMatchObject({ number: '2', title: 'test tabel', changes: { since: { source: `${middelfart}/middelfart-hennys-testudvalg-2017-05-02.v1.html`, status: 'dagsorden' }, number: '3' } });
	});

	test('running again changes nothing, even reading every file again: the addresses on disk are the ones it would give', async () => {
		const { r } = await publishBoth(true);
		expect((await r.ingest()).out).toMatch(/0 skrevet, 0 fjernet/);
		expect((await r.ingest('--force')).out).toMatch(/0 skrevet, 0 fjernet/);
	});

	test('the first publication added after the second still shows the second: the order is the files\', not the run\'s', async () => {
		const r = await repo({ [`${middelfart}/b.html`]: await original('middelfart-hennys-testudvalg-2017-05-02.v1.html'), [`${middelfart}/a.html`]: await original('middelfart-hennys-testudvalg-2017-05-02.html') });
		git(r.root, 'init', '-q');
		git(r.root, 'add', `${middelfart}/b.html`, 'content/municipalities.yaml');
		commit(r.root, 'Første udgave', '2017-04-21T12:05:00');
		git(r.root, 'add', `${middelfart}/a.html`);
		commit(r.root, 'Anden udgave', '2017-04-21T12:30:00');
		expect((await r.ingest()).code).toBe(0);
		expect(fm(await r.read(meetingFile)).source).toBe(`${middelfart}/a.html`);
	});

	test('two files that the system calls different meetings are refused, naming both', async () => {
		const other = new TextDecoder().decode(await original('middelfart-hennys-testudvalg-2017-05-02.xml')).replace('DE29346E-A9B1-4C91-A9D9-AE29CC8046BD', '11111111-2222-3333-4444-555555555555');
		const r = await repo({ [`${middelfart}/a.xml`]: await original('middelfart-hennys-testudvalg-2017-05-02.xml'), [`${middelfart}/b.xml`]: other });
		const { code, err } = await r.ingest();
		expect(code).toBe(1);
		expect(err).toContain(`${middelfart}/a.xml og ${middelfart}/b.xml giver begge mødet middelfart/2017-05-02-hennys-testudvalg, men mødesystemet kalder dem to forskellige møder`);
		expect(await r.list('content/meetings')).toEqual([]);
	});
});

describe('the agenda, then the minutes (SBSYS, Ballerup)', () => {
	test('one meeting with status referat; decisions added, a withdrawn item\'s address kept, a new title said, the agenda in the history', async () => {
		const agenda = await original('ballerup-kmb-it-udvalget-2013-05-15.zip');
		const r = await repo({ 'content/raw/ballerup/dagsorden.zip': agenda });
		expect((await r.ingest()).code).toBe(0);
		expect(fm(await r.read('content/meetings/ballerup/2013-05-15-kmb-it-udvalget.md')).status).toBe('dagsorden');
		// The minutes' file name sorts first; the publication time the files state decides.
		await r.write({ 'content/raw/ballerup/a-referat.zip': await minutesOf(agenda) });
		const run = await r.ingest('--verbose');
		expect(run.code).toBe(0);
		const meeting = fm(await r.read('content/meetings/ballerup/2013-05-15-kmb-it-udvalget.md'));
		expect(meeting).toMatchObject({ status: 'referat', source: 'content/raw/ballerup/a-referat.zip' });
		expect(meeting.publications).toEqual([
			{ source: 'content/raw/ballerup/dagsorden.zip', status: 'dagsorden', published: '2013-05-07T11:16:47' },
			{ source: 'content/raw/ballerup/a-referat.zip', status: 'referat', published: '2013-05-16T09:30:00' },
		]);
		const item = async (slug: string) => fm(await r.read(`content/cases/ballerup/2013-05-15-kmb-it-udvalget/${slug}.md`));
		expect(await item('2')).toMatchObject({ decision: 'Godkendt.', changes: { since: { status: 'dagsorden', published: '2013-05-07T11:16:47' }, decision: 'added' } });
		expect(await item('4')).toMatchObject({ title: 'Regler for indkøb af it-udstyr', withdrawn: { source: 'content/raw/ballerup/dagsorden.zip', status: 'dagsorden' } });
		expect(await item('5')).toMatchObject({ title: 'Status på eDagsorden og iPads', changes: { title: 'Status på eDagsorden', decision: 'added' } });
		// The enclosure is published once, beside its item, from the newest publication.
		expect(await r.list('content/attachments')).toEqual(['ballerup/2013-05-15-kmb-it-udvalget/3/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud.md', 'ballerup/2013-05-15-kmb-it-udvalget/3/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud.pdf']);
	});
});

describe('withdrawal and renames', () => {
	test('deleting the raw file takes its meeting down, keeps a hand correction, and says so', async () => {
		const r = await repo({ [`${middelfart}/dagsorden.xml`]: await original('middelfart-hennys-testudvalg-2017-05-02.xml') });
		await r.ingest();
		const edited = `${cases}/2.md`;
		await r.write({ [edited]: `${await r.read(edited)}\nRettet i hånden.\n` });
		await rm(join(r.root, `${middelfart}/dagsorden.xml`));
		const { code, out } = await r.ingest('--verbose');
		expect(code).toBe(0);
		expect(out).toContain('meetings/middelfart/2017-05-02-hennys-testudvalg.md: fjernet, da råfilen er væk (content/raw/middelfart/dagsorden.xml); 6 filer fjernet');
		expect(out).toContain(`content/cases/middelfart/2017-05-02-hennys-testudvalg/2.md: rettet i hånden; beholdt, selv om råfilen er væk`);
		expect(await r.list('content/meetings')).toEqual([]);
		expect(await r.list(cases)).toEqual(['2.md']);
		// A new file for the meeting is not refused: the old raw file no longer owns it.
		await r.write({ [`${middelfart}/ny.xml`]: await original('middelfart-hennys-testudvalg-2017-05-02.xml') });
		expect((await r.ingest()).code).toBe(0);
		expect(fm(await r.read(meetingFile)).source).toBe(`${middelfart}/ny.xml`);
	});

	test('renaming the raw file moves ownership: the same files, their source the new name', async () => {
		const r = await repo({ [`${middelfart}/gammel.xml`]: await original('middelfart-hennys-testudvalg-2017-05-02.xml') });
		await r.ingest();
		const files = await r.list('content/cases');
		await r.write({ [`${middelfart}/ny.xml`]: await original('middelfart-hennys-testudvalg-2017-05-02.xml') });
		await rm(join(r.root, `${middelfart}/gammel.xml`));
		const { code } = await r.ingest();
		expect(code).toBe(0);
		expect(await r.list('content/cases')).toEqual(files);
		expect(fm(await r.read(meetingFile)).source).toBe(`${middelfart}/ny.xml`);
		expect(JSON.parse(await r.read('content/.ingest/meetings/middelfart/2017-05-02-hennys-testudvalg.json')).sources).toEqual([`${middelfart}/ny.xml`]);
	});
});

test('a Markdown file joined from its frontmatter and its serialized body is the bytes the serializer writes for the whole tree', () => {
	const body = [
		{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Beslutning' }] },
		{ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: '*ikke* fremhævet' }] }] }] },
		{ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'en liste til' }] }] }] },
	] as const;
	const data = { title: 'Punkt: 1', number: '1' };
	expect(markdownFile(data, serializeBody(body as never))).toBe(serializeMarkdown(documentTree({ path: '', line: 1, data, body: body as never }, toYaml) as never));
	expect(markdownFile(data, serializeBody([]))).toBe(serializeMarkdown(documentTree({ path: '', line: 1, data, body: [] }, toYaml) as never));
});
