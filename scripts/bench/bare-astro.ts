import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A bare default Astro site over the same Markdown, for the benchmark's ratio: the glob loader,
 * default Markdown (Sätteri), and one minimal page per entry with no features at all.
 */
export async function writeBareAstro(dir: string, contentDir: string, nodeModules: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	const files: Record<string, string> = {
		'package.json': '{ "name": "bare-astro", "private": true, "type": "module" }\n',
		'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache' });\n",
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
	cases: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(contentDir, 'cases'))} }) }),
	meetings: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(contentDir, 'meetings'))} }) }),
};
`,
		'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	const entries = [...(await getCollection('cases')), ...(await getCollection('meetings'))];
	return entries.map((entry) => ({ params: { id: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.committee ?? entry.id);
---
<html lang="da"><head><meta charset="utf-8" /><title>{title}</title></head><body><main><h1>{title}</h1><Content /></main></body></html>
`,
	};
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	await symlink(nodeModules, join(dir, 'node_modules'));
}
