/**
 * Danish function words, and the words a question is asked with ("hvorfor", "hvornår", "mit",
 * "vores"). Pagefind requires every word of a query that its index holds, so "samtaler med unge"
 * would demand a "med"; the search page leaves these out when the query has other words, and the
 * index never adds them as extra terms.
 */
export const stopWords: ReadonlySet<string> = new Set([
	'af', 'alle', 'at', 'blev', 'bliver', 'da', 'de', 'den', 'denne', 'der', 'deres', 'det', 'dette', 'du', 'efter', 'eller', 'en', 'er', 'et', 'for', 'fra', 'har',
	'hvad', 'hvem', 'hvilke', 'hvilken', 'hvilket', 'hvis', 'hvor', 'hvordan', 'hvorfor', 'hvornår', 'i', 'ikke', 'jeg', 'jeres', 'kan', 'man', 'mange', 'med', 'meget', 'min', 'mine', 'mit', 'men', 'mod', 'ned', 'når', 'og', 'om', 'op', 'os', 'over', 'på', 'sig', 'sin', 'skal', 'som', 'til',
	'ud', 'under', 'var', 'ved', 'vi', 'vores', 'være',
]);
