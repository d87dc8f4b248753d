import type { Archive } from './build-archive.ts';
import type { Paths } from './paths.ts';

/** Links from a vote's names and party letters to their pages, where the archive has them. */
export function voteLinks(archive: Archive, paths: Paths, municipality: string) {
	return {
		memberHref: (printed: string) => {
			const member = archive.member(municipality, printed);
			return member ? paths.member(municipality, member.slug) : undefined;
		},
		partyHref: (letter: string) => (archive.party(municipality, letter) ? paths.party(municipality, letter) : undefined),
	};
}
