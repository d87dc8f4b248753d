import type { AstroIntegration } from 'astro';
import type { Progress } from '../lib/cli/io.ts';
import { terminalIo } from '../lib/cli/progress.ts';

/**
 * Shows how far the page generation is: a bar on a terminal, a line every ten seconds in CI. Astro
 * prints a line per page but never a total, which at 90,000 pages says nothing about how long is
 * left. The default prerenderer is wrapped, not replaced, so Astro renders exactly as before: its
 * path list gives the total and each render counts one.
 */
export function buildProgress(): AstroIntegration {
	return {
		name: 'referatarkiv-build-progress',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((prerenderer) => {
					const { getStaticPaths, render, teardown } = prerenderer;
					let progress: Progress | undefined;
					prerenderer.getStaticPaths = async () => {
						const paths = await getStaticPaths.call(prerenderer);
						progress = terminalIo().progress!({ label: 'astro', total: paths.length, unit: 'sider' });
						return paths;
					};
					prerenderer.render = async (request, options) => {
						const response = await render.call(prerenderer, request, options);
						progress?.tick();
						return response;
					};
					prerenderer.teardown = async () => {
						progress?.stop();
						await teardown?.call(prerenderer);
					};
					return prerenderer;
				});
			},
		},
	};
}
