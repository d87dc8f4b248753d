import { readFile } from 'node:fs/promises';
import type { Element, Root as HastRoot } from 'hast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { splitFrontmatter } from './split-frontmatter.ts';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

const textOf = (node: { type: string; value?: string; children?: unknown[] }): string =>
	node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((child) => textOf(child as never)).join('');

/**
 * Gives each section heading a visible "#" permalink and puts wide tables in a labelled, focusable
 * scroll region, so that keyboard users can scroll them (WCAG 2.1.1) and phones do not overflow.
 */
const rehypeArchive: Plugin<[], HastRoot> = () => {
	return (tree, file) => {
		const headings: Heading[] = [];
		const visit = (parent: HastRoot | Element) => {
			parent.children = parent.children.map((node) => {
				if (node.type !== 'element') return node;
				if (/^h[2-4]$/.test(node.tagName) && typeof node.properties.id === 'string') {
					const text = textOf(node as never);
					headings.push({ depth: Number(node.tagName[1]), slug: node.properties.id, text });
					node.children.push({
						type: 'element',
						tagName: 'a',
						properties: { className: ['anchor'], href: `#${node.properties.id}`, ariaLabel: `Link til afsnittet ${text}`, dataPagefindIgnore: '' },
						children: [{ type: 'text', value: '#' }],
					});
					return node;
				}
				if (node.tagName === 'table') {
					return { type: 'element', tagName: 'div', properties: { className: ['table'], tabIndex: 0, role: 'region', ariaLabel: 'Tabel' }, children: [node] };
				}
				visit(node);
				return node;
			});
		};
		visit(tree);
		(file.data as { headings?: Heading[] }).headings = headings;
	};
};

/**
 * One processor for the whole build. The Markdown was serialized by ingest from trees, so it holds
 * no raw HTML; `allowDangerousHtml` stays off regardless, and any HTML in a hand edit is dropped.
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeArchive).use(rehypeStringify).freeze();

/** Renders the body of a content file to HTML, with its headings for a table of contents. */
export async function renderMarkdownFile(filePath: string): Promise<{ html: string; headings: Heading[] }> {
	const { body } = splitFrontmatter(await readFile(filePath, 'utf8'));
	const file = await processor.process(body);
	return { html: String(file), headings: (file.data as { headings?: Heading[] }).headings ?? [] };
}
