import { isOfficialLine, officialRole, personName } from './person-name.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The participants the minutes call officials: by a role on their own line ("(sekretær)"), or by
 * a title the text puts before their name ("Områdechef Malene Toscani orienterede"). A participant
 * the minutes give no such title stays a member: nothing is guessed from the name.
 */
export function officialsAmong(participants: readonly string[], text: string): string[] {
	const byName = new Map(participants.map((participant) => [personName(participant).name, participant]));
	const officials = new Set(participants.filter(isOfficialLine));
	const names = [...byName.keys()].filter((name) => name.includes(' '));
	if (names.length > 0 && text) {
		// One pass over the text for every name: "<title> <name>". The title must start a word: without
		// the lookbehind the engine tries the title from every letter of every word, which was 7% of ingest.
		const titled = new RegExp(`(?<![\\p{L}-])([\\p{L}-]+)\\s+(${names.map(escape).join('|')})(?![\\p{L}])`, 'gu');
		for (const match of text.matchAll(titled)) {
			if (officialRole.test(match[1]!)) officials.add(byName.get(match[2]!)!);
		}
	}
	return participants.filter((participant) => officials.has(participant));
}
