const transliterate: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', é: 'e', ß: 'ss' };

/**
 * A URL- and file-safe slug, transliterated as Danish URLs are written: æ→ae, ø→oe, å→aa.
 * "Arbejdsmarked, Erhverv og Turisme" → "arbejdsmarked-erhverv-og-turisme".
 */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[æøåäöüéß]/g, (char) => transliterate[char]!)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
