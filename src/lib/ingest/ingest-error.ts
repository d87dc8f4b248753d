/**
 * A problem with an input that an editor can fix. The CLI prints it as `path:line: message` with no
 * stack trace; anything else that escapes ingest is a bug in ingest.
 */
export class IngestError extends Error {
	override name = 'IngestError';
	readonly path: string;
	readonly line: number | undefined;

	constructor(path: string, line: number | undefined, message: string, options?: ErrorOptions) {
		super(message, options);
		this.path = path;
		this.line = line;
	}

	/** `path:line: message`, the form editors' tools and CI annotations understand. */
	format(): string {
		return `${this.path}${this.line === undefined ? '' : `:${this.line}`}: ${this.message}`;
	}
}
