import type { Nodes, RootContent } from 'mdast';

function inline(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'break') return '\n';
	return 'children' in node ? node.children.map(inline).join('') : '';
}

function block(node: RootContent, prefix = ''): string[] {
	switch (node.type) {
		case 'list':
			return node.children.flatMap((item, index) => {
				const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
				const [first, ...rest] = item.children.flatMap((child) => block(child, `${prefix}  `));
				return [`${prefix}${marker}${first?.trimStart() ?? ''}`, ...rest];
			});
		case 'table':
			return node.children.map((row) => prefix + row.children.map(inline).join('\t'));
		case 'yaml':
		case 'html':
		case 'code':
			return [];
		default:
			return [prefix + inline(node)];
	}
}

/**
 * The plain text of Markdown blocks, for frontmatter fields such as `decision`: one line per
 * paragraph line, list item ("1. Godkendt.") and table row (cells tab-separated).
 */
export function plainTextOf(nodes: readonly RootContent[]): string {
	return nodes.flatMap((node) => block(node)).join('\n').trim();
}
