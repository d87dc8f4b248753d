import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';

/** The one serializer configuration every generated file goes through. */
const options: Options = {
	bullet: '-',
	listItemIndent: 'one',
	rule: '-',
	emphasis: '_',
	fences: true,
	incrementListMarker: true,
	extensions: [gfmToMarkdown({ tablePipeAlign: false }), frontmatterToMarkdown(['yaml'])],
};

/**
 * YAML for frontmatter. Written as YAML 1.1 so that any value a 1.1 reader would misread
 * (`2021-09-15` as a date, `13:00` as a number, `no` as false) is quoted.
 */
export function toYaml(data: object): string {
	return stringify(data, { version: '1.1', lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

/** Serializes a document tree; text nodes are escaped, so raw text can never become markup. */
export function serializeMarkdown(tree: Root): string {
	return toMarkdown(tree, options);
}
