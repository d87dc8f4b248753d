import { availableParallelism } from 'node:os';
import { fileReport, reportLines } from './file-report.ts';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCommand, type CommandSpec, type OptionSpec } from '../cli/command.ts';
import type { Io } from '../cli/io.ts';
import { formats } from '../../schemas/meeting.ts';
import { defaultLimits, limitNames, limitSpecs, type LimitName, type Limits } from '../../schemas/limits.ts';
import type { CprAllowlist, MunicipalityRegistry } from '../../schemas/index.ts';
import { loadCprAllowlist } from '../guards/load-cpr-allowlist.ts';
import { OutsideRepository } from '../content/inside-repository.ts';
import { findRawFiles } from './1-find/find-raw-files.ts';
import { formatLocation } from './2-read/document/format-location.ts';
import type { Format } from './3-layouts/index.ts';
import { IngestError } from './ingest-error.ts';
import { fileHash, IngestCache, ingestFingerprint, inputHash, sha256 } from './6-write/ingest-cache.ts';
import type { FileResult, RawFile } from './ingest-file.ts';
import { inThread, threadPool, type Parser } from './parse-pool.ts';
import { loadRegistry } from './1-find/load-registry.ts';
import { writeOutputs, type WritePlan } from './6-write/write-outputs.ts';
import { gitAddedTimes } from './5-publications/git-added-times.ts';
import { loadManifests } from './6-write/manifests.ts';
import type { MeetingVersion } from './5-publications/meeting-version.ts';
import { assertSameMeeting, planMeeting } from './5-publications/merge-versions.ts';
import { orderVersions } from './5-publications/order-versions.ts';
import { previousItems } from './5-publications/previous-items.ts';
import { append } from './append.ts';
import { writeOcrEntries } from './2-read/ocr/ocr-cache.ts';

/**
 * Where recognised scans are kept, committed with the content: see `readers/ocr/ocr-cache.ts`.
 * Beside the raw files' output whatever `--out` says, since an entry belongs to a raw file's bytes.
 */
const ocrFolder = 'content/ocr';

/** `--max-pdf-pages N` and its kin: each limit of `limits.ts`, raised for one run. */
function limitOptions() {
	return Object.fromEntries(
		limitNames.map((name) => [
			limitSpecs[name].option,
			{
				type: 'string',
				value: 'N',
				description: `grænse for ${limitSpecs[name].what} (${limitSpecs[name].unit}) i denne kørsel; én fil hæver sin egen i sidecar-filen (limits.${name})`,
				default: String(limitSpecs[name].default),
				check: (value: string) => (/^\d+(\.\d+)?$/.test(value) && Number(value) > 0 ? undefined : 'skriv et tal større end 0'),
			},
		]),
	) as Record<(typeof limitSpecs)[LimitName]['option'], OptionSpec & { default: string }>;
}

/** The limits the options set, over the defaults. */
const limitsFrom = (values: Record<string, unknown>): Limits => Object.fromEntries(limitNames.map((name) => [name, Number(values[limitSpecs[name].option] ?? defaultLimits[name])])) as Limits;

export const ingestCommand = {
	name: 'npm run ingest --',
	summary: 'Læser råreferater under content/raw/<kommune>/ og skriver content/meetings/ og content/cases/. Viser fremdrift i en terminal; fejl og advarsler skrives altid.',
	positionals: { name: 'STIER...', description: 'råfiler eller mapper [standard: content/raw]' },
	options: {
		out: { type: 'string', value: 'MAPPE', description: 'skriv MAPPE/meetings og MAPPE/cases i stedet for content/', default: 'content' },
		check: { type: 'boolean', description: 'læs og valider; skriv intet; fejl hvis content/ ikke er opdateret' },
		report: { type: 'boolean', description: 'vis pr. fil: system og variant, fakta fundet og manglende, punkterne, andelen af ord udgivet, dele uden tekst, maskinlæste sider, og hvad parserne bevidst har udeladt' },
		force: { type: 'boolean', description: 'overskriv også filer, der er rettet i hånden' },
		format: { type: 'string', value: 'FORMAT', description: 'brug dette format i stedet for at genkende det', choices: formats },
		verbose: { type: 'boolean', short: 'v', description: 'skriv én linje pr. råfil (format, møde, punkter, skrevne filer)' },
		...limitOptions(),
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

const emptyPlan = (): WritePlan => ({ written: [], unchanged: [], removed: [], kept: [] });

function changesText(plan: WritePlan, check: boolean): string {
	if (check) return plan.written.length + plan.removed.length > 0 ? `${plan.written.length + plan.removed.length} filer ikke opdateret` : 'opdateret';
	return `${plan.written.length} skrevet, ${plan.removed.length} fjernet, ${plan.unchanged.length} uændret`;
}

/** What happened to one raw file, reported in the order of the files once every meeting is written. */
interface RawReport {
	raw: RawFile;
	summary?: Summary;
	fresh?: FileResult;
	skipped: boolean;
	failed: boolean;
	lines: Line[];
	/** The write plans of the meetings this file is the newest publication of. */
	plan: WritePlan;
	/** Meetings this file is an older publication of, with the file that replaces it. */
	older: { meeting: string; newest: string }[];
}

/** The ingest command. Returns the exit code: 0 all files succeeded, 1 some failed, 2 usage error. */
export async function runIngest(argv: readonly string[], io: Io, root = process.cwd()): Promise<number> {
	const parsed = parseCommand(ingestCommand, argv, io);
	if (!parsed.run) return parsed.code;
	const { values, positionals } = parsed;
	const out = values.out;
	const limits = limitsFrom(values);
	const totals: Totals = { ok: 0, failed: 0, items: 0, written: 0, removed: 0, unchanged: 0, kept: 0, skipped: 0 };
	let raws: RawFile[];
	let registry: MunicipalityRegistry;
	let cprAllowlist: CprAllowlist;
	try {
		registry = await loadRegistry(resolve(root, 'content/municipalities.yaml'));
		cprAllowlist = await loadCprAllowlist(resolve(root, 'content/cpr-allowlist.yaml'));
		raws = await findRawFiles(root, positionals, limits);
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		io.err(error.format().replaceAll(`${root}/`, ''));
		// A link or a bad registry is a problem in the repository, not in how ingest was called.
		return error instanceof OutsideRepository || /(municipalities|cpr-allowlist)\.yaml$/.test(error.path) ? 1 : 2;
	}

	const ocrCache = resolve(root, ocrFolder);
	const options = { registry, cprAllowlist, limits, ocrCache, ...(values.format ? { format: values.format as Format } : {}) };
	const threads = Number(process.env.INGEST_THREADS ?? availableParallelism());
	let pool: Parser | undefined;
	// Threads only for a large run: the count of raw files is known, the cache's misses not yet.
	const parser = () => (pool ??= raws.length >= threadsFrom && threads > 1 ? threadPool(options, threads) : inThread(options));
	const cache = await IngestCache.open(resolve(root, process.env.INGEST_CACHE ?? 'node_modules/.cache/referatarkiv/ingest.json'));
	const fingerprint = await ingestFingerprint(root, [values.format ?? '']);
	// --report needs what the parsers dropped, and --force must rewrite: both parse every file.
	const reuse = !values.report && !values.force;
	const outDir = resolve(root, out);
	const manifests = await loadManifests(outDir);
	const write = { force: values.force, dryRun: values.check, root };

	// 1. Read each raw file, or find what it gave last time, on every core.
	const reports: RawReport[] = raws.map((raw) => ({ raw, skipped: false, failed: false, lines: [], plan: emptyPlan(), older: [] }));
	const bySource = new Map(reports.map((report) => [report.raw.path, report]));
	const progress = raws.length > 1 ? io.progress?.({ label: 'ingest', total: raws.length, unit: 'filer' }) : undefined;
	const read = async (report: RawReport, cached: boolean) => {
		const key = `${outDir}\0${report.raw.path}`;
		const input = inputHash(report.raw, fingerprint);
		let hit = cached && !report.raw.refused ? await cache.reuse(key, input, outDir) : undefined;
		// A recognition deleted from content/ocr/ is made again (or, with --check, missed).
		if (hit?.ocr?.some((sha256) => !existsSync(join(ocrCache, `${sha256}.json`)))) hit = undefined;
		try {
			if (report.raw.refused) throw new IngestError(report.raw.path, undefined, report.raw.refused);
			if (hit) {
				report.summary = hit;
				report.skipped = true;
			} else {
				report.fresh = await parser().parse(report.raw);
				// A scan recognised now is committed with the Markdown it gave; --check writes nothing,
				// and fails: CI is never to recognise what an editor did not commit.
				if (report.fresh.ocr.length > 0) {
					if (values.check) throw new IngestError(report.raw.path, undefined, `tekstgenkendelsen (OCR) af filen er ikke i ${ocrFolder}/ (${report.fresh.ocr.map((entry) => `${entry.sha256}.json`).join(', ')}); kør npm run ingest, og commit ${ocrFolder}/ med resten`);
					await writeOcrEntries(ocrCache, report.fresh.ocr);
					if (values.verbose) report.lines.push(['out', `${report.raw.path}: ${report.fresh.ocr.reduce((sum, entry) => sum + entry.pages.length, 0)} scannede sider tekstgenkendt (OCR), gemt i ${ocrFolder}/`]);
				}
				// Kept until its meetings are written; what only --report reads is let go now.
				if (!values.report) report.fresh.dropped = [];
				report.summary = report.fresh;
				report.skipped = false;
				const { format, meetingIds, items, warnings, recognitions } = report.fresh;
				cache.set(key, { input, format, meetingIds, items, warnings, files: {}, ...(recognitions.length > 0 ? { ocr: recognitions } : {}) });
			}
		} catch (error) {
			if (!(error instanceof IngestError)) throw error;
			report.lines.push(['err', error.format()]);
			report.failed = true;
		}
	};
	try {
		let next = 0;
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < reports.length) {
					await read(reports[next++]!, reuse);
					progress?.tick();
				}
			}),
		);

		// 2. Group the publications of each meeting: this run's, and those an earlier run wrote it from.
		const groups = new Map<string, Set<string>>();
		const group = (report: RawReport) => {
			for (const id of report.summary?.meetingIds ?? []) groups.set(id, (groups.get(id) ?? new Set()).add(report.raw.path));
		};
		for (const report of reports) group(report);
		const extra = new Set<string>();
		for (const [id, sources] of groups) {
			for (const source of manifests.byMeeting.get(id)?.sources ?? []) if (!sources.has(source) && !bySource.has(source) && existsSync(resolve(root, source))) extra.add(source);
		}
		// A meeting whose raw file moved to another meeting, or was deleted, needs its remaining publications read.
		const inScope = (source: string) => positionals.length === 0 || positionals.some((path) => source === path.replace(/\/$/, '') || source.startsWith(`${path.replace(/\/$/, '')}/`));
		for (const manifest of manifests.byMeeting.values()) {
			if (groups.has(manifest.meeting)) continue;
			const live = manifest.sources.filter((source) => existsSync(resolve(root, source)));
			if (live.length > 0 && manifest.sources.some((source) => bySource.has(source) || !existsSync(resolve(root, source)))) for (const source of live) if (!bySource.has(source)) extra.add(source);
		}
		if (extra.size > 0) {
			for (const raw of await findRawFiles(root, [...extra].sort(), limits)) {
				const report: RawReport = { raw, skipped: false, failed: false, lines: [], plan: emptyPlan(), older: [] };
				reports.push(report);
				bySource.set(raw.path, report);
				await read(report, reuse);
				group(report);
			}
		}

		// 3. Write each meeting from all its publications, the newest shown, every address kept.
		const ids = [...groups.keys()].sort();
		let added: Map<string, number> | undefined;
		let index = 0;
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (index < ids.length) {
					const id = ids[index++]!;
					const members = [...groups.get(id)!].sort().map((source) => bySource.get(source)!);
					await writeMeeting(id, members);
				}
			}),
		);

		async function writeMeeting(id: string, members: RawReport[]): Promise<void> {
			const manifest = manifests.byMeeting.get(id);
			const sources = members.map((member) => member.raw.path);
			const groupKey = `${outDir}\0meeting\0${id}`;
			const groupInput = sha256(fingerprint, ...members.map((member) => `${member.raw.path}\0${inputHash(member.raw, fingerprint)}`));
			const unchanged = members.every((member) => member.skipped) && manifest !== undefined && !manifest.migrated && sameSet(manifest.sources, sources) ? await cache.reuse(groupKey, groupInput, outDir) : undefined;
			if (unchanged) {
				const newest = manifest!.sources.at(-1)!;
				append(bySource.get(newest)!.plan.unchanged, Object.keys(unchanged.files));
				for (const source of manifest!.sources.slice(0, -1)) bySource.get(source)?.older.push({ meeting: id, newest });
				return;
			}
			// Every publication of the meeting must read; otherwise its files stay as they are.
			if (members.some((member) => member.failed)) return;
			for (const member of members) if (!member.fresh) await read(member, false);
			if (members.some((member) => member.failed || !member.fresh)) return;
			const versions = members.map((member) => member.fresh!.meetings.find((version) => version.id === id)!);
			let ordered: MeetingVersion[] = versions;
			const newestReport = () => bySource.get(ordered.at(-1)!.source)!;
			try {
				if (versions.length > 1) {
					added ??= await gitAddedTimes(root, [...groups.values()].filter((group) => group.size > 1).flatMap((group) => [...group]));
					const order = orderVersions(versions, { added, before: manifest?.sources ?? [] });
					ordered = order.ordered;
					for (const [a, b] of order.guessed) {
						newestReport().lines.push(['out', `${id}: advarsel: ${a} og ${b} siger ikke, hvornår de blev offentliggjort, og er tilføjet samtidig; ${b} er antaget som den nyeste. Commit dem hver for sig i den rækkefølge, de blev offentliggjort, eller skriv "published: ÅÅÅÅ-MM-DDTTT:MM" i deres sidecar-filer`]);
					}
					for (const older of ordered.slice(0, -1)) assertSameMeeting(older, ordered.at(-1)!);
				}
				const files = planMeeting(ordered, await previousItems(outDir, id));
				const plan = await writeOutputs(outDir, id, ordered.map((version) => version.source), files, manifest, write);
				const report = newestReport();
				for (const key of ['written', 'unchanged', 'removed', 'kept'] as const) append(report.plan[key], plan[key]);
				for (const older of ordered.slice(0, -1)) bySource.get(older.source)!.older.push({ meeting: id, newest: ordered.at(-1)!.source });
				const stale = values.check && plan.written.length + plan.removed.length > 0;
				if (!stale && plan.kept.length === 0) cache.set(groupKey, { input: groupInput, format: report.summary!.format, meetingIds: [id], items: 0, warnings: [], files: Object.fromEntries(files.map((file) => [file.path, fileHash(file.content)])) });
			} catch (error) {
				if (!(error instanceof IngestError)) throw error;
				const report = bySource.get(error.path) ?? newestReport();
				report.lines.push(['err', error.format()]);
				report.failed = true;
			}
		}

		// 4. Take down meetings whose raw files are all gone (within the folders this run read).
		for (const manifest of [...manifests.byMeeting.values()].sort((a, b) => (a.meeting < b.meeting ? -1 : 1))) {
			if (groups.has(manifest.meeting)) continue;
			// A source still gives the meeting unless it is gone, or was read and now gives another.
			const live = manifest.sources.filter((source) => {
				if (!existsSync(resolve(root, source))) return false;
				const report = bySource.get(source);
				return !report || report.failed || Boolean(report.summary?.meetingIds.includes(manifest.meeting));
			});
			if (live.length > 0 || !manifest.sources.every((source) => bySource.has(source) || inScope(source))) continue;
			const plan = await writeOutputs(outDir, manifest.meeting, [], [], manifest, write);
			totals.removed += plan.removed.length;
			totals.kept += plan.kept.length;
			if (values.verbose || values.report || values.check) {
				const gone = manifest.sources.join(', ') || 'ingen råfil';
				if (values.check && plan.removed.length > 0) io.err(`meetings/${manifest.meeting}.md: råfilen er væk (${gone}), men mødet er stadig udgivet; kør npm run ingest`);
				else if (plan.removed.length > 0) io.out(`meetings/${manifest.meeting}.md: fjernet, da råfilen er væk (${gone}); ${plan.removed.length} filer fjernet`);
			}
			for (const path of plan.kept) io.out(`${out}/${path}: rettet i hånden; beholdt, selv om råfilen er væk (slet den selv, hvis den skal væk)`);
			if (values.check && plan.removed.length > 0) totals.failed++;
		}
		if (!values.check) await Promise.all(manifests.legacy.map((path) => rm(join(outDir, path), { force: true })));
	} finally {
		progress?.stop();
		await pool?.close();
	}

	// 5. Report each raw file, in the order of the files.
	for (const report of reports) {
		const { raw, summary, plan } = report;
		const say = (text: string) => report.lines.push(['out', text]);
		if (summary && !report.failed) {
			if (values.verbose || values.report) {
				const older = report.older.length > 0 ? `; ældre udgave af ${report.older.map((entry) => `${entry.meeting} (nyeste: ${entry.newest})`).join(', ')}` : '';
				const warnings = summary.warnings.length > 0 ? `, ${summary.warnings.length} advarsel${summary.warnings.length > 1 ? 'er' : ''}` : '';
				const written = report.older.length === summary.meetingIds.length && report.older.length > 0 ? '' : `, ${changesText(plan, values.check)}`;
				say(`${raw.path}: ${summary.format} → ${summary.meetingIds.join(', ')}, ${summary.items} punkter${written}${warnings}${older}${report.skipped ? ' (uændret råfil; ikke læst igen)' : ''}`);
			}
			for (const warning of summary.warnings) say(`${formatLocation(raw.path, warning.at ?? (warning.line ? { line: warning.line } : undefined))}: advarsel: ${warning.message}`);
			for (const path of plan.kept) say(`${out}/${path}: rettet i hånden; beholdt (brug --force for at overskrive med det genererede)`);
			if (values.report && report.fresh) {
				for (const line of reportLines(fileReport(report.fresh))) say(line);
				for (const entry of [...report.fresh.dropped].sort((a, b) => a.line - b.line)) say(`  ${formatLocation(raw.path, entry.at ?? { line: entry.line })}: udeladt (${entry.reason}): ${entry.words.join(' ')}`);
			}
		}
		const stale = values.check && plan.written.length + plan.removed.length > 0;
		if (stale) report.lines.push(['err', `${raw.path}: ${out}/ er ikke opdateret (${[...plan.written, ...plan.removed].join(', ')}); kør npm run ingest`]);
		totals[report.failed || stale ? 'failed' : 'ok']++;
		totals.items += report.failed ? 0 : (summary?.items ?? 0);
		totals.written += plan.written.length;
		totals.removed += plan.removed.length;
		totals.unchanged += plan.unchanged.length;
		totals.kept += plan.kept.length;
		if (report.skipped) totals.skipped++;
		for (const [stream, text] of report.lines) io[stream](text);
	}
	await cache.save();
	const verb = values.check ? 'ville skrive' : 'skrevet';
	io.out(
		`${reports.length} filer: ${totals.ok} ok, ${totals.failed} fejl · ${totals.items} punkter · ${totals.written} ${verb}, ${totals.removed} fjernet, ${totals.unchanged} uændret, ${totals.kept} håndrettede beholdt${totals.skipped > 0 ? ` · ${totals.skipped} uændrede råfiler ikke læst igen` : ''}`,
	);
	return totals.failed > 0 ? 1 : 0;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));
