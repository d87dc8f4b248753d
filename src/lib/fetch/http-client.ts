import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { allowedAddress, allowedUrl, type HostPolicy } from './allowed-url.ts';
import { FetchError } from './fetch-error.ts';
import type { HostRate } from './host-rate.ts';
import { backoff, retryAfter } from './retry-after.ts';

/** What an endpoint gives, and the most of it that is taken. */
export interface Expected {
	kind: 'json' | 'html' | 'pdf';
	maxBytes: number;
	/** An API call or portal page (`portal`), or the file a page names (`file`, which may be on the storage host). */
	purpose: 'portal' | 'file';
}

export interface ClientOptions {
	policy: HostPolicy;
	rate: HostRate;
	userAgent: string;
	/** No byte for this long ends the try (a stalled answer); default 30 s. */
	idleMs?: number;
	/** One try's whole time, however slowly the bytes come; default 10 min. */
	deadlineMs?: number;
	/** Tries in all, the first included; default 4. */
	tries?: number;
	/** The first wait before a retry, doubled each time; default 1 s, at most `maxBackoffMs` (30 s). */
	backoffMs?: number;
	maxBackoffMs?: number;
	/** A `Retry-After` longer than this is not waited for: the publication fails and the next run tries again. Default 2 min. */
	maxRetryAfterMs?: number;
	/** The most one document may be; default 200 MB, what ingest reads of one file (`fileMegabytes`). */
	maxFileBytes?: number;
}

export interface Fetched {
	/** Where the bytes came from, after same-host redirects. */
	url: string;
	bytes: Buffer;
	contentType: string;
}

const accepts: Record<Expected['kind'], string> = { json: 'application/json', html: 'text/html', pdf: 'application/pdf' };
const types: Record<Expected['kind'], RegExp> = {
	json: /^(application\/([\w.+-]*\+)?json|text\/json)\b/i,
	html: /^text\/html\b/i,
	// Storage hosts label a PDF as the bucket was told to; the bytes are checked too.
	pdf: /^(application\/pdf|application\/octet-stream|binary\/octet-stream)\b/i,
};
const names: Record<Expected['kind'], string> = { json: 'JSON', html: 'en HTML-side', pdf: 'en PDF' };
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
/** The start of an answer, as a message quotes it. */
const quote = (bytes: Buffer) => JSON.stringify(bytes.subarray(0, 80).toString('utf8').replace(/\s+/g, ' ').trim());

interface Answer {
	status: number;
	statusText: string;
	headers: IncomingMessage['headers'];
	bytes: Buffer;
}

/**
 * GET over http(s) with the politeness and the guards of `npm run fetch`: every request waits its
 * host's turn (`HostRate`), names the archive in its User-Agent, has an idle timeout and a deadline,
 * and is retried with backoff on a dropped connection, 429 and 5xx (a `Retry-After` honoured), a few
 * times at most. It asks only what the host policy allows, connects only to public addresses (the
 * name is checked where it is resolved, so a name cannot turn private between check and connect),
 * follows a redirect only on the same host, refuses another content type than the endpoint's, and
 * stops reading at the size cap. Every error names the URL and what came back.
 */
export class HttpClient {
	/** Requests sent, retries included. */
	requests = 0;
	/** Bytes received in answers that were taken. */
	bytes = 0;
	private readonly options: Required<ClientOptions>;
	/** The size cap of a document (`ClientOptions.maxFileBytes`). */
	readonly maxFileBytes: number;
	private readonly lookup: LookupFunction;

	constructor(options: ClientOptions) {
		this.options = { idleMs: 30_000, deadlineMs: 600_000, tries: 4, backoffMs: 1000, maxBackoffMs: 30_000, maxRetryAfterMs: 120_000, maxFileBytes: 200_000_000, ...options };
		this.maxFileBytes = this.options.maxFileBytes;
		const policy = options.policy;
		this.lookup = ((hostname: string, lookupOptions: { all?: boolean }, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
			dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
				if (error) return callback(error, '');
				const refused = addresses.find((entry) => !allowedAddress(entry.address, policy));
				if (refused) return callback(new FetchError(hostname, `navnet peger på ${refused.address}, som ikke er en offentlig adresse; hentes ikke`), '');
				if (lookupOptions.all) return callback(null, addresses);
				return callback(null, addresses[0]!.address, addresses[0]!.family);
			});
		}) as LookupFunction;
	}

	/** The body of `text`, as `expected` says it must be. */
	async get(text: string, expected: Expected): Promise<Fetched> {
		const { tries, backoffMs, maxBackoffMs, maxRetryAfterMs, policy, rate } = this.options;
		let url = allowedUrl(text, policy, expected.purpose);
		let redirects = 0;
		let asked: number | undefined;
		let last: FetchError | undefined;
		for (let attempt = 1; attempt <= tries; attempt++) {
			if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, backoff(attempt, backoffMs, maxBackoffMs, asked)));
			asked = undefined;
			await rate.turn(url.host);
			let answer: Answer;
			try {
				answer = await this.once(url, expected);
			} catch (error) {
				if (!(error instanceof FetchError)) throw error;
				if (!error.transient) throw error;
				last = error;
				continue;
			}
			const { status } = answer;
			if (status >= 300 && status < 400 && answer.headers.location) {
				const target = allowedUrl(answer.headers.location, { ...policy, portal: url }, 'portal');
				if (target.host !== url.host) throw new FetchError(url.href, `viderestiller til en anden vært (${target.host}); hentes ikke`);
				if (++redirects > 3) throw new FetchError(url.href, 'viderestiller mere end tre gange');
				url = target;
				attempt--;
				continue;
			}
			if (status === 429 || status >= 500) {
				asked = retryAfter(answer.headers['retry-after'] as string | undefined);
				last = new FetchError(url.href, `svarede ${status} ${answer.statusText}`.trim(), { transient: true });
				if (asked !== undefined && asked > maxRetryAfterMs) throw new FetchError(url.href, `svarede ${status} og beder om at vente ${Math.round(asked / 1000)} s; prøves igen ved næste kørsel`);
				continue;
			}
			if (status !== 200) throw new FetchError(url.href, `svarede ${status} ${answer.statusText}${answer.bytes.length > 0 ? `: ${quote(answer.bytes)}` : ''}`.trim());
			const contentType = String(answer.headers['content-type'] ?? '');
			if (expected.kind === 'pdf' && !answer.bytes.subarray(0, 1024).includes('%PDF-')) throw new FetchError(url.href, `svarede med noget, der ikke er en PDF (${contentType || 'ingen indholdstype'}, begynder ${quote(answer.bytes)})`);
			this.bytes += answer.bytes.length;
			return { url: url.href, bytes: answer.bytes, contentType };
		}
		throw new FetchError(last!.url, `${last!.message.slice(last!.url.length + 2)} (${tries} forsøg)`, { cause: last });
	}

	/** One request: the answer's status and body, or a FetchError (transient where a retry may help). */
	private once(url: URL, expected: Expected): Promise<Answer> {
		const { idleMs, deadlineMs, userAgent } = this.options;
		this.requests++;
		return new Promise<Answer>((resolve, reject) => {
			let settled = false;
			const finish = (error: FetchError | undefined, answer?: Answer) => {
				if (settled) return;
				settled = true;
				clearTimeout(deadline);
				// Also after a whole answer: the connection is not kept, and an error page is not read to its end.
				request.destroy();
				if (error) reject(error);
				else resolve(answer!);
			};
			const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
			const request = send(url, {
				method: 'GET',
				headers: { 'user-agent': userAgent, accept: accepts[expected.kind], 'accept-encoding': 'identity' },
				lookup: this.lookup,
				// A fresh connection per request: none is left open between a night's publications.
				agent: false,
			});
			const deadline = setTimeout(() => finish(new FetchError(url.href, `svarede ikke færdig inden for ${Math.round(deadlineMs / 1000)} s`, { transient: true })), deadlineMs);
			request.setTimeout(idleMs, () => finish(new FetchError(url.href, `gik i stå: intet svar i ${Math.round(idleMs / 1000)} s`, { transient: true })));
			request.on('error', (error) => {
				if (error instanceof FetchError) return finish(error);
				const code = (error as NodeJS.ErrnoException).code;
				finish(new FetchError(url.href, `forbindelsen fejlede (${code ?? error.message})`, { cause: error, transient: code !== 'ENOTFOUND' }));
			});
			request.on('response', (response) => {
				const status = response.statusCode ?? 0;
				const contentType = String(response.headers['content-type'] ?? '');
				const length = Number(response.headers['content-length'] ?? NaN);
				const ok = status === 200;
				// Only the start of an error page or a wrong type is read, to quote it.
				const wrongType = ok && !types[expected.kind].test(contentType);
				const cap = ok && !wrongType ? expected.maxBytes : 512;
				if (ok && !wrongType && length > expected.maxBytes) return finish(new FetchError(url.href, `svaret er ${megabytes(length)}, over grænsen på ${megabytes(expected.maxBytes)}; hentes ikke`));
				const chunks: Buffer[] = [];
				let received = 0;
				response.on('data', (chunk: Buffer) => {
					received += chunk.length;
					if (received > cap) {
						if (ok && !wrongType) return finish(new FetchError(url.href, `svaret er over grænsen på ${megabytes(expected.maxBytes)}; afbrudt dér`));
						chunks.push(chunk.subarray(0, Math.max(0, cap - (received - chunk.length))));
						return done();
					}
					chunks.push(chunk);
				});
				const done = () => {
					const bytes = Buffer.concat(chunks);
					if (wrongType) return finish(new FetchError(url.href, `svarede med ${contentType || 'ingen indholdstype'}, hvor ${names[expected.kind]} hører hjemme (begynder ${quote(bytes)})`));
					finish(undefined, { status, statusText: response.statusMessage ?? '', headers: response.headers, bytes });
				};
				response.on('end', done);
				response.on('aborted', () => finish(new FetchError(url.href, 'forbindelsen blev afbrudt midt i svaret', { transient: true })));
				response.on('error', (error) => finish(new FetchError(url.href, `forbindelsen blev afbrudt midt i svaret (${(error as NodeJS.ErrnoException).code ?? error.message})`, { cause: error, transient: true })));
			});
			request.end();
		});
	}
}
