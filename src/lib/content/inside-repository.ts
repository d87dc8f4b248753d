import { lstatSync, readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { IngestError } from '../ingest/ingest-error.ts';

/**
 * Nothing outside the repository is ever read. Anyone can open a pull request, and CI ingests and
 * builds what it adds: a raw file committed as a symbolic link to `/etc/passwd`, to
 * `/proc/self/environ` or to a runner's credentials would otherwise be read and published. A link
 * in `content/` is never an editor's intent (git stores it as a link, not as the file), so every
 * one is refused, whether it points in or out of the repository.
 */

/** A path refused because it is a link or leads out of the repository: the whole run stops, since nothing under it can be trusted. */
export class OutsideRepository extends IngestError {
	override name = 'OutsideRepository';
}

const toRepoPath = (root: string, path: string) => relative(root, path).split(sep).join('/') || '.';

function targetOf(path: string): string {
	try {
		return readlinkSync(path);
	} catch {
		return '(ukendt mål)';
	}
}

/** The refusal of the link at `path`, named as `name`, with its target and what to do. */
function linkRefused(name: string, path: string): OutsideRepository {
	return new OutsideRepository(
		name,
		undefined,
		`er en symbolsk henvisning (symlink) til ${targetOf(path)}, ikke en almindelig fil eller mappe; arkivet læser aldrig uden for repositoriet eller gennem henvisninger. Erstat henvisningen med selve filen (git rm ${name}, kopiér originalen ind, og commit den), eller slet den`,
	);
}

/** Throws when the file at `path` is itself a symbolic link (a settings file such as the registry); `shownAs` names it. */
export function assertNotLink(path: string, shownAs = path): void {
	let link = false;
	try {
		link = lstatSync(path).isSymbolicLink();
	} catch {
		return;
	}
	if (link) throw linkRefused(shownAs, path);
}

/** Something that is neither a file, a folder nor a link (a named pipe, a device), which git cannot hold either. */
function notAFile(root: string, path: string): OutsideRepository {
	return new OutsideRepository(toRepoPath(root, path), undefined, 'er hverken en fil eller en mappe (fx et navngivet rør eller en enhed); slet den');
}

/**
 * Throws unless `path` (absolute, or relative to `root`) is inside `root` and neither it nor any
 * folder on the way to it from `root` is a symbolic link. A path that does not exist passes: the
 * caller's own read says so.
 */
export function assertInsideRepository(root: string, path: string): void {
	const base = resolve(root);
	const absolute = resolve(base, path);
	const inside = relative(base, absolute);
	if (inside === '') return;
	if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
		throw new OutsideRepository(path, undefined, `ligger uden for repositoriet (${base}); arkivet læser kun filer i repositoriet. Læg filen i content/raw/<kommune>/`);
	}
	let real: string;
	try {
		real = realpathSync.native(absolute);
	} catch (error) {
		// Missing, or a link to nothing: only the latter is refused here.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		real = '';
	}
	if (real !== '' && real === join(realpathSync.native(base), inside)) return;
	let current = base;
	for (const part of inside.split(sep)) {
		current = join(current, part);
		let stat;
		try {
			stat = lstatSync(current);
		} catch {
			return;
		}
		if (stat.isSymbolicLink()) throw linkRefused(toRepoPath(base, current), current);
	}
	if (real !== '') throw new OutsideRepository(path, undefined, `fører uden for repositoriet (til ${real}); læg filen selv i repositoriet`);
}

/**
 * Every entry under `folder` (recursive, not following links), with a symbolic link or anything
 * that is not a file or folder refused rather than skipped, so that nothing is silently left out
 * and nothing is read through a link. `folder` itself is checked from `root` down. A folder that
 * is not there has no entries.
 */
export function listInsideRepository(root: string, folder: string): Dirent[] {
	assertInsideRepository(root, folder);
	let entries: Dirent[];
	try {
		entries = readdirSync(resolve(root, folder), { recursive: true, withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
		throw error;
	}
	for (const entry of entries) {
		if (entry.isSymbolicLink()) throw linkRefused(toRepoPath(root, join(entry.parentPath, entry.name)), join(entry.parentPath, entry.name));
		if (!entry.isFile() && !entry.isDirectory()) throw notAFile(root, join(entry.parentPath, entry.name));
	}
	return entries;
}
