import { resolve } from 'node:path';
import { IngestError } from '../ingest/ingest-error.ts';
import { parseCommand } from '../cli/command.ts';
import type { Io } from '../cli/io.ts';
import { runIngest } from '../ingest/run-ingest.ts';
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';
import { cprAllowlistPath, loadCprAllowlist } from './load-cpr-allowlist.ts';

export const checkCommand = {
	name: 'node scripts/check.ts',
	summary:
		'Vogterne over råfiler og indhold (npm run check kører dem før astro check): hver råfil giver præcis det, der ligger i content/, intet ord går tabt, intet CPR-nummer, gyldige felter, lukkede punkter uden tekst.',
	options: {},
	examples: ['node scripts/check.ts', 'npm run check'],
};

/**
 * `npm run check`'s guards, before Astro's own: every raw file ingests cleanly and matches what is
 * committed (nothing lost, no CPR number, valid fields), and every committed content file, hand
 * edits included, passes `checkContent`. Returns the exit code: 0 clean, 1 problems found.
 */
export async function runCheck(argv: readonly string[], io: Io, root = process.cwd()): Promise<number> {
	const parsed = parseCommand(checkCommand, argv, io);
	if (!parsed.run) return parsed.code;
	const ingest = await runIngest(['--check'], io, root);
	let allowlist;
	try {
		allowlist = await loadCprAllowlist(resolve(root, cprAllowlistPath));
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		io.err(error.format().replaceAll(`${root}/`, ''));
		return 1;
	}
	let problems;
	try {
		problems = await checkContent(root, allowlist);
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		problems = [{ path: error.path, message: error.message }];
	}
	for (const problem of problems) io.err(formatProblem(problem));
	io.out(problems.length === 0 ? 'content/: alle filer er gyldige' : `content/: ${problems.length} problem${problems.length > 1 ? 'er' : ''}`);
	return ingest !== 0 || problems.length > 0 ? 1 : 0;
}
