import type { HttpClient } from './http-client.ts';
import type { Source } from '../../schemas/municipality.ts';

/** What a publication is: an agenda, a supplementary agenda, or minutes. */
export type PublicationKind = 'dagsorden' | 'tillaegsdagsorden' | 'referat';

/**
 * One publication a portal lists: a meeting's agenda, its supplementary agenda or its minutes, as
 * published at one time. The same meeting published again (corrected, or taken down and put back)
 * is another publication, committed beside the first.
 */
export interface Publication {
	/** The municipality's slug. */
	municipality: string;
	/** The portal's id of what it published (FirstAgenda: the meeting's `Id`). */
	id: string;
	/** When the portal published this version, as it states it (`ReleasedDate`). */
	released: string;
	/** The meeting's date, `YYYY-MM-DD`, in Danish time. */
	date: string;
	committee: string;
	kind: PublicationKind;
	/** `status` for the sidecar, where the portal settles it: an agenda, or minutes that are closed. */
	status?: 'dagsorden' | 'referat';
	/** The meeting's page on the portal, for the sidecar's `url` and the pull request. */
	url: string;
	/** `released` as the sidecar's `published`: Danish local time, `YYYY-MM-DDTHH:MM`. */
	published: string;
}

/** One file of a publication, named by ids only, with the bytes as received. */
export interface PublicationFile {
	/** `meeting` (the JSON) or the id of the document (an item's PDF, an attachment). */
	id: string;
	kind: 'meeting' | 'document';
	bytes: Uint8Array;
	/** Where it was fetched from, for messages. */
	url: string;
}

/**
 * A portal system (`src/lib/fetch/<system>/`): how to list a portal's publications, and how to
 * fetch one with every file it takes. Both ask only through `client`, which holds the politeness
 * and the guards; both throw FetchError naming the URL and what came back.
 */
export interface PortalSystem {
	name: Source['system'];
	/** Host names the system keeps files on besides the portal (FirstAgenda's storage), for the host policy. */
	storage?: RegExp;
	list(source: Source, municipality: string, client: HttpClient): Promise<Publication[]>;
	/**
	 * The publication's files, its meeting JSON first, then each document it names, and the status
	 * its own JSON gives; or an error, never part of them.
	 */
	fetch(source: Source, publication: Publication, client: HttpClient, progress?: ((file: PublicationFile) => void) | undefined): Promise<{ files: PublicationFile[]; status?: 'dagsorden' | 'referat' }>;
}
