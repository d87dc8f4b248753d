/**
 * A publication that could not be fetched: what was asked (`url`) and what came back, in the words
 * the summary prints. The run goes on with the other publications and exits 1.
 */
export class FetchError extends Error {
	override name = 'FetchError';
	readonly url: string;
	/** Worth asking again (a dropped connection, 429, a 5xx), as opposed to an answer that is wrong. */
	readonly transient: boolean;

	constructor(url: string, message: string, options: { cause?: unknown; transient?: boolean } = {}) {
		super(`${url}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
		this.url = url;
		this.transient = options.transient ?? false;
	}
}
