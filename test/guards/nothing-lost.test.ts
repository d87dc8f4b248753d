import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkNothingLost } from '../../src/lib/ingest/4-documents/check-nothing-lost.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { toSourceLines } from '../../src/lib/ingest/2-read/source-lines.ts';

const raw = toSourceLines('Punkt 1: Budget\n\nSagen er drøftet.\n\n1. Godkendt\n2. Afvist\n\nSide 3 af 9');
const paragraph = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const list: RootContent = {
	type: 'list',
	ordered: true,
	start: 1,
	children: ['Godkendt', 'Afvist'].map((value) => ({ type: 'listItem', children: [paragraph(value) as never] })),
};
const document = (body: RootContent[]) => ({ path: 'cases/x/1.md', line: 1, data: { number: '1', title: 'Budget' }, body });
const furniture = { line: 9, words: ['side', '3', 'af', '9'], reason: 'sidefod' };
const attempt = (body: RootContent[], dropped = [furniture]) => () => checkNothingLost('content/raw/x/a.txt', raw, dropped, [document(body)]);

describe('the nothing-lost ledger', () => {
	it('accepts output that holds every word, in frontmatter, body or the drop report', () => {
		expect(attempt([paragraph('Punkt'), paragraph('Sagen er drøftet.'), list])).not.toThrow();
	});

	it('stops at the first line whose word is gone, naming file and line', () => {
		expect(attempt([paragraph('Punkt'), paragraph('Sagen er.'), list])).toThrow(IngestError);
		expect(attempt([paragraph('Punkt'), paragraph('Sagen er.'), list])).toThrow(/drøftet/);
		try {
			attempt([paragraph('Punkt'), paragraph('Sagen er.'), list])();
		} catch (error) {
			expect((error as IngestError).format()).toMatch(/^content\/raw\/x\/a\.txt:3: ord fra råteksten ville gå tabt \(drøftet\)/);
		}
	});

	it('counts: a word the raw text has twice must be in the output twice', () => {
		const twice = toSourceLines('Godkendt\nGodkendt');
		expect(() => checkNothingLost('a.txt', twice, [], [document([paragraph('Godkendt')])])).toThrow(/a\.txt|gå tabt/);
	});

	it('only excuses furniture that a parser reported', () => {
		expect(attempt([paragraph('Punkt'), paragraph('Sagen er drøftet.'), list], [])).toThrow(/side/);
	});
});
