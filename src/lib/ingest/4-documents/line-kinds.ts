/** What a single non-blank line looks like on its own, before context decides what it is. */
export type LineShape =
	| { kind: 'row'; cells: string[] }
	| { kind: 'rule' }
	| { kind: 'item'; ordered: boolean; start?: number; text: string; indent: number; marker?: string }
	| { kind: 'text'; text: string; indent: number };

const months = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
/** Words after which "1." is an ordinal in a sentence ("2. behandling af budgettet"), not a list number. */
const ordinals = 'behandling(?:en)?|kvartal|halvår|gang|runde|udkast|version|etape|fase|sal|viceborgmester|næstformand|prioritet|klasse|division';
/** "1. behandle …", "2) at …" – but not "19. august 2019 gav udvalget …" or "2. behandling af …". */
const ordered = new RegExp(`^(\\d{1,3})[.)][ \\t]+(?!(?:${months}|${ordinals})\\b)(\\S.*)$`, 'i');
/** Bullets the exports use: •, ●, ▪, ◦, -, –, *, and Word's "o" sub-bullet. */
const bullet = /^([•●▪◦·*\-–]|o(?=[ \t]))[ \t]+(\S.*)$/;
/** "a. udfases", "b) Indsatsen …": Markdown has no lettered lists, so the letter stays in the text. */
const lettered = /^[a-zæøå][.)][ \t]+\S/;

/** Classifies one non-blank line. */
export function lineShape(text: string, indent: number): LineShape {
	const body = text.replace(/^ +/, '');
	if (body.includes('\t') && body.replace(/^\t+/, '').length > 0 && /\S\t|\t\S/.test(body)) {
		if (/^[-\t ]+$/.test(body)) return { kind: 'rule' };
		return { kind: 'row', cells: body.split('\t').map((cell) => cell.trim()) };
	}
	const trimmed = body.trim();
	const numbered = ordered.exec(trimmed);
	if (numbered) return { kind: 'item', ordered: true, start: Number(numbered[1]), text: numbered[2]!, indent };
	const bulleted = bullet.exec(trimmed);
	if (bulleted) {
		// "- o Porteføljelisten": a Word sub-bullet exported behind a dash.
		const inner = /^o[ \t]+(\S.*)$/.exec(bulleted[2]!);
		if (inner) return { kind: 'item', ordered: false, text: inner[1]!, indent: indent + 2, marker: 'o' };
		return { kind: 'item', ordered: false, text: bulleted[2]!, indent };
	}
	if (lettered.test(trimmed)) return { kind: 'item', ordered: false, text: trimmed, indent };
	return { kind: 'text', text: trimmed, indent };
}
