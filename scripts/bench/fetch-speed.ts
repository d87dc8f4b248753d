import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFetch } from '../../src/lib/fetch/run-fetch.ts';
import { writePdf } from '../../test/helpers/make-pdf.ts';
import { listJson, meetingJson, recordedDocuments, recordedListing, startPortal, type ListedMeeting } from '../../test/helpers/portal-server.ts';

export interface FetchSpeed {
	scenario: string;
	publications: number;
	documents: number;
	megabytes: number;
	requests: number;
	/** Fetching and writing, the rate limit off. */
	fetchSeconds: number;
	/** Ingest over what was written, within the same run. */
	ingestSeconds: number;
	/** What the default politeness (one request a second per host) adds for the same requests. */
	politenessSeconds: number;
}

/** A one-page PDF of about `bytes`: its text, and an unreferenced stream of the rest (as scans and embedded fonts make real attachments large). */
function pdfOf(text: string, bytes: number): Uint8Array {
	const content = `BT /F1 11 Tf 72 760 Td (${text}) Tj ET`;
	const padding = 'x'.repeat(Math.max(0, bytes - 1000));
	return writePdf(
		['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', `<< /Length ${content.length} >>\nstream\n${content}\nendstream`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>', `<< /Length ${padding.length} >>\nstream\n${padding}\nendstream`],
		[5],
	);
}

/**
 * `npm run fetch` against the recorded FirstAgenda portal on loopback with the rate limit off:
 * `publications` publications of the recorded meeting (twelve documents each) of `documentBytes`
 * a document, fetched into a throwaway archive and ingested, in this process. The run's own
 * summary line gives fetch and ingest apart.
 */
export async function fetchSpeed(scenario: string, publications: number, documentBytes: number): Promise<FetchSpeed> {
	const ids = Array.from({ length: publications }, (_, index) => `${String(index + 1).padStart(8, '0')}-0000-4000-8000-000000000000`);
	const committees = ['Økonomiudvalget', 'Kommunalbestyrelsen', 'By- og Planudvalget', 'Kultur- og Fritidsudvalget'];
	const listed: ListedMeeting[] = ids.map((id, index) => {
		const day = String(1 + (index % 28)).padStart(2, '0');
		return { ...recordedListing, Id: id, committee: committees[index % committees.length]!, Dato: `2026-0${3 + Math.floor(index / 28)}-${day}T17:00:00+01:00`, ReleasedDate: `2026-02-${day}T10:00:00+01:00` };
	});
	const meetings = new Map(listed.map((entry) => [entry.Id, meetingJson(entry.Id, { committee: entry.committee, Dato: entry.Dato })]));
	const portal = await startPortal(meetings, listJson(listed));
	for (const id of recordedDocuments) portal.documents.set(id, pdfOf(`Dokument ${id}`, documentBytes));
	const root = await mkdtemp(join(tmpdir(), 'referatarkiv-bench-fetch-'));
	try {
		await mkdir(join(root, 'content'), { recursive: true });
		await writeFile(join(root, 'content/municipalities.yaml'), `hvidovre:\n  name: Hvidovre Kommune\n  source:\n    system: firstagenda\n    url: ${portal.url}\n`);
		const lines: string[] = [];
		const seconds = { fetch: 0, ingest: 0 };
		const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
		const code = await runFetch(['--rate', '0', '--since', '2026-01-01'], io, root, { today: '2026-05-20', measured: (phase, value) => (seconds[phase] = value) });
		if (code !== 0) throw new Error(`npm run fetch failed in the benchmark:\n${lines.join('\n')}`);
		const documents = publications * recordedDocuments.length;
		return {
			scenario,
			publications,
			documents,
			megabytes: (documents * documentBytes) / 1e6,
			requests: portal.requests.length,
			fetchSeconds: seconds.fetch,
			ingestSeconds: seconds.ingest,
			// One request a second to the one host the portal and its storage share here.
			politenessSeconds: portal.requests.length,
		};
	} finally {
		await portal.close();
		await rm(root, { recursive: true, force: true });
	}
}
