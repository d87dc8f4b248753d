import { afterEach, describe, expect, test } from 'vitest';
import { tempRepo } from '../helpers/temp-repo.ts';

/** The registry's `source`, as `npm run check` holds it (its first guard is `ingest --check`, which loads the registry). */
let repo: Awaited<ReturnType<typeof tempRepo>> | undefined;
afterEach(async () => {
	await repo?.remove();
	repo = undefined;
});

const registry = (source: string) => `hvidovre:\n  name: Hvidovre Kommune\n  source:\n${source}`;

describe('a municipality\'s source in the registry', () => {
	test.each([
		['an unknown system', '    system: netpublicator\n    url: https://dagsordener.hvidovre.dk\n', 'content/municipalities.yaml:4: kommuneregistret: feltet "hvidovre.source.system" er ugyldigt: skal være en af: "firstagenda"'],
		['an address that is not https', '    system: firstagenda\n    url: http://dagsordener.hvidovre.dk\n', 'content/municipalities.yaml:5: kommuneregistret: feltet "hvidovre.source.url" er ugyldigt: skal begynde med https:// (ikke http:); kun en testportal på denne maskine (localhost, 127.0.0.1) må bruge http://'],
		['a malformed address', '    system: firstagenda\n    url: dagsordener.hvidovre.dk\n', 'content/municipalities.yaml:5: kommuneregistret: feltet "hvidovre.source.url" er ugyldigt: er ikke en gyldig webadresse; skriv portalens adresse, fx https://dagsordener.kommune.dk'],
		['an address with a path', '    system: firstagenda\n    url: https://dagsordener.hvidovre.dk/api/agenda\n', 'content/municipalities.yaml:5: kommuneregistret: feltet "hvidovre.source.url" er ugyldigt: skal være portalens adresse alene, uden sti, forespørgsel eller brugernavn, fx https://dagsordener.kommune.dk'],
		['another field', '    system: firstagenda\n    url: https://dagsordener.hvidovre.dk\n    key: hemmelig\n', 'content/municipalities.yaml:6: kommuneregistret: feltet "hvidovre.source.key" er ugyldigt: ukendt felt; fjern det eller ret stavningen'],
	])('%s is a clear error', async (_, source, message) => {
		repo = await tempRepo({ 'content/municipalities.yaml': registry(source), 'content/raw/.keep': '' });
		const { code, err } = await repo.ingest('--check');
		expect(code).toBe(1);
		expect(err.startsWith(message)).toBe(true);
	});

	test.each([['https://dagsordener-referater.hvidovre.dk'], ['http://127.0.0.1:8080'], ['http://localhost:3000/']])('%s is a portal', async (url) => {
		repo = await tempRepo({ 'content/municipalities.yaml': registry(`    system: firstagenda\n    url: ${url}\n`), 'content/raw/.keep': '' });
		expect(await repo.ingest('--check')).toMatchObject({ code: 0, err: '' });
	});
});
