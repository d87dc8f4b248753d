import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/guards/run-check.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

const minutes = (day: string) => `REFERAT Erhvervsudvalget d. ${day}-09-2021

Punkt 1: Meddelelser

21/1084

Beslutning

Taget til efterretning.

Punkt 2: Lukket

Beslutning

Godkendt.
`;

const meeting = 'content/meetings/rudersdal/2021-09-15-erhvervsudvalget.md';
const closedItem = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/2.md';

const repos: { remove(): Promise<void> }[] = [];
afterEach(() => Promise.all(repos.splice(0).map((repo) => repo.remove())));

/** A repository with two ingested meetings, and `npm run check` over it. */
async function archive() {
	const repo = await tempRepo({ 'content/raw/rudersdal/a.txt': minutes('15'), 'content/raw/rudersdal/b.txt': minutes('22') });
	repos.push(repo);
	expect((await repo.ingest()).code).toBe(0);
	const check = async () => {
		const out: string[] = [];
		const err: string[] = [];
		const code = await runCheck([], { out: (line) => out.push(line), err: (line) => err.push(line) }, repo.root);
		return { code, out: out.join('\n'), err: err.join('\n') };
	};
	const edit = async (path: string, change: (text: string) => string) => repo.write({ [path]: change(await repo.read(path)) });
	return { repo, check, edit };
}

describe('npm run check over committed content', () => {
	it('passes on what ingest wrote', async () => {
		const { check } = await archive();
		expect(await check()).toMatchObject({ code: 0, err: '' });
	});

	it('names file, line, field and the expected form of an invalid hand edit', async () => {
		const { check, edit } = await archive();
		await edit(meeting, (text) => text.replace('date: "2021-09-15"', 'date: 15/09/2021'));
		const { code, err } = await check();
		expect(code).toBe(1);
		expect(err).toContain(`${meeting}:4: frontmatter: feltet "date" er ugyldigt: skriv datoen som ÅÅÅÅ-MM-DD, fx 2021-09-15`);
	});

	it('refuses an attachment of a closed item, and one whose item or file is missing', async () => {
		const { repo, check } = await archive();
		const attachment = (item: string) => `---\nitem: ${item}\ntitle: Notat\nfile: notat.pdf\noriginalName: Notat.pdf\nbytes: 3\nsource: content/raw/rudersdal/a.txt\n---\n\nTekst.\n`;
		await repo.write({
			'content/attachments/rudersdal/2021-09-15-erhvervsudvalget/2/notat.md': attachment('rudersdal/2021-09-15-erhvervsudvalget/2'),
			'content/attachments/rudersdal/2021-09-15-erhvervsudvalget/2/notat.pdf': new Uint8Array([1, 2, 3]),
			'content/attachments/rudersdal/2021-09-15-erhvervsudvalget/9/notat.md': attachment('rudersdal/2021-09-15-erhvervsudvalget/9'),
		});
		const { code, err } = await check();
		expect(code).toBe(1);
		expect(err).toContain('content/attachments/rudersdal/2021-09-15-erhvervsudvalget/2/notat.md:2: bilaget hører til et lukket punkt (rudersdal/2021-09-15-erhvervsudvalget/2) og må ikke udgives');
		expect(err).toContain('content/attachments/rudersdal/2021-09-15-erhvervsudvalget/9/notat.md:2: punktet "rudersdal/2021-09-15-erhvervsudvalget/9" findes ikke i content/cases/');
		expect(err).toContain('content/attachments/rudersdal/2021-09-15-erhvervsudvalget/9/notat.md: bilagsfilen notat.pdf mangler ved siden af');
	});

	it('names a missing field', async () => {
		const { check, edit } = await archive();
		await edit(closedItem, (text) => text.replace(/^title: .*\n/m, ''));
		const { err } = await check();
		expect(err).toMatch(new RegExp(`${closedItem}:\\d+: frontmatter: feltet "title" er ugyldigt: feltet mangler`));
	});

	it('names a field of the wrong type with the form expected', async () => {
		const { check, edit, repo } = await archive();
		await edit(closedItem, (text) => text.replace('closed: true', 'closed: ja tak'));
		const { err } = await check();
		const line = (await repo.read(closedItem)).split('\n').indexOf('closed: ja tak') + 1;
		expect(err).toContain(`${closedItem}:${line}: frontmatter: feltet "closed" er ugyldigt: forventede true eller false`);
	});

	it('refuses body text in a closed item', async () => {
		const { check, edit } = await archive();
		await edit(closedItem, (text) => `${text}\nBorgeren klager over naboens hund.\n`);
		const { code, err } = await check();
		expect(code).toBe(1);
		expect(err).toMatch(new RegExp(`${closedItem}:\\d+: et lukket punkt må ikke offentliggøre tekst`));
	});

	it('refuses a CPR number added by hand, at its line', async () => {
		const { check, edit, repo } = await archive();
		const item = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/1.md';
		await edit(item, (text) => `${text}\nBorger 010203-1234 er orienteret.\n`);
		const { code, err } = await check();
		expect(code).toBe(1);
		const line = (await repo.read(item)).split('\n').findIndex((text) => text.includes('010203-1234')) + 1;
		expect(err).toContain(`${item}:${line}: "010203-1234" ligner et CPR-nummer`);
	});

	it('reports content whose raw export no longer exists', async () => {
		const { check, repo } = await archive();
		await rm(join(repo.root, 'content/raw/rudersdal/a.txt'));
		const { code, err } = await check();
		expect(code).toBe(1);
		expect(err).toContain(`${meeting}: råfilen content/raw/rudersdal/a.txt findes ikke længere`);
	});

	it('reports an item whose meeting does not exist', async () => {
		const { check, edit } = await archive();
		await edit(closedItem, (text) => text.replace('meeting: rudersdal/2021-09-15-erhvervsudvalget', 'meeting: rudersdal/2021-09-16-erhvervsudvalget'));
		const { err } = await check();
		expect(err).toContain(`${closedItem}:2: mødet "rudersdal/2021-09-16-erhvervsudvalget" findes ikke`);
	});

	it('fails when a raw file would lose words or is not ingested', async () => {
		const { check, repo } = await archive();
		await repo.write({ 'content/raw/rudersdal/a.txt': minutes('15').replace('Godkendt.', 'Godkendt med ændringer.') });
		const { code, err } = await check();
		expect(code).toBe(1);
		expect(err).toContain('content/ er ikke opdateret');
	});
});
