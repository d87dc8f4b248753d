import { FetchError } from '../fetch-error.ts';
import type { PortalSystem, PublicationFile } from '../portal-system.ts';
import { fetchedMeeting } from './firstagenda-json.ts';
import { listPublications } from './list-publications.ts';
import { meetingDocuments, meetingStatus } from './meeting-documents.ts';
import { pdfFrameSource } from './pdf-frame.ts';

/** The most a committee list or a meeting's JSON may be: the real list is 540 kB, a meeting of 34 items 724 kB. */
const jsonBytes = 50_000_000;
/** The document page is a few hundred bytes of HTML around the frame. */
const pageBytes = 1_000_000;

/** Parses an answer that must be JSON; what it is otherwise is the error. */
function parseJson(bytes: Buffer, url: string): unknown {
	try {
		// The file keeps its bytes as received; a byte order mark is only not JSON.
		return JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
	} catch (error) {
		throw new FetchError(url, `svarede med noget, der ikke er gyldig JSON (begynder ${JSON.stringify(bytes.subarray(0, 80).toString('utf8'))})`, { cause: error });
	}
}

/** A zod error as the line a summary shows: the first field that is wrong. */
function shapeError(url: string, error: unknown): FetchError {
	const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
	return new FetchError(url, `svarede med JSON af en anden form end FirstAgendas${issue ? ` (${issue.path.map(String).join('.') || 'roden'}: ${issue.message})` : ''}`, { cause: error });
}

/**
 * FirstAgenda Publication: a portal whose single-page app loads everything from a public JSON
 * backend. The committee list (`/api/agenda/udvalgsliste`) names every meeting with its id and
 * when it was released; `/api/agenda/dagsorden/{Id}` is one meeting, the JSON the FirstAgenda
 * layout reads; `/Vis/Pdf/bilag/{id}` is an HTML page whose `iframe#pdfframe` names the document's
 * PDF by a storage URL that expires after 300 seconds, so it is fetched at once.
 * @see ../../../../test/fixtures/fetch/firstagenda-hvidovre/README.md
 */
export const firstagenda: PortalSystem = {
	name: 'firstagenda',
	// The buckets FirstAgenda's pages name: firstagenda-4.s3.eu-west-1.amazonaws.com.
	storage: /^firstagenda(-\d+)?\.s3(\.[a-z0-9-]+)?\.amazonaws\.com$/,

	async list(source, municipality, client) {
		const url = new URL('/api/agenda/udvalgsliste', source.url).href;
		const answer = await client.get(url, { kind: 'json', maxBytes: jsonBytes, purpose: 'portal' });
		try {
			return listPublications(parseJson(answer.bytes, url), new URL(source.url), municipality);
		} catch (error) {
			if (error instanceof FetchError) throw error;
			throw shapeError(url, error);
		}
	},

	async fetch(source, publication, client, progress) {
		const url = new URL(`/api/agenda/dagsorden/${encodeURIComponent(publication.id)}`, source.url).href;
		const answer = await client.get(url, { kind: 'json', maxBytes: jsonBytes, purpose: 'portal' });
		const parsed = fetchedMeeting.safeParse(parseJson(answer.bytes, url));
		if (!parsed.success) throw shapeError(url, parsed.error);
		if (parsed.data.Id.toLowerCase() !== publication.id) throw new FetchError(url, `svarede med et andet møde (${parsed.data.Id})`);
		const meeting: PublicationFile = { id: 'meeting', kind: 'meeting', bytes: answer.bytes, url };
		progress?.(meeting);
		const files: PublicationFile[] = [meeting];
		for (const id of meetingDocuments(parsed.data)) {
			const page = new URL(`/Vis/Pdf/bilag/${id}`, source.url).href;
			const html = await client.get(page, { kind: 'html', maxBytes: pageBytes, purpose: 'portal' });
			const src = pdfFrameSource(html.bytes.toString('utf8'));
			if (!src) throw new FetchError(page, `svarede med en side uden iframe#pdfframe (begynder ${JSON.stringify(html.bytes.subarray(0, 80).toString('utf8').replace(/\s+/g, ' '))})`);
			// The address is signed for 300 seconds: asked for now, before the next document's page.
			const pdf = await client.get(new URL(src, page).href, { kind: 'pdf', maxBytes: client.maxFileBytes, purpose: 'file' });
			const file: PublicationFile = { id, kind: 'document', bytes: pdf.bytes, url: page };
			progress?.(file);
			files.push(file);
		}
		const status = meetingStatus(parsed.data);
		return { files, ...(status ? { status } : {}) };
	},
};
