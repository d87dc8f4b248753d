import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCommand, type CommandSpec, type OptionSpec } from '../cli/command.ts';
import type { Io } from '../cli/io.ts';
import { formatDuration } from '../cli/progress.ts';
import { loadRegistry } from '../ingest/1-find/load-registry.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { runIngest } from '../ingest/run-ingest.ts';
import type { MunicipalityRegistry } from '../../schemas/index.ts';
import { choosePublications } from './choose-publications.ts';
import { FetchError } from './fetch-error.ts';
import { formatBytes, publicationLabel, pullRequestBody, pullRequestTitle, type Outcome } from './fetch-summary.ts';
import { heldPublications } from './held-publications.ts';
import { HostRate } from './host-rate.ts';
import { HttpClient, type ClientOptions } from './http-client.ts';
import type { PortalSystem, Publication } from './portal-system.ts';
import { portalSystems } from './portal-systems.ts';
import { parsePublicationBase, publicationBase } from './publication-name.ts';
import { removeUnfinished, sidecarText, writePublication } from './write-publication.ts';

const isDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? undefined : 'skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-05-01');
const nonNegative = (value: string) => (/^\d+(\.\d+)?$/.test(value) ? undefined : 'skriv et tal, 0 eller derover');
const positive = (value: string) => (/^\d+(\.\d+)?$/.test(value) && Number(value) > 0 ? undefined : 'skriv et tal større end 0');

export const fetchCommand = {
	name: 'npm run fetch --',
	summary:
		'Henter nye dagsordener, tillægsdagsordener og referater med deres bilag fra portalen i hver kommunes source i content/municipalities.yaml, skriver dem som originaler i content/raw/<kommune>/ og kører ingest over dem. Spørger høfligt (én forespørgsel i sekundet pr. vært) og skriver en publikation helt eller slet ikke.',
	positionals: { name: 'KOMMUNE...', description: 'kommunernes slugs [standard: alle med en source]' },
	options: {
		since: { type: 'string', value: 'ÅÅÅÅ-MM-DD', description: 'kun møder på eller efter datoen; uden den fra det første hentede møde, eller 90 dage tilbage for en kommune, der intet har hentet', check: isDate },
		rate: { type: 'string', value: 'N', description: 'højst N forespørgsler i sekundet pr. vært; 0 slår grænsen fra (kun mod en testserver)', default: '1', check: nonNegative },
		'dry-run': { type: 'boolean', description: 'vis, hvad der ville blive hentet, og skriv intet' },
		verbose: { type: 'boolean', short: 'v', description: 'én linje pr. publikation: hvad der blev hentet, og hvor det er skrevet' },
		'summary-file': { type: 'string', value: 'FIL', description: 'skriv kørslens titel og beskrivelse til en pull request som JSON i FIL (workflowet læser den)' },
		timeout: { type: 'string', value: 'SEK', description: 'sekunder uden et svar, før en forespørgsel gives op og prøves igen', default: '30', check: positive },
		'max-file-mb': { type: 'string', value: 'MB', description: 'det største dokument (PDF), der hentes', default: '200', check: positive },
	},
	examples: ['npm run fetch', 'npm run fetch -- hvidovre --dry-run', 'npm run fetch -- hvidovre --since 2026-01-01 --verbose', 'npm run fetch -- --summary-file /tmp/fetch.json'],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

/** What tests and the benchmark set beside the command line. */
export interface FetchOverrides {
	/** Today's date, `YYYY-MM-DD`, where the first run's window is counted from. */
	today?: string;
	/** The HTTP client's timings (backoff, tries, deadline), shortened in tests. */
	client?: Partial<Omit<ClientOptions, 'policy' | 'rate' | 'userAgent'>>;
	systems?: Record<string, PortalSystem>;
	/** Told how long each phase took: listing and fetching with writing, then ingest (the benchmark). */
	measured?: (phase: 'fetch' | 'ingest', seconds: number) => void;
}

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Names the archive and where it lives, so that a portal's operator can see who asks and reach them. */
export function userAgent(env: NodeJS.ProcessEnv = process.env): string {
	const repository = env.REPOSITORY_URL || (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined);
	return `Referatarkiv/${version} (arkiv af kommunale dagsordener og referater${repository ? `; +${repository}` : ''})`;
}

/** Today in Denmark, `YYYY-MM-DD`. */
const danishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** The files of a folder git tracks: a committed original is held, whatever is missing beside it. */
function trackedFiles(root: string, folder: string): Set<string> {
	try {
		return new Set(execFileSync('git', ['ls-files', '-z', '--', folder], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\0').filter(Boolean));
	} catch {
		return new Set();
	}
}

/** `1 publikation`, `2 publikationer`: the summary's counts in Danish. */
const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const listMeetings = async (root: string, slug: string) => new Set(await readdir(join(root, 'content/meetings', slug)).catch(() => [] as string[]));

interface Plan {
	slug: string;
	name: string;
	system: PortalSystem;
	client: HttpClient;
	chosen: Publication[];
	since: string;
}

/**
 * `npm run fetch`: each municipality with a `source` (or those named) is listed on its portal, the
 * publications the archive does not hold are fetched one by one with their documents and written
 * as originals, each whole or not at all, and ingest runs over what was written. Returns the exit
 * code: 0 all went well or nothing was new, 1 some publications failed (the others are written),
 * 2 a usage error.
 */
export async function runFetch(argv: readonly string[], io: Io, root = process.cwd(), overrides: FetchOverrides = {}): Promise<number> {
	const parsed = parseCommand(fetchCommand, argv, io);
	if (!parsed.run) return parsed.code;
	const { values, positionals } = parsed;
	const started = performance.now();
	let registry: MunicipalityRegistry;
	try {
		registry = await loadRegistry(resolve(root, 'content/municipalities.yaml'));
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		io.err(error.format().replaceAll(`${root}/`, ''));
		return 1;
	}
	for (const slug of positionals) {
		const problem = !registry[slug] ? `"${slug}" er ikke en kommune i content/municipalities.yaml` : !registry[slug].source ? `${slug} har ingen source i content/municipalities.yaml; se README, "Fetching from a portal"` : undefined;
		if (problem) {
			io.err(`npm run fetch: ${problem}; se npm run fetch -- --help`);
			return 2;
		}
	}
	const slugs = positionals.length > 0 ? [...new Set(positionals)] : Object.keys(registry).filter((slug) => registry[slug]!.source).sort();
	const systems = overrides.systems ?? portalSystems;
	const rate = new HostRate(Number(values.rate));
	const today = overrides.today ?? danishToday();
	const outcomes: Outcome[] = [];
	const failures: string[] = [];

	// 1. What each portal lists that the archive does not hold.
	const plans: Plan[] = [];
	const clients: HttpClient[] = [];
	for (const slug of slugs) {
		const municipality = registry[slug]!;
		const source = municipality.source!;
		const system = systems[source.system]!;
		const client = new HttpClient({
			policy: { portal: new URL(source.url), ...(system.storage ? { storage: system.storage } : {}) },
			rate,
			userAgent: userAgent(),
			idleMs: Number(values.timeout) * 1000,
			maxFileBytes: Number(values['max-file-mb']) * 1_000_000,
			...overrides.client,
		});
		clients.push(client);
		const folder = join(root, 'content/raw', slug);
		let held = await heldPublications(folder);
		if (held.unfinished.length > 0) {
			// A committed JSON without its sidecar is an editor's doing, not an interrupted run's: it is held, and never written over.
			const tracked = trackedFiles(root, `content/raw/${slug}`);
			const committed = held.unfinished.filter((base) => tracked.has(`content/raw/${slug}/${base}.json`));
			if (!values['dry-run']) await removeUnfinished(folder, held.unfinished.filter((base) => !committed.includes(base)));
			held = await heldPublications(folder);
			for (const base of committed) held.keys.add(parsePublicationBase(base)!.key);
		} else if (!values['dry-run']) await removeUnfinished(folder, []);
		try {
			const listed = await system.list(source, slug, client);
			const { chosen, since } = choosePublications(listed, held, values.since ? { since: values.since, today } : { today });
			plans.push({ slug, name: municipality.name, system, client, chosen, since });
			if (values.verbose || values['dry-run']) io.out(`${slug}: ${count(listed.length, 'publikation', 'publikationer')} på portalen, ${chosen.length} ${chosen.length === 1 ? 'ny' : 'nye'} siden ${since}`);
		} catch (error) {
			if (!(error instanceof FetchError)) throw error;
			failures.push(`${slug}: portalens liste kunne ikke hentes: ${error.message}`);
			io.err(`${slug}: portalens liste kunne ikke hentes: ${error.message}`);
		}
	}
	const total = plans.reduce((sum, plan) => sum + plan.chosen.length, 0);

	if (values['dry-run']) {
		for (const plan of plans) for (const publication of plan.chosen) io.out(`${plan.slug}: ville hente ${publicationLabel(publication)}, offentliggjort ${publication.published.replace('T', ' ')}: ${publication.url}`);
		io.out(`fetch --dry-run: ${total === 0 ? 'intet nyt' : `${count(total, 'publikation', 'publikationer')} ville blive hentet`}; intet skrevet${failures.length > 0 ? ` · ${failures.length} fejl` : ''}`);
		return failures.length > 0 ? 1 : 0;
	}

	// 2. Each publication whole: its JSON, every document, then written and renamed into place.
	const progress = total > 1 ? io.progress?.({ label: 'fetch', total, unit: 'publikationer' }) : undefined;
	const written: string[] = [];
	const meetingsBefore = new Map<string, Set<string>>();
	try {
		for (const plan of plans) {
			meetingsBefore.set(plan.slug, await listMeetings(root, plan.slug));
			const source = registry[plan.slug]!.source!;
			for (const publication of plan.chosen) {
				const outcome: Outcome = { publication, municipalityName: plan.name, documents: 0, bytes: 0 };
				outcomes.push(outcome);
				try {
					const { files, status } = await plan.system.fetch(source, publication, plan.client);
					const base = publicationBase(publication);
					await writePublication(join(root, 'content/raw', plan.slug), base, files, sidecarText(publication, status));
					outcome.path = `content/raw/${plan.slug}/${base}.json`;
					outcome.documents = files.length - 1;
					outcome.bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
					written.push(outcome.path);
					if (values.verbose) io.out(`${plan.slug}: ${publicationLabel(publication)}: ${count(outcome.documents, 'dokument', 'dokumenter')}, ${formatBytes(outcome.bytes)} → ${outcome.path}`);
				} catch (error) {
					if (!(error instanceof FetchError)) throw error;
					outcome.error = error.message;
					failures.push(`${plan.slug}: ${publicationLabel(publication)}: ${error.message}`);
					io.err(`${plan.slug}: ${publicationLabel(publication)} er ikke hentet (intet skrevet; hentes igen ved næste kørsel): ${error.message}`);
				}
				progress?.tick();
			}
		}
	} finally {
		progress?.stop();
	}

	// 3. Ingest over what was written, so that content/ is what the new originals give.
	const ingestStarted = performance.now();
	overrides.measured?.('fetch', (ingestStarted - started) / 1000);
	const ingestLines: string[] = [];
	let ingestCode = 0;
	if (written.length > 0) {
		ingestCode = await runIngest(['--verbose', ...written], { out: (line) => (ingestLines.push(line), io.out(line)), err: (line) => (ingestLines.push(line), io.err(line)) }, root);
	}
	overrides.measured?.('ingest', (performance.now() - ingestStarted) / 1000);
	let newMeetings = 0;
	for (const plan of plans) {
		const after = await listMeetings(root, plan.slug);
		for (const name of after) if (!meetingsBefore.get(plan.slug)?.has(name)) newMeetings++;
	}
	const documents = outcomes.reduce((sum, outcome) => sum + outcome.documents, 0);
	const bytes = outcomes.reduce((sum, outcome) => sum + outcome.bytes, 0);
	const requests = clients.reduce((sum, client) => sum + client.requests, 0);
	const failed = failures.length + (ingestCode === 0 ? 0 : 1);
	const timing = `${count(requests, 'forespørgsel', 'forespørgsler')} på ${formatDuration((performance.now() - started) / 1000)}, heraf ${formatDuration(rate.waited / 1000)} høflighedspause`;
	const summary =
		written.length === 0 && failed === 0
			? `fetch: intet nyt (${count(slugs.length, 'kommune', 'kommuner')}) · ${timing}`
			: `fetch: ${count(newMeetings, 'nyt møde', 'nye møder')}, ${count(written.length, 'publikation', 'publikationer')}, ${count(documents, 'dokument', 'dokumenter')}, ${formatBytes(bytes)}, ${failed} fejl${ingestCode === 0 ? '' : ' (ingest fejlede)'} · ${timing}`;
	io.out(summary);
	if (values['summary-file']) {
		const report = { changed: written.length > 0, title: written.length > 0 ? pullRequestTitle(outcomes) : '', body: pullRequestBody(outcomes, ingestLines, summary), summary, failures };
		await writeFile(resolve(values['summary-file']), `${JSON.stringify(report, null, '\t')}\n`);
	}
	return failed > 0 ? 1 : 0;
}

