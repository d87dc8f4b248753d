import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError } from './ingest-error.ts';

/**
 * Parses YAML and validates it against a schema; a syntax error or an invalid field becomes an
 * IngestError naming the file, the line and the expected form.
 */
export function readYaml<Schema extends z.ZodType>(text: string, path: string, schema: Schema, what: string): z.output<Schema> & { lineOf(key: string): number | undefined } {
	const lineCounter = new LineCounter();
	const document: Document = parseDocument(text, { lineCounter, version: '1.1', prettyErrors: false });
	const syntax = document.errors[0];
	if (syntax) {
		const line = lineCounter.linePos(syntax.pos[0]).line;
		throw new IngestError(path, line, `${what} er ikke gyldig YAML: ${syntax.message.split('\n')[0]}`, { cause: syntax });
	}
	const lineOf = (key: string) => {
		const node = document.getIn(key.split('.'), true) as { range?: [number] } | undefined;
		const pair = (document.contents as { items?: { key: { value?: unknown; range?: [number] } }[] } | null)?.items?.find(
			(item) => item.key?.value === key.split('.')[0],
		);
		const offset = node?.range?.[0] ?? pair?.key.range?.[0];
		return offset === undefined ? undefined : lineCounter.linePos(offset).line;
	};
	const result = schema.safeParse(document.toJS() ?? {});
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const field = issue.path.join('.');
		throw new IngestError(path, lineOf(field), `${what}: feltet "${field || '(hele filen)'}" er ugyldigt: ${issue.message}`, { cause: result.error });
	}
	return Object.assign(Object.create({ lineOf }), result.data);
}
