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
	// The line of a field, or of the nearest enclosing node when the field itself is missing.
	const lineOf = (key: string) => {
		const path = key === '' ? [] : key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
		for (let depth = path.length; depth >= 0; depth--) {
			const node = (depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true)) as { range?: [number] } | null | undefined;
			const pair = depth > 0 ? (document.getIn(path.slice(0, depth - 1), true) as { items?: { key?: { value?: unknown; range?: [number] } }[] } | undefined) : undefined;
			const keyNode = pair?.items?.find((item) => item.key?.value === path[depth - 1])?.key;
			const offset = keyNode?.range?.[0] ?? node?.range?.[0];
			if (offset !== undefined) return lineCounter.linePos(offset).line;
		}
		return undefined;
	};
	// reportInput: the issue then says whether a field was missing or of the wrong type.
	const result = schema.safeParse(document.toJS() ?? {}, { reportInput: true });
	if (!result.success) {
		const issue = result.error.issues[0]!;
		// An unknown key is reported at the key itself, so the line points at the typo.
		const field = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].join('.');
		throw new IngestError(path, lineOf(field), `${what}: feltet "${field || '(hele filen)'}" er ugyldigt: ${describeIssue(issue)}`, { cause: result.error });
	}
	// A list stays a list; lineOf is then an own, non-iterated property.
	if (Array.isArray(result.data)) return Object.defineProperty(result.data, 'lineOf', { value: lineOf }) as typeof result.data & { lineOf: typeof lineOf };
	return Object.assign(Object.create({ lineOf }), result.data);
}

const typeNames: Record<string, string> = {
	string: 'tekst',
	number: 'et tal',
	boolean: 'true eller false',
	array: 'en liste',
	object: 'felter (nøgle: værdi)',
	date: 'en dato som ÅÅÅÅ-MM-DD',
};

/** A zod issue in the words an editor needs: what is wrong and the form that is expected. */
export function describeIssue(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'feltet mangler' : `forventede ${typeNames[issue.expected] ?? issue.expected}`;
		case 'unrecognized_keys':
			return `ukendt felt; fjern det eller ret stavningen`;
		case 'invalid_value':
			return `skal være en af: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
		default:
			return issue.message;
	}
}
