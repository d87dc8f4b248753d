import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { splitFrontmatter } from './split-frontmatter.ts';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

const textOf = (node: { type: string; value?: string; children?: unknown[] }): string =>
	node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((child) => textOf(child as never)).join('');

/**
 * Gives each heading an `id` as rehype-slug does (GitHub's slugs, numbered when repeated), each
 * section heading a visible "#" permalink, and puts wide tables in a labelled, focusable scroll
 * region, so that keyboard users can scroll them (WCAG 2.1.1) and phones do not overflow. One walk
 * of the tree: rehype-slug's own walk of every node was a tenth of rendering a page's Markdown.
 */
const rehypeArchive: Plugin<[], HastRoot> = () => {
	const slugs = new GithubSlugger();
	return (tree, file) => {
		slugs.reset();
		const headings: Heading[] = [];
		const visit = (parent: HastRoot | Element) => {
			// Raw HTML can only come from a hand edit (ingest escapes everything); it is dropped, not shown.
			parent.children = parent.children.filter((node) => (node.type as string) !== 'raw');
			parent.children = parent.children.map((node) => {
				if (node.type !== 'element') return node;
				const heading = /^h[1-6]$/.test(node.tagName);
				if (heading && node.properties.id === undefined) node.properties.id = slugs.slug(textOf(node as never));
				if (heading && /^h[2-4]$/.test(node.tagName) && typeof node.properties.id === 'string') {
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
				visit(node);
				if (node.tagName === 'table') {
					return { type: 'element', tagName: 'div', properties: { className: ['table'], tabIndex: 0, role: 'region', ariaLabel: 'Tabel' }, children: [node] };
				}
				return node;
			});
		};
		visit(tree);
		(file.data as { headings?: Heading[] }).headings = headings;
	};
};

/**
 * Sätteri (the Markdown parser Astro 7 ships, in Rust) turns Markdown into hast; the rehype plugins
 * and serializer run on that tree as they would after remark-rehype. The output is byte for byte what
 * remark-parse, remark-gfm and remark-rehype gave, at about 3× the speed (see BENCHMARKS.md).
 */
const processor = unified().use(rehypeArchive).use(rehypeStringify).freeze();

/** Renders the body of a content file to HTML, with its headings for a table of contents. */
export async function renderMarkdownFile(filePath: string): Promise<{ html: string; headings: Heading[] }> {
	// Synchronous: pages render one at a time, and an asynchronous read is four trips through the
	// thread pool that the page writes and the open-data thread share (BENCHMARKS.md, issue 18).
	const { body } = splitFrontmatter(readFileSync(filePath, 'utf8'));
	// Smart punctuation off: the public record keeps the quotes and dashes the minutes printed.
	const tree = markdownToHast(body, { position: false, features: { gfm: { footnotes: false }, frontmatter: false, smartPunctuation: false } }) as unknown as HastRoot;
	const file = new VFile();
	const html = processor.stringify((await processor.run(tree, file)) as HastRoot);
	return { html, headings: (file.data as { headings?: Heading[] }).headings ?? [] };
}
