#!/usr/bin/env node
// `npm run bench:hostile`: what the hostile files of issue 24 cost ingest. See BENCHMARKS.md.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { billionLaughs, deflatedZeros, docxOf, pdfStreamBomb, wordDocument, writeZip } from './bench/hostile-files.ts';
import { measuredIngest } from './bench/measured-ingest.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run bench:hostile --',
		summary:
			'Fjendtlige filer: lægger hver i sin egen midlertidige kopi af arkivet og kører ingest over den i en proces for sig. Skriver filens størrelse, exitkoden, tiden og processens største hukommelsesforbrug, og hvad ingest svarede; se BENCHMARKS.md.',
		options: {},
		examples: ['npm run bench:hostile'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);

const cases: [string, string, Uint8Array | string][] = [
	['bombe.zip', 'zip, én fil på 3 GB (sand størrelse i hovederne)', writeZip([{ name: 'bombe.txt', data: deflatedZeros(3000), deflated: true, declaredSize: 3_000_000_000 }])],
	['loegn.zip', 'zip, én fil på 3 GB, hovederne siger 1 kB', writeZip([{ name: 'a.txt', data: deflatedZeros(3000), deflated: true, declaredSize: 1000 }])],
	['mange.zip', 'zip med 100.000 filer', writeZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `${i}.txt`, data: new Uint8Array(), method: 0 as const })))],
	['bombe.docx', 'Word-fil med en del på 500 MB', docxOf(wordDocument(['Referat']), [{ name: 'word/media/x.bin', data: deflatedZeros(500), deflated: true, declaredSize: 500_000_000 }])],
	['bombe.xml', 'XML, "billion laughs"', billionLaughs('Publication')],
	['bombe.pdf', 'PDF, en side hvis indhold udpakkes til 2 GB', pdfStreamBomb(2000)],
];

io.out('| fil | hvad | bytes | exit | tid | største hukommelse | svar |');
io.out('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, what, bytes] of cases) {
	const root = await mkdtemp(join(tmpdir(), 'referatarkiv-hostile-'));
	try {
		await mkdir(join(root, 'content/raw/rudersdal'), { recursive: true });
		await writeFile(join(root, 'content/municipalities.yaml'), 'rudersdal:\n  name: Rudersdal Kommune\n');
		await writeFile(join(root, 'content/raw/rudersdal', name), bytes);
		const result = await measuredIngest(root, []);
		const answer = result.err.split('\n')[0]!.replace(/^[^:]+: /, '').split(';')[0];
		io.out(`| ${name} | ${what} | ${(bytes.length / 1e6).toFixed(1)} MB | ${result.code} | ${result.seconds.toFixed(2)} s | ${result.maxRssMb.toFixed(0)} MB | ${answer} |`);
	} finally {
		await rm(root, { recursive: true, force: true });
	}
}
