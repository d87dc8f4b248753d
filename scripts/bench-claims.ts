#!/usr/bin/env node
// `npm run bench:claims`: the archive's readings of the minutes against the hand-read gold set (issue 25). See BENCHMARKS.md.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { ballotsOf, sides } from '../src/lib/decisions/ballots-of.ts';
import { ingestFile, type RawFile } from '../src/lib/ingest/ingest-file.ts';
import { agendaItemSchema, meetingSchema, municipalityRegistrySchema, type AgendaItem, type Meeting } from '../src/schemas/index.ts';
import { foldName, precision, readGold, recall, scoreClaims, type ItemClaims, type MeetingClaims } from './bench/claims.ts';
import { repositoryRoot } from './lib/workspace.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run bench:claims --',
		summary:
			'Hvad arkivet aflæser af referaterne (beslutningens udfald, stemmer, enstemmighed, fravær, stedfortrædere) målt mod guldsættet i test/fixtures/claims/, læst i hånden af nogen, der ikke har set koden. Skriver præcision, genkaldelse og dækning pr. slags påstand, en forvekslingstabel for udfaldene og hver forkert påstand; se BENCHMARKS.md.',
		options: {
			gold: { type: 'string', value: 'MAPPE', description: 'mappen med guldfilerne (gold-*.yaml)', default: 'test/fixtures/claims' },
			json: { type: 'string', value: 'FIL', description: 'skriv hele rapporten som JSON' },
			verbose: { type: 'boolean', description: 'vis hver forkert og hver manglende påstand' },
		},
		examples: ['npm run bench:claims', 'npm run bench:claims -- --verbose', 'npm run bench:claims -- --json /tmp/claims.json'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);

/**
 * The minutes the gold set covers: the bundled raw files as committed, and the real originals the
 * tests hold that the archive does not bundle, each read as an editor would commit it.
 */
function sources(): RawFile[] {
	const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
	const raws: RawFile[] = [];
	for (const file of walk(join(repositoryRoot, 'content/raw'))) {
		if (/\.ya?ml$/i.test(file) || /readme/i.test(file)) continue;
		const path = relative(repositoryRoot, file);
		const sidecarPath = path.replace(/\.[^./]+$/, '.yaml');
		let sidecar: RawFile['sidecar'];
		try {
			sidecar = { path: sidecarPath, text: readFileSync(join(repositoryRoot, sidecarPath), 'utf8') };
		} catch {
			// No sidecar: the file says it all.
		}
		raws.push({ path, bytes: new Uint8Array(readFileSync(file)), ...(sidecar ? { sidecar } : {}) });
	}
	const originals: [string, string][] = [
		['greve-klima-teknik-og-miljoeudvalget-2024-01-15.json', 'greve'],
		['greve-kultur-og-fritidsudvalget-2022-03-21.json', 'greve'],
		['greve-oekonomiudvalget-2024-03-13.json', 'greve'],
		['greve-social-og-handicapudvalget-2024-10-07.json', 'greve'],
		['greve-spoergsmaal-svar-til-byraadet-2024-12-31.json', 'greve'],
		['aarhus-byraad-2025-10-08.html', 'aarhus'],
		['protocols/vejlby-risskov-sogneraad-1941.txt', 'aarhus'],
	];
	for (const [name, slug] of originals) raws.push({ path: `content/raw/${slug}/${name.split('/').pop()}`, bytes: new Uint8Array(readFileSync(join(repositoryRoot, 'test/fixtures/originals', name))) });
	return raws;
}

const registry = municipalityRegistrySchema.parse(parse(readFileSync(join(repositoryRoot, 'content/municipalities.yaml'), 'utf8')));
const items = new Map<string, ItemClaims[]>();
const meetings = new Map<string, MeetingClaims>();
for (const raw of sources()) {
	const result = await ingestFile(raw, { registry });
	for (const version of result.meetings) {
		const meeting: Meeting = meetingSchema.parse(version.data);
		// A meeting published twice (Middelfart) is judged by its newest, fullest publication.
		if ((items.get(version.id)?.length ?? -1) >= version.items.length) continue;
		meetings.set(version.id, { meeting: version.id, absent: meeting.absent ?? [], substitutes: meeting.substitutes ?? [] });
		items.set(
			version.id,
			version.items.map(({ data }) => {
				const item: AgendaItem = agendaItemSchema.parse(data);
				const shown = ballotsOf(item);
				return {
					meeting: version.id,
					item: item.number,
					decisionClass: item.decisionClass,
					unanimous: shown.unanimous || item.votes.some((ballot) => ballot.unanimous === true),
					votes: item.votes.flatMap((ballot) => sides.flatMap((side) => ballot[side].map((voter) => ({ side, voter: voter.name ? foldName(voter.name) : voter.party! })))),
					counts: item.votes.flatMap((ballot) => Object.entries(ballot.counts ?? {}).map(([side, count]) => ({ side, count: count! }))),
					absent: item.absent,
					substitutes: item.substitutes,
				};
			}),
		);
	}
}

const gold = readGold(join(repositoryRoot, parsed.values.gold));
const report = scoreClaims(gold, [...items.values()].flat(), [...meetings.values()]);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const number = (value: number) => value.toFixed(3);

io.out(`Guldsæt: ${report.items} punkter i ${new Set(gold.items.map((item) => item.meeting)).size} møder${report.missing.length > 0 ? `; ${report.missing.length} ikke fundet i arkivet: ${report.missing.join(', ')}` : ''}`);
io.out('');
io.out('| claim | claimed | right | in the gold | precision | recall |');
io.out('| --- | ---: | ---: | ---: | ---: | ---: |');
const decision = report.decision;
io.out(`| decision class (coverage ${percent(decision.coverage)}) | ${decision.labelled} | ${decision.right} | ${report.items - report.missing.length} | ${number(decision.precision)} | ${number(decision.recall)} |`);
for (const entry of report.scores) io.out(`| ${entry.kind} | ${entry.claimed} | ${entry.right} | ${entry.gold} | ${number(precision(entry))} | ${number(recall(entry))} |`);
io.out('');
const columns = [...new Set([...Object.values(decision.confusion).flatMap((row) => Object.keys(row))])].sort();
io.out(`| gold ↓ / claimed → | ${columns.join(' | ')} |`);
io.out(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
for (const [goldClass, row] of Object.entries(decision.confusion).sort()) io.out(`| ${goldClass} | ${columns.map((column) => row[column] ?? '').join(' | ')} |`);
io.out('');
io.out(`Ikke aflæst (${decision.unread.length}): ${decision.unread.join(', ') || 'ingen'}`);
if (parsed.values.verbose || decision.wrong.length <= 20) for (const wrong of decision.wrong) io.out(`forkert udfald: ${wrong.key}: guld ${wrong.gold}, arkivet ${wrong.claimed} («${wrong.evidence.slice(0, 100)}»)`);
if (parsed.values.verbose) {
	for (const [kind, { claimed, missed }] of Object.entries(report.wrong)) {
		for (const claim of claimed) io.out(`forkert ${kind}: ${claim}`);
		for (const claim of missed) io.out(`mangler ${kind}: ${claim}`);
	}
}
if (parsed.values.json) writeFileSync(parsed.values.json, `${JSON.stringify(report, null, '\t')}\n`);
