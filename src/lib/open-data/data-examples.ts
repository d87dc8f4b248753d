/**
 * The data page's two examples, for a municipality's JSON Lines file and the OParl System: what a
 * journalist pastes into a terminal or a notebook. Python's standard library only, so nothing needs
 * installing first.
 */
export function dataExamples(jsonLines: string, system: string): { curl: string; python: string } {
	return {
		curl: [`# Hent alle punkter fra én kommune, ét punkt pr. linje`, `curl -O ${jsonLines}`, '', '# OParl: start ved systemobjektet, og følg dets links', `curl ${system}`].join('\n'),
		python: [
			'import json',
			'import urllib.request',
			'',
			`with urllib.request.urlopen("${jsonLines}") as response:`,
			'    for line in response:',
			'        item = json.loads(line)',
			'        print(item["date"], item["committee"], item["title"])',
		].join('\n'),
	};
}
