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
 * section heading a "#" permalink (shown on hover and focus), and puts wide tables in a labelled, focusable scroll
 * region, so that keyboard users can scroll them (WCAG 2.1.1) and phones do not overflow. One walk
 * of the tree: rehype-slug's own walk of every node was a tenth of rendering a page's Markdown.
 */
/** What a page leaves out of a body it shows otherwise: sections by their heading's text. */
export interface RenderOptions {
	/** A section whose heading this accepts is left out, heading and all (the decision an item page shows above its text). */
	omitSection?: (heading: string) => boolean;
}

const headingDepth = (node: HastRoot['children'][number]): number | undefined => (node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined);
const blank = (node: HastRoot['children'][number]) => node.type === 'text' && node.value.trim() === '';

/**
 * The body's top-level blocks without empty sections (a caption such as "Fremstilling" that only
 * introduces the next caption of its level) and without the sections `omit` accepts, up to the next
 * heading of their level or above. Returns the headings it left out for `omit`.
 */
function pruneSections(tree: HastRoot, omit: RenderOptions['omitSection']): string[] {
	const omitted: string[] = [];
	const kept: HastRoot['children'] = [];
	const children = tree.children;
	for (let index = 0; index < children.length; index++) {
		const node = children[index]!;
		const depth = headingDepth(node);
		if (depth === undefined) {
			kept.push(node);
			continue;
		}
		const next = children.slice(index + 1).find((candidate) => !blank(candidate));
		const nextDepth = next ? headingDepth(next) : 0;
		if (nextDepth !== undefined && nextDepth <= depth) continue;
		if (omit?.(textOf(node as never).trim())) {
			omitted.push(textOf(node as never).trim());
			while (index + 1 < children.length && (headingDepth(children[index + 1]!) ?? 7) > depth) index++;
			continue;
		}
		kept.push(node);
	}
	tree.children = kept;
	return omitted;
}

const rehypeArchive: Plugin<[], HastRoot> = () => {
	const slugs = new GithubSlugger();
	return (tree, file) => {
		slugs.reset();
		// The page's choice comes with the file, so that one frozen processor serves every page.
		const data = file.data as { omitSection?: RenderOptions['omitSection']; omitted?: string[] };
		data.omitted = pruneSections(tree, data.omitSection);
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

/**
 * Renders the body of a content file to HTML, with its headings for a table of contents and the
 * headings of the sections `options.omitSection` left out.
 */
export async function renderMarkdownFile(filePath: string, options: RenderOptions = {}): Promise<{ html: string; headings: Heading[]; omitted: string[] }> {
	// Synchronous: pages render one at a time, and an asynchronous read is four trips through the
	// thread pool that the page writes and the open-data thread share (BENCHMARKS.md, issue 18).
	const { body } = splitFrontmatter(readFileSync(filePath, 'utf8'));
	// Smart punctuation off: the public record keeps the quotes and dashes the minutes printed.
	const tree = markdownToHast(body, { position: false, features: { gfm: { footnotes: false }, frontmatter: false, smartPunctuation: false } }) as unknown as HastRoot;
	const file = new VFile();
	if (options.omitSection) (file.data as { omitSection?: RenderOptions['omitSection'] }).omitSection = options.omitSection;
	const html = processor.stringify((await processor.run(tree, file)) as HastRoot);
	return { html, headings: (file.data as { headings?: Heading[] }).headings ?? [], omitted: (file.data as { omitted?: string[] }).omitted ?? [] };
}
