import { isIP } from 'node:net';
import { isLoopbackHost } from '../../schemas/municipality.ts';
import { FetchError } from './fetch-error.ts';
import { isLoopbackAddress, isPublicAddress } from './public-address.ts';

/** Where one portal's fetch may go: the registered portal, and the storage its system keeps files on. */
export interface HostPolicy {
	/** The portal's origin as registered. */
	portal: URL;
	/** Host names a file may come from besides the portal (FirstAgenda's storage buckets). */
	storage?: RegExp;
}

/** True when the registered portal is on this machine (a test's server): only then may loopback be asked. */
export const portalIsLoopback = (policy: HostPolicy): boolean => isLoopbackHost(policy.portal.hostname);

/** The host name without IPv6 brackets. */
const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/**
 * The URL to ask, or a FetchError saying why not: only the registered portal (an API call, the
 * page naming a file) or, for the file itself, the portal or its system's storage host; over https,
 * never with credentials, and never at a private, link-local or loopback address unless the
 * portal itself is on loopback. A redirect is checked the same way, from where it was asked.
 */
export function allowedUrl(text: string, policy: HostPolicy, purpose: 'portal' | 'file'): URL {
	let url: URL;
	try {
		url = new URL(text, policy.portal);
	} catch (error) {
		throw new FetchError(text, 'er ikke en gyldig webadresse', { cause: error });
	}
	const refuse = (why: string) => new FetchError(url.href, `${why}; hentes ikke`);
	const loopback = portalIsLoopback(policy);
	if (url.username || url.password) throw refuse('adressen indeholder brugernavn eller adgangskode');
	const onPortal = url.host === policy.portal.host && url.protocol === policy.portal.protocol;
	const onStorage = purpose === 'file' && url.protocol === 'https:' && url.port === '' && policy.storage?.test(url.hostname) === true;
	if (!onPortal && !onStorage) {
		if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(`skemaet ${url.protocol} er ikke https`);
		throw refuse(`værten ${url.host} er hverken portalen (${policy.portal.host})${purpose === 'file' ? ' eller systemets fillager' : ''}`);
	}
	if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) throw refuse(`skemaet ${url.protocol} er ikke https`);
	const host = bare(url.hostname);
	if (isIP(host) && !isPublicAddress(host) && !(loopback && isLoopbackAddress(host))) throw refuse(`adressen ${host} er ikke offentlig (privat, link-local eller denne maskine)`);
	if (!isIP(host) && isLoopbackHost(url.hostname) && !loopback) throw refuse(`${host} er denne maskine`);
	return url;
}

/** Whether a resolved address may be connected to: a public one, or loopback for a portal on loopback. */
export const allowedAddress = (address: string, policy: HostPolicy): boolean => isPublicAddress(address) || (portalIsLoopback(policy) && isLoopbackAddress(address));
