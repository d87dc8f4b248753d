import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseCommand, type CommandSpec, type OptionSpec } from '../cli/command.ts';
import type { Io } from '../cli/io.ts';
import { formats } from '../../schemas/meeting.ts';
import type { CprAllowlist, MunicipalityRegistry } from '../../schemas/index.ts';
import { loadCprAllowlist } from '../guards/load-cpr-allowlist.ts';
import { findRawFiles } from './find-raw-files.ts';
import { formatLocation } from './document/format-location.ts';
import type { Format } from './layouts/index.ts';
import { IngestError } from './ingest-error.ts';
import { fileHash, IngestCache, ingestFingerprint, inputHash } from './ingest-cache.ts';
import type { FileResult, RawFile } from './ingest-file.ts';
import { inThread, threadPool, type Parser } from './parse-pool.ts';
import { loadRegistry } from './load-registry.ts';
import { writeOutputs, type WritePlan } from './write-outputs.ts';

export const ingestCommand = {
	name: 'npm run ingest --',
	summary: 'Læser råreferater under content/raw/<kommune>/ og skriver content/meetings/ og content/cases/. Viser fremdrift i en terminal; fejl og advarsler skrives altid.',
	positionals: { name: 'STIER...', description: 'råfiler eller mapper [standard: content/raw]' },
	options: {
		out: { type: 'string', value: 'MAPPE', description: 'skriv MAPPE/meetings og MAPPE/cases i stedet for content/', default: 'content' },
		check: { type: 'boolean', description: 'læs og valider; skriv intet; fejl hvis content/ ikke er opdateret' },
		report: { type: 'boolean', description: 'vis hvad parserne bevidst har udeladt (sidehoveder, indholdsfortegnelser …)' },
		force: { type: 'boolean', description: 'overskriv også filer, der er rettet i hånden' },
		format: { type: 'string', value: 'FORMAT', description: 'brug dette format i stedet for at genkende det', choices: formats },
		verbose: { type: 'boolean', short: 'v', description: 'skriv én linje pr. råfil (format, møde, punkter, skrevne filer)' },
	},
	examples: ['npm run ingest', 'npm run ingest -- content/raw/stevns --verbose', 'npm run ingest -- --check', 'npm run ingest -- content/raw/stevns/2020-06-10-aet.txt --report'],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

interface Totals {
	ok: number;
	failed: number;
	items: number;
	written: number;
	removed: number;
	unchanged: number;
	kept: number;
	/** Raw files not parsed again: unchanged since the cached run, their output untouched. */
	skipped: number;
}

/** One line for stdout or stderr. */
type Line = ['out' | 'err', string];

/** What the summary line of a raw file needs: a fresh parse, or the cached one. */
type Summary = Pick<FileResult, 'format' | 'meetingIds' | 'items' | 'warnings'>;

/** Raw files in progress at once: enough to keep every parsing thread busy while others read and write. */
const concurrency = Math.max(8, 2 * availableParallelism());

/**
 * Below this many raw files to read, they are parsed on this thread: starting a thread (loading the
 * readers, PDF.js among them) costs more than it saves. `INGEST_THREADS` sets the number of threads
 * (1 parses on this thread whatever the count).
 */
const threadsFrom = 16;

function describe(source: string, result: Summary, plan: WritePlan, check: boolean, skipped: boolean): string {
	const changes = check
		? plan.written.length + plan.removed.length > 0
			? `${plan.written.length + plan.removed.length} filer ikke opdateret`
			: 'opdateret'
		: `${plan.written.length} skrevet, ${plan.removed.length} fjernet, ${plan.unchanged.length} uændret`;
	const warnings = result.warnings.length > 0 ? `, ${result.warnings.length} advarsel${result.warnings.length > 1 ? 'er' : ''}` : '';
	return `${source}: ${result.format} → ${result.meetingIds.join(', ')}, ${result.items} punkter, ${changes}${warnings}${skipped ? ' (uændret råfil; ikke læst igen)' : ''}`;
}

/** The ingest command. Returns the exit code: 0 all files succeeded, 1 some failed, 2 usage error. */
export async function runIngest(argv: readonly string[], io: Io, root = process.cwd()): Promise<number> {
	const parsed = parseCommand(ingestCommand, argv, io);
	if (!parsed.run) return parsed.code;
	const { values, positionals } = parsed;
	const out = values.out;
	const totals: Totals = { ok: 0, failed: 0, items: 0, written: 0, removed: 0, unchanged: 0, kept: 0, skipped: 0 };
	let raws: RawFile[];
	let registry: MunicipalityRegistry;
	let cprAllowlist: CprAllowlist;
	try {
		registry = await loadRegistry(resolve(root, 'content/municipalities.yaml'));
		cprAllowlist = await loadCprAllowlist(resolve(root, 'content/cpr-allowlist.yaml'));
		raws = await findRawFiles(root, positionals);
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		io.err(error.format().replace(`${root}/`, ''));
		return /(municipalities|cpr-allowlist)\.yaml$/.test(error.path) ? 1 : 2;
	}

	const options = { registry, cprAllowlist, ...(values.format ? { format: values.format as Format } : {}) };
	const threads = Number(process.env.INGEST_THREADS ?? availableParallelism());
	let pool: Parser | undefined;
	// Threads only for a large run: the count of raw files is known, the cache's misses not yet.
	const parser = () => (pool ??= raws.length >= threadsFrom && threads > 1 ? threadPool(options, threads) : inThread(options));
	const cache = await IngestCache.open(resolve(root, process.env.INGEST_CACHE ?? 'node_modules/.cache/referatarkiv/ingest.json'));
	const fingerprint = await ingestFingerprint(root, [values.format ?? '']);
	// --report needs what the parsers dropped, and --force must rewrite: both parse every file.
	const reuse = !values.report && !values.force;
	const outDir = resolve(root, out);
	/** Which raw file generated each path in this run: two raw files must not give the same meeting. */
	const claimed = new Map<string, string>();

	async function ingestOne(raw: RawFile, lines: Line[]): Promise<void> {
		const say = (text: string) => lines.push(['out', text]);
		const input = inputHash(raw, fingerprint);
		const key = `${outDir}\0${raw.path}`;
		const cached = reuse ? await cache.reuse(key, input, outDir) : undefined;
		const fresh = cached ? undefined : await parser().parse(raw);
		const result: Summary = cached ?? fresh!;
		const paths = fresh ? fresh.files.map((file) => file.path) : Object.keys(cached!.files);
		for (const path of paths) {
			const owner = claimed.get(path);
			if (owner && owner !== raw.path) throw new IngestError(raw.path, undefined, `${path} kommer allerede fra ${owner}: to råfiler giver samme møde; ret udvalg eller dato i en af dem (evt. i sidecar-filen)`);
			claimed.set(path, raw.path);
		}
		const plan: WritePlan = fresh
			? await writeOutputs(outDir, raw.path, fresh.files, { force: values.force, dryRun: values.check })
			: { written: [], removed: [], unchanged: paths, kept: [] };
		if (values.verbose || values.report) say(describe(raw.path, result, plan, values.check, Boolean(cached)));
		for (const warning of result.warnings) say(`${formatLocation(raw.path, warning.at ?? (warning.line ? { line: warning.line } : undefined))}: advarsel: ${warning.message}`);
		for (const path of plan.kept) say(`${out}/${path}: rettet i hånden; beholdt (brug --force for at overskrive med det genererede)`);
		if (values.report && fresh) {
			for (const entry of [...fresh.dropped].sort((a, b) => a.line - b.line)) say(`  ${formatLocation(raw.path, entry.at ?? { line: entry.line })}: udeladt (${entry.reason}): ${entry.words.join(' ')}`);
		}
		const stale = values.check && plan.written.length + plan.removed.length > 0;
		if (stale) lines.push(['err', `${raw.path}: ${out}/ er ikke opdateret (${[...plan.written, ...plan.removed].join(', ')}); kør npm run ingest`]);
		// Only output that is exactly what ingest generates may be skipped next time.
		if (fresh && !stale && plan.kept.length === 0) {
			const { format, meetingIds, items, warnings, files } = fresh;
			cache.set(key, { input, format, meetingIds, items, warnings, files: Object.fromEntries(files.map((file) => [file.path, fileHash(file.content)])) });
		}
		totals[stale ? 'failed' : 'ok']++;
		totals.items += result.items;
		totals.written += plan.written.length;
		totals.removed += plan.removed.length;
		totals.unchanged += plan.unchanged.length;
		totals.kept += plan.kept.length;
		if (cached) totals.skipped++;
	}

	// Parsing is synchronous; running several files at once lets one file's reads and writes overlap
	// another's parsing (measured for issue 6: half of a sequential run was waiting on the disk).
	// Each file's lines are printed in the order of the files, whatever order they finish in.
	const output: (Line[] | undefined)[] = raws.map(() => undefined);
	const progress = raws.length > 1 ? io.progress?.({ label: 'ingest', total: raws.length, unit: 'filer' }) : undefined;
	let printed = 0;
	let next = 0;
	const worker = async () => {
		while (next < raws.length) {
			const index = next++;
			const lines: Line[] = [];
			try {
				await ingestOne(raws[index]!, lines);
			} catch (error) {
				if (!(error instanceof IngestError)) throw error;
				lines.push(['err', error.format()]);
				totals.failed++;
			}
			output[index] = lines;
			progress?.tick();
			for (; printed < raws.length && output[printed]; printed++) {
				for (const [stream, text] of output[printed]!) io[stream](text);
				output[printed] = [];
			}
		}
	};
	try {
		await Promise.all(Array.from({ length: concurrency }, worker));
	} finally {
		progress?.stop();
		await pool?.close();
	}
	await cache.save();
	const verb = values.check ? 'ville skrive' : 'skrevet';
	io.out(
		`${raws.length} filer: ${totals.ok} ok, ${totals.failed} fejl · ${totals.items} punkter · ${totals.written} ${verb}, ${totals.removed} fjernet, ${totals.unchanged} uændret, ${totals.kept} håndrettede beholdt${totals.skipped > 0 ? ` · ${totals.skipped} uændrede råfiler ikke læst igen` : ''}`,
	);
	return totals.failed > 0 ? 1 : 0;
}
