import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makePdf } from './make-pdf.ts';

/**
 * A FirstAgenda portal on loopback for the fetch tests, serving the responses recorded from
 * Hvidovre's (`test/fixtures/fetch/firstagenda-hvidovre/`, see its README): the committee list,
 * the meeting JSON and the document page, whose iframe is pointed at this server's own storage
 * path. Every request is recorded with its time; faults can be set per path.
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/fetch/firstagenda-hvidovre/${name}`, import.meta.url));

export const recordedMeetingId = '0cad2b4d-c4a2-4583-a053-60704b2da0e5';
/** The recorded meeting, as received: Økonomiudvalget, 18 May 2026, the agenda. */
export const recordedMeeting = fixture(`dagsorden-${recordedMeetingId}.json`);
export const recordedList = fixture('udvalgsliste.json');
const recordedPage = fixture('vis-pdf-bilag.html').toString('utf8');

/** The recorded meeting's documents: each open item's own PDF and the attachments of item 3. */
export const recordedDocuments = (() => {
	const meeting = JSON.parse(recordedMeeting.toString('utf8')) as { Dagsordenpunkter: { IsOpen: boolean; Felter: { DocumentId: string }[]; Bilag: { Id: string }[] }[] };
	return meeting.Dagsordenpunkter.filter((item) => item.IsOpen).flatMap((item) => [...item.Felter.map((field) => field.DocumentId), ...item.Bilag.map((attachment) => attachment.Id)]);
})();

export interface ListedMeeting {
	Id: string;
	committee: string;
	Dato: string;
	ReleasedDate: string | null;
	Navn: string;
	Afsluttet: boolean;
}

/** The recorded meeting as the list names it (the trimmed recording lists other meetings only). */
export const recordedListing: ListedMeeting = { Id: recordedMeetingId, committee: 'Økonomiudvalget', Dato: '2026-05-18T17:00:00+02:00', ReleasedDate: '2026-05-12T22:55:02.1234567+02:00', Navn: 'Dagsorden', Afsluttet: false };

/** A committee list in the recorded shape, naming `meetings`. */
export function listJson(meetings: readonly ListedMeeting[]): string {
	const committees = [...new Set(meetings.map((meeting) => meeting.committee))].map((name, index) => ({
		Id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
		Navn: name,
		Moeder: meetings
			.filter((meeting) => meeting.committee === name)
			.map(({ committee: _, ...meeting }) => ({ MeetingBeginUtc: meeting.Dato, MeetingEndUtc: null, Sted: 'Hvidovre ', Moededeltagere: null, Description: null, ElasticSearchResults: null, SourceId: null, IsSupplementaryAgenda: /till/i.test(meeting.Navn), ...meeting })),
	}));
	return JSON.stringify({ Udvalg: { 'Udvalg 2026-2029': committees } });
}

/** The recorded meeting JSON given another id, name and state: another publication of a meeting. */
export function meetingJson(id: string, changes: { Navn?: string; Afsluttet?: boolean; Dato?: string; committee?: string } = {}): Buffer {
	const meeting = JSON.parse(recordedMeeting.toString('utf8')) as { Id: string; Udvalg: { Navn: string }; Moede: Record<string, unknown> };
	meeting.Id = id;
	if (changes.committee) meeting.Udvalg.Navn = changes.committee;
	Object.assign(meeting.Moede, { ...(changes.Navn ? { Navn: changes.Navn } : {}), ...(changes.Afsluttet !== undefined ? { Afsluttet: changes.Afsluttet } : {}), ...(changes.Dato ? { Dato: changes.Dato } : {}) });
	return Buffer.from(JSON.stringify(meeting));
}

export type Fault = 'status500' | 'reset' | 'stall' | 'html' | 'huge' | 'notPdf' | { status: number; headers?: Record<string, string> } | ((request: IncomingMessage, response: ServerResponse) => void);

export interface RecordedRequest {
	path: string;
	time: number;
	userAgent: string;
}

export interface Portal {
	url: string;
	requests: RecordedRequest[];
	/** The committee list served. */
	list: string;
	meetings: Map<string, Buffer>;
	documents: Map<string, Uint8Array>;
	/** Faults by exact path, each for `times` requests (all of them by default). */
	fault(path: string, fault: Fault, times?: number): void;
	clearFaults(): void;
	/** Bytes written to answers in all: a body of gigabytes must stop at the cap. */
	sent: number;
	/** The document page's iframe, for a test of a hostile page: the document id to its src. */
	frame: (id: string) => string;
	close(): Promise<void>;
}

/** A portal on 127.0.0.1 serving `meetings` (id to JSON) and PDFs for their documents. */
export async function startPortal(meetings: Map<string, Buffer> = new Map([[recordedMeetingId, recordedMeeting]]), list = listJson([recordedListing])): Promise<Portal> {
	const documents = new Map<string, Uint8Array>(recordedDocuments.map((id) => [id, makePdf([[`Dokument ${id}`, 'Tekst til søgning om Grenhusene']])]));
	const faults = new Map<string, { fault: Fault; left: number }>();
	const sockets = new Set<import('node:net').Socket>();
	const portal: Portal = {
		url: '',
		requests: [],
		list,
		meetings,
		documents,
		sent: 0,
		fault: (path, fault, times = Infinity) => void faults.set(path, { fault, left: times }),
		clearFaults: () => faults.clear(),
		frame: (id) => `${portal.url}/storage/${id}?X-Amz-Expires=300&amp;response-content-type=application%2Fpdf&amp;X-Amz-Signature=REDACTED`,
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
	const send = (response: ServerResponse, status: number, type: string, body: string | Uint8Array) => {
		const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
		portal.sent += bytes.length;
		response.writeHead(status, { 'content-type': type, 'content-length': String(bytes.length) });
		response.end(bytes);
	};
	const server = createServer((request, response) => {
		const path = request.url ?? '/';
		portal.requests.push({ path, time: performance.now(), userAgent: String(request.headers['user-agent'] ?? '') });
		const pending = faults.get(path.replace(/\?.*$/, ''));
		if (pending && pending.left > 0) {
			pending.left--;
			const { fault } = pending;
			if (typeof fault === 'function') return fault(request, response);
			if (fault === 'status500') return send(response, 500, 'text/html', '<h1>Server Error</h1>');
			if (fault === 'html') return send(response, 200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><body>Log ind</body></html>');
			if (fault === 'notPdf') return send(response, 200, 'application/pdf', '<html>not a pdf</html>');
			if (fault === 'reset') {
				response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '100000' });
				response.write('%PDF-1.4\n');
				return setTimeout(() => request.socket.destroy(), 5);
			}
			if (fault === 'stall') {
				response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '100000' });
				response.write('%PDF-1.4\n');
				return;
			}
			if (fault === 'huge') {
				response.writeHead(200, { 'content-type': 'application/pdf' });
				const chunk = Buffer.alloc(64 * 1024, 32);
				chunk.write('%PDF-1.4\n');
				// Gigabytes, as long as the client reads: it must hang up at its cap.
				const pump = () => {
					while (portal.sent < 4_000_000_000 && !response.destroyed) {
						portal.sent += chunk.length;
						if (!response.write(chunk)) return void response.once('drain', pump);
					}
				};
				response.on('close', () => response.destroy());
				return pump();
			}
			response.writeHead(fault.status, fault.headers);
			return response.end();
		}
		if (path === '/api/agenda/udvalgsliste') return send(response, 200, 'application/json; charset=utf-8', portal.list);
		const meeting = /^\/api\/agenda\/dagsorden\/([\w-]+)$/.exec(path);
		if (meeting && meetings.has(meeting[1]!)) return send(response, 200, 'application/json; charset=utf-8', meetings.get(meeting[1]!)!);
		const page = /^\/Vis\/Pdf\/bilag\/([\w-]+)$/.exec(path);
		if (page && documents.has(page[1]!)) return send(response, 200, 'text/html; charset=utf-8', recordedPage.replace(/src="[^"]*"/, `src="${portal.frame(page[1]!)}"`));
		const file = /^\/storage\/([\w-]+)\?/.exec(path);
		if (file && documents.has(file[1]!)) return send(response, 200, 'application/pdf', documents.get(file[1]!)!);
		send(response, 404, 'text/plain', 'Not found');
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	portal.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return portal;
}
