import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/site/archive.ts';

/**
 * Publishes each meeting's raw export byte for byte beside the archive (`/raadata/<kommune>/<fil>`),
 * so the "raw source" link works on any host, without the repository.
 */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.meetings.map((meeting) => ({ params: { path: meeting.data.source.replace(/^content\/raw\//, '') }, props: { source: meeting.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = async ({ props }) =>
	new Response(await readFile(props.source), { headers: { 'Content-Type': 'text/plain' } });
