import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { markdownFiles } from '../content/markdown-files.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { readYaml } from '../ingest/read-yaml.ts';
import { agendaItemSchema, attachmentSchema, meetingSchema, type CprAllowlist } from '../../schemas/index.ts';
import { cprAdvice, findCprNumbers } from './find-cpr-numbers.ts';
import { closedBodyLine, closedMessage } from './guard-publication.ts';
import type { Problem } from './problem.ts';


const exists = (path: string) => access(path).then(() => true, () => false);

/** Reads a content file's frontmatter against its schema; lines count from the top of the file. */
function readFrontmatter<Schema extends z.ZodType>(text: string, path: string, schema: Schema): { data?: z.output<Schema>; body: string; problem?: Problem } {
	const { yaml, body } = splitFrontmatter(text);
	if (yaml === '') return { body, problem: { path, line: 1, message: 'filen mangler frontmatter (--- … ---) øverst; gendan den med npm run ingest -- --force' } };
	try {
		return { data: readYaml(yaml, path, schema, 'frontmatter'), body };
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		// The frontmatter starts on line 2, below the opening "---".
		return { body, problem: { path, ...(error.line === undefined ? {} : { line: error.line + 1 }), message: error.message } };
	}
}

/**
 * The guards over what is committed in `content/meetings`, `content/cases` and `content/attachments`,
 * hand edits included: every file validates against its schema, holds no CPR number, points at raw
 * exports, a meeting and an item that exist, a closed item carries no text beyond its frontmatter,
 * and no attachment of a closed item is published.
 */
export async function checkContent(root: string, allowlist: CprAllowlist): Promise<Problem[]> {
	const problems: Problem[] = [];
	const meetings = new Set<string>();
	/** Each item's id, and whether it is closed. */
	const items = new Map<string, boolean>();
	for (const path of await markdownFiles(root, 'content/meetings')) {
		const text = await readFile(join(root, path), 'utf8');
		for (const hit of findCprNumbers(text, path, allowlist)) problems.push({ path, line: hit.line, message: `"${hit.text}" ${cprAdvice}` });
		const { data, problem } = readFrontmatter(text, path, meetingSchema);
		meetings.add(path.replace(/^content\/meetings\//, '').replace(/\.md$/, ''));
		if (problem) problems.push(problem);
		else if (data) {
			for (const source of new Set([data.source, ...data.publications.map((publication) => publication.source)])) {
				if (await exists(join(root, source))) continue;
				problems.push({ path, message: `råfilen ${source} findes ikke længere; gendan den, eller kør npm run ingest, så mødet (eller den udgave) tages ned` });
			}
		}
	}
	for (const path of await markdownFiles(root, 'content/cases')) {
		const text = await readFile(join(root, path), 'utf8');
		for (const hit of findCprNumbers(text, path, allowlist)) problems.push({ path, line: hit.line, message: `"${hit.text}" ${cprAdvice}` });
		const { data, problem } = readFrontmatter(text, path, agendaItemSchema);
		if (problem) {
			problems.push(problem);
			continue;
		}
		if (!data) continue;
		if (!meetings.has(data.meeting)) problems.push({ path, line: 2, message: `mødet "${data.meeting}" findes ikke i content/meetings/; ret feltet meeting, eller slet punktet` });
		const closedLine = data.closed ? closedBodyLine(text) : undefined;
		if (closedLine !== undefined) problems.push({ path, line: closedLine, message: closedMessage });
		items.set(path.replace(/^content\/cases\//, '').replace(/\.md$/, ''), data.closed);
	}
	for (const path of await markdownFiles(root, 'content/attachments')) {
		const text = await readFile(join(root, path), 'utf8');
		for (const hit of findCprNumbers(text, path, allowlist)) problems.push({ path, line: hit.line, message: `"${hit.text}" ${cprAdvice}` });
		const { data, problem } = readFrontmatter(text, path, attachmentSchema);
		if (problem || !data) {
			if (problem) problems.push(problem);
			continue;
		}
		const closed = items.get(data.item);
		if (closed === undefined) problems.push({ path, line: 2, message: `punktet "${data.item}" findes ikke i content/cases/; ret feltet item, eller slet bilaget og filen ved siden af` });
		else if (closed) problems.push({ path, line: 2, message: `bilaget hører til et lukket punkt (${data.item}) og må ikke udgives; slet det og filen ved siden af` });
		if (!(await exists(join(root, dirname(path), data.file)))) problems.push({ path, message: `bilagsfilen ${data.file} mangler ved siden af; kør npm run ingest -- --force` });
	}
	return problems;
}
