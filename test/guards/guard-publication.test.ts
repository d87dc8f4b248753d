import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { guardPublication } from '../../src/lib/guards/guard-publication.ts';
import { addSite } from '../../scripts/lib/workspace.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

const minutes = `REFERAT Erhvervsudvalget d. 15-09-2021

Punkt 1: Meddelelser

21/1084

Beslutning

Taget til efterretning.

Punkt 2: Lukket

Beslutning

Godkendt.
`;

const openItem = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/1.md';
const closedItem = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/2.md';

const repos: { remove(): Promise<void> }[] = [];
afterEach(() => Promise.all(repos.splice(0).map((repo) => repo.remove())));

async function archive() {
	const repo = await tempRepo({ 'content/raw/rudersdal/a.txt': minutes, 'content/raw/rudersdal/b.txt': minutes.replace('15-09-2021', '22-09-2021') });
	repos.push(repo);
	expect((await repo.ingest()).code).toBe(0);
	return repo;
}

describe('the publication guards in front of every build', () => {
	it('pass what ingest wrote, and count what they read', async () => {
		const repo = await archive();
		const result = await guardPublication(repo.root, []);
		expect(result).toMatchObject({ problems: [], files: 6 });
		expect(result.bytes).toBeGreaterThan(500);
	});

	it('find a CPR number in a hand edit, with file and line, and let the allow-list excuse it', async () => {
		const repo = await archive();
		await repo.write({ [openItem]: `${await repo.read(openItem)}\nBorgeren 010203-1234 klager.\n` });
		const { problems } = await guardPublication(repo.root, []);
		expect(problems).toEqual([{ path: openItem, line: expect.any(Number), message: expect.stringMatching(/^"010203-1234" ligner et CPR-nummer/) }]);
		expect((await guardPublication(repo.root, [{ number: '010203-1234', reason: 'et journalnummer' }])).problems).toEqual([]);
	});

	it('find text under a closed item, however the hand edit spells true', async () => {
		const repo = await archive();
		for (const closed of ['closed: true', 'closed: True  # rettet']) {
			await repo.write({ [closedItem]: `${(await repo.read(closedItem)).replace('closed: true', closed)}\nNavnet på ansøgeren.\n` });
			const { problems } = await guardPublication(repo.root, []);
			expect(problems).toEqual([{ path: closedItem, line: expect.any(Number), message: expect.stringMatching(/^et lukket punkt må ikke offentliggøre tekst/) }]);
		}
	});

	it('look only at the shard being built', async () => {
		const repo = await archive();
		await repo.write({ [openItem]: `${await repo.read(openItem)}\n010203-1234\n` });
		expect((await guardPublication(repo.root, [], 'stevns')).problems).toEqual([]);
		expect((await guardPublication(repo.root, [], 'rudersdal')).problems).toHaveLength(1);
	});

	it('stop npm run build before Astro starts, naming the file and line', async () => {
		const repo = await archive();
		await repo.write({ [openItem]: `${await repo.read(openItem)}\nBorgeren 010203-1234 klager.\n` });
		await addSite(repo.root);
		const root = new URL('../..', import.meta.url).pathname;
		const failure = await promisify(execFile)(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/build.ts')], { cwd: repo.root, env: { ...process.env, OUT_DIR: join(repo.root, 'dist') } }).catch(
			(error: { code: number; stdout: string; stderr: string }) => error,
		);
		expect(failure).toMatchObject({ code: 1, stdout: '' });
		expect((failure as { stderr: string }).stderr).toMatch(new RegExp(`^${openItem}:\\d+: "010203-1234" ligner et CPR-nummer[^\\n]*\\nnpm run build: 1 problem i content/; intet er bygget`));
		expect(await repo.list('dist').catch(() => [])).toEqual([]);
	});
});
