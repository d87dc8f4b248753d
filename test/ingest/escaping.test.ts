import type { Nodes } from 'mdast';
import { describe, expect, test } from 'vitest';
import { words } from '../../src/lib/ingest/words.ts';
import { fileOf, ingestText, parseMarkdown } from '../helpers/ingest-text.ts';

const hostile = [
	'<script>alert("x")</script>',
	'[klik her](javascript:alert(1))',
	'<img src=x onerror="alert(1)">',
	'<!-- en kommentar -->',
	'*fed* og _kursiv_ og `kode`',
	'    fire mellemrum foran',
	'# ikke en overskrift',
	'> ikke et citat',
	'---',
	'| ikke | en | tabel |',
	'https://example.org/ og <https://example.org/>',
	'&amp; &#60; &lt;',
	'\\ en backslash',
	'[^1]: ikke en fodnote',
];

function nodeTypes(node: Nodes, into = new Set<string>()): Set<string> {
	into.add(node.type);
	if ('children' in node) for (const child of node.children) nodeTypes(child, into);
	return into;
}

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'break') return '\n';
	return 'children' in node ? node.children.map(textOf).join(node.type === 'paragraph' ? '' : '\n') : '';
}

const hostileText = ['Punkt 1: Farlig tekst', '', 'Sagsfremstilling', '', ...hostile.flatMap((line) => [line, ''])].join('\n');
const hostileResult = await ingestText(`REFERAT Erhvervsudvalget d. 15-09-2021\n\n${hostileText}`);

describe('raw text never becomes markup', () => {
	const result = hostileResult;
	const tree = parseMarkdown(fileOf(result, '/1.md'));

	test('the parsed Markdown holds only text structures', () => {
		const types = nodeTypes(tree);
		for (const type of ['html', 'image', 'code', 'inlineCode', 'emphasis', 'strong', 'blockquote', 'thematicBreak', 'table', 'footnoteDefinition', 'definition']) {
			expect(types, type).not.toContain(type);
		}
	});

	test('the only links are bare http(s) URLs, which GFM links as they stand', () => {
		const links: Nodes[] = [];
		const visit = (node: Nodes) => {
			if (node.type === 'link') links.push(node);
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
		for (const link of links) {
			expect(link.type === 'link' && link.url).toMatch(/^https?:\/\//);
			expect(textOf(link)).toBe(link.type === 'link' ? link.url : '');
		}
	});

	test.each(hostile)('%s renders as the literal text', (line) => {
		const paragraphs = tree.children.filter((node) => node.type === 'paragraph' || node.type === 'heading').map(textOf);
		expect(paragraphs).toContain(line.trim());
	});

	test('the text keeps every word', () => {
		const rendered = words(textOf(tree)).join(' ');
		for (const line of hostile) expect(rendered).toContain(words(line).join(' '));
	});
});
