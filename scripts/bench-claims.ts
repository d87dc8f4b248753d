#!/usr/bin/env node
// `npm run bench:claims`: the archive's readings of the minutes against the hand-read gold set (issue 25). See BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { precision, readArchive, readGold, recall, scoreClaims } from './bench/claims.ts';
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

const { items, meetings } = await readArchive(repositoryRoot);
const gold = readGold(join(repositoryRoot, parsed.values.gold));
const report = scoreClaims(gold, items, meetings);
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
io.out(`Beslutningens udfald, strengt (kun guldsættets første læsning, ikke den anden, det nævner): ${decision.strict} af ${decision.labelled} = ${number(decision.labelled === 0 ? 1 : decision.strict / decision.labelled)}`);
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
