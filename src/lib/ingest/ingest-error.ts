import { formatLocation } from './2-read/document/format-location.ts';
import type { Location } from './2-read/document/source-document.ts';

/**
 * A problem with an input that an editor can fix. The CLI prints it as `path:line: message` (or
 * with the page, or the path inside the file) with no stack trace; anything else that escapes
 * ingest is a bug in ingest.
 */
export class IngestError extends Error {
	override name = 'IngestError';
	readonly path: string;
	readonly at: Location | undefined;

	constructor(path: string, at: number | Location | undefined, message: string, options?: ErrorOptions) {
		super(message, options);
		this.path = path;
		this.at = typeof at === 'number' ? { line: at } : at;
	}

	/** The line, for a text file. */
	get line(): number | undefined {
		return this.at?.line;
	}

	/** `path:line: message`, the form editors' tools and CI annotations understand. */
	format(): string {
		return `${formatLocation(this.path, this.at)}: ${this.message}`;
	}
}
