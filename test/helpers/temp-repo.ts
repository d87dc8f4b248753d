import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runIngest } from '../../src/lib/ingest/run-ingest.ts';

export const registryYaml = `stevns:
  name: Stevns Kommune
  committees:
    - name: Arbejdsmarked, Erhverv og Turisme
      aliases: [AET]
rudersdal:
  name: Rudersdal Kommune
`;

/** A throwaway repository: a registry and the given files, relative to its root. */
export async function tempRepo(files: Record<string, string | Uint8Array> = {}) {
	const root = await mkdtemp(join(tmpdir(), 'referatarkiv-'));
	await write(root, { 'content/municipalities.yaml': registryYaml, ...files });
	return {
		root,
		write: (more: Record<string, string | Uint8Array>) => write(root, more),
		read: (path: string) => readFile(join(root, path), 'utf8'),
		list: (path = 'content') => listFiles(join(root, path)).then((paths) => paths.map((p) => relative(join(root, path), p).split('\\').join('/'))),
		ingest: (...argv: string[]) => run(root, argv),
		remove: () => rm(root, { recursive: true, force: true }),
	};
}

async function write(root: string, files: Record<string, string | Uint8Array>) {
	for (const [path, content] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), content);
	}
}

export async function listFiles(directory: string): Promise<string[]> {
	const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** Runs the ingest command in `root` and captures what it prints. */
export async function run(root: string, argv: readonly string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runIngest(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, root);
	return { code, out: out.join('\n'), err: err.join('\n') };
}
