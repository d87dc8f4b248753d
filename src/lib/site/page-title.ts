/**
 * A page's `<title>`: the page, the municipality whose minutes it shows, then the archive
 * ("Punkt 2: Orientering · Greve Kommune · Referatarkiv"). A browser tab, a bookmark or a search
 * engine's result shows only the title, and "Punkt 2: Orientering" alone could be any council's.
 * A part the next one repeats is said once, so the municipality's own page is not "Greve Kommune ·
 * Greve Kommune", nor the front page "Referatarkiv · Referatarkiv".
 */
export function pageTitle(page: string, municipality: string | undefined, site: string): string {
	const parts = [page, municipality, site].filter((part): part is string => part !== undefined && part.trim() !== '');
	return parts.filter((part, index) => part !== parts[index + 1]).join(' · ');
}
