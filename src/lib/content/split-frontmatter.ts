/** A Markdown file split into its YAML frontmatter and its body. */
export interface SplitFile {
	yaml: string;
	body: string;
}

/**
 * Splits `---\n<yaml>\n---\n<body>`. A file without frontmatter has an empty `yaml`; the schema then
 * says which fields are missing.
 */
export function splitFrontmatter(text: string): SplitFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : { yaml: '', body: text };
}
