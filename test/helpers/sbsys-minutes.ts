import { strToU8, zipSync } from 'fflate';
import { unzip } from '../../src/lib/ingest/2-read/unzip.ts';

/**
 * Ballerup's final agenda (a real SBSYS package), made into its minutes as SBSYS would publish them
 * a week later: publication type 2 and a later time, each decision field filled, item 4 withdrawn
 * and item 5 retitled. For tests only: the archive publishes real minutes, never made ones.
 */
export async function minutesOf(agenda: Uint8Array): Promise<Uint8Array> {
	const { entries } = unzip(agenda);
	const xml = new TextDecoder().decode(entries.find((entry) => entry.name.endsWith('.xml'))!.bytes);
	const minutes = xml
		.replace('<PublicationTypeAsValue><![CDATA[1]]></PublicationTypeAsValue>', '<PublicationTypeAsValue><![CDATA[2]]></PublicationTypeAsValue>')
		.replace('<PublicationTypeAsEnum><![CDATA[Final]]></PublicationTypeAsEnum>', '<PublicationTypeAsEnum><![CDATA[Minutes]]></PublicationTypeAsEnum>')
		.replace('<Published><![CDATA[07-05-2013 11:16:47]]></Published>', '<Published><![CDATA[16-05-2013 09:30:00]]></Published>')
		.replace(/(<Caption><!\[CDATA\[Beslutning\]\]><\/Caption>[\s\S]*?)<Content><\/Content>/g, '$1<Content><![CDATA[<p>Godkendt.</p>]]></Content>')
		.replace(/<Item ID="114">[\s\S]*?<\/Item>\s*/, '')
		.replace('<Caption><![CDATA[Status på eDagsorden]]></Caption>', '<Caption><![CDATA[Status på eDagsorden og iPads]]></Caption>');
	return zipSync(Object.fromEntries(entries.map((entry) => [entry.name, entry.name.endsWith('.xml') ? strToU8(minutes) : entry.bytes])));
}
