import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../../../../../lib/site/archive.ts';
import { attachmentRoutes } from '../../../../../../../lib/site/attachment-routes.ts';

/** The attachment file itself, as the package carried it, beside its page. */
export const getStaticPaths = (async () =>
	attachmentRoutes(await getArchive()).map(({ params, attachment }) => ({
		params: { ...params, fil: attachment.data.file },
		props: { path: resolve(dirname(attachment.entry.filePath!), attachment.data.file) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const path = (props as { path: string }).path;
	const bytes = await readFile(path).catch((error: unknown) => {
		throw new Error(`${path}: bilagsfilen mangler ved siden af sin tekst; kør npm run ingest`, { cause: error });
	});
	return new Response(new Uint8Array(bytes));
};
