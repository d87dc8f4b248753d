import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formats } from '../../schemas/meeting.ts';
import { loadCprAllowlist } from '../guards/load-cpr-allowlist.ts';
import { findRawFiles } from './find-raw-files.ts';
import type { Format } from './formats/index.ts';
import { IngestError } from './ingest-error.ts';
import { ingestFile, type FileResult } from './ingest-file.ts';
import { loadRegistry } from './load-registry.ts';
import { writeOutputs, type WritePlan } from './write-outputs.ts';

export const usage = `Brug: npm run ingest -- [stier...] [--out MAPPE] [--check] [--report] [--force] [--format FORMAT]

Læser råreferater under content/raw/<kommune>/ og skriver content/meetings/ og content/cases/.

  stier          råfiler eller mapper (standard: content/raw)
  --out MAPPE    skriv MAPPE/meetings og MAPPE/cases i stedet for content/
  --check        læs og valider; skriv intet; fejl hvis content/ ikke er opdateret
  --report       vis hvad parserne bevidst har udeladt (sidehoveder, indholdsfortegnelser …)
  --force        overskriv også filer, der er rettet i hånden
  --format NAVN  brug dette format i stedet for at genkende det (${formats.join(', ')})
`;

export interface Io {
	out(line: string): void;
	err(line: string): void;
}

interface Totals {
	ok: number;
	failed: number;
	items: number;
	written: number;
	removed: number;
	unchanged: number;
	kept: number;
}

function describe(result: FileResult, plan: WritePlan, check: boolean): string {
	const changes = check
		? plan.written.length + plan.removed.length > 0
			? `${plan.written.length + plan.removed.length} filer ikke opdateret`
			: 'opdateret'
		: `${plan.written.length} skrevet, ${plan.removed.length} fjernet, ${plan.unchanged.length} uændret`;
	const warnings = result.warnings.length > 0 ? `, ${result.warnings.length} advarsel${result.warnings.length > 1 ? 'er' : ''}` : '';
	return `${result.source}: ${result.format} → ${result.meetingId}, ${result.items} punkter, ${changes}${warnings}`;
}

/** The ingest command. Returns the exit code: 0 all files succeeded, 1 some failed, 2 usage error. */
export async function runIngest(argv: readonly string[], io: Io, root = process.cwd()): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				check: { type: 'boolean', default: false },
				report: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				format: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = args;
	if (values.help) {
		io.out(usage);
		return 0;
	}
	if (values.format !== undefined && !(formats as readonly string[]).includes(values.format)) {
		io.err(`ukendt format "${values.format}"; vælg et af: ${formats.join(', ')}\n\n${usage}`);
		return 2;
	}
	const out = values.out ?? 'content';
	const totals: Totals = { ok: 0, failed: 0, items: 0, written: 0, removed: 0, unchanged: 0, kept: 0 };
	let raws;
	let registry;
	let cprAllowlist;
	try {
		registry = await loadRegistry(resolve(root, 'content/municipalities.yaml'));
		cprAllowlist = await loadCprAllowlist(resolve(root, 'content/cpr-allowlist.yaml'));
		raws = await findRawFiles(root, positionals);
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		io.err(error.format().replace(`${root}/`, ''));
		return /(municipalities|cpr-allowlist)\.yaml$/.test(error.path) ? 1 : 2;
	}

	for (const raw of raws) {
		try {
			const result = ingestFile(raw, { registry, cprAllowlist, ...(values.format ? { format: values.format as Format } : {}) });
			const plan = await writeOutputs(resolve(root, out), raw.path, result.files, { force: values.force, dryRun: values.check });
			io.out(describe(result, plan, values.check));
			for (const warning of result.warnings) io.out(`${raw.path}${warning.line ? `:${warning.line}` : ''}: advarsel: ${warning.message}`);
			for (const path of plan.kept) io.out(`${out}/${path}: rettet i hånden; beholdt (brug --force for at overskrive med det genererede)`);
			if (values.report) {
				for (const entry of [...result.dropped].sort((a, b) => a.line - b.line)) {
					io.out(`  ${raw.path}:${entry.line}: udeladt (${entry.reason}): ${entry.words.join(' ')}`);
				}
			}
			const stale = values.check && plan.written.length + plan.removed.length > 0;
			if (stale) io.err(`${raw.path}: ${out}/ er ikke opdateret (${[...plan.written, ...plan.removed].join(', ')}); kør npm run ingest`);
			totals[stale ? 'failed' : 'ok']++;
			totals.items += result.items;
			totals.written += plan.written.length;
			totals.removed += plan.removed.length;
			totals.unchanged += plan.unchanged.length;
			totals.kept += plan.kept.length;
		} catch (error) {
			if (!(error instanceof IngestError)) throw error;
			io.err(error.format());
			totals.failed++;
		}
	}
	const verb = values.check ? 'ville skrive' : 'skrevet';
	io.out(
		`${raws.length} filer: ${totals.ok} ok, ${totals.failed} fejl · ${totals.items} punkter · ${totals.written} ${verb}, ${totals.removed} fjernet, ${totals.unchanged} uændret, ${totals.kept} håndrettede beholdt`,
	);
	return totals.failed > 0 ? 1 : 0;
}
