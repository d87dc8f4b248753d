import { isIP } from 'node:net';

/** IPv4 ranges no public portal or storage host is at: this machine, private networks, link-local (cloud metadata), CGNAT, multicast, reserved. */
const privateV4: readonly [number, number][] = [
	[0x00000000, 8], // "this network"
	[0x0a000000, 8], // 10/8
	[0x64400000, 10], // 100.64/10, carrier-grade NAT
	[0x7f000000, 8], // loopback
	[0xa9fe0000, 16], // 169.254/16, link-local and cloud metadata
	[0xac100000, 12], // 172.16/12
	[0xc0000000, 24], // 192.0.0/24, protocol assignments
	[0xc0000200, 24], // 192.0.2/24, documentation
	[0xc0a80000, 16], // 192.168/16
	[0xc6120000, 15], // 198.18/15, benchmarking
	[0xc6336400, 24], // 198.51.100/24, documentation
	[0xcb007100, 24], // 203.0.113/24, documentation
	[0xe0000000, 4], // multicast
	[0xf0000000, 4], // reserved, broadcast
];

function v4Number(address: string): number {
	return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

const inV4 = (value: number, [base, bits]: readonly [number, number]) => bits === 0 || value >>> (32 - bits) === base >>> (32 - bits);

/** The sixteen bytes of an IPv6 address, `::` and an embedded IPv4 tail expanded. */
function v6Bytes(address: string): number[] {
	let text = address.toLowerCase().replace(/%.*$/, '');
	const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (tail) {
		const v4 = v4Number(tail[1]!);
		text = `${text.slice(0, -tail[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
	}
	const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined];
	const left = head ? head.split(':') : [];
	const right = rest ? rest.split(':') : [];
	const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
	return groups.flatMap((group) => {
		const value = parseInt(group || '0', 16);
		return [value >> 8, value & 0xff];
	});
}

/** True for a loopback address (127/8, ::1, and IPv4 loopback mapped into IPv6). */
export function isLoopbackAddress(address: string): boolean {
	const family = isIP(address);
	if (family === 4) return address.startsWith('127.');
	if (family !== 6) return false;
	const bytes = v6Bytes(address);
	if (bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15] === 1) return true;
	const mapped = bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
	return mapped && bytes[12] === 127;
}

/**
 * True when an address is on the public internet: not this machine, not a private or link-local
 * network (where a cloud's metadata service answers), not multicast or reserved. A name that
 * resolves to such an address is refused, so that a portal's answer cannot point the fetcher at
 * the machine it runs on or the network behind it.
 */
export function isPublicAddress(address: string): boolean {
	const family = isIP(address);
	if (family === 4) return !privateV4.some((range) => inV4(v4Number(address), range));
	if (family !== 6) return false;
	const bytes = v6Bytes(address);
	// IPv4 mapped (::ffff:a.b.c.d) or compatible (::a.b.c.d): judged as the IPv4 address it is.
	if (bytes.slice(0, 10).every((byte) => byte === 0) && ((bytes[10] === 0xff && bytes[11] === 0xff) || (bytes[10] === 0 && bytes[11] === 0))) {
		if (bytes[10] === 0 && bytes.slice(12, 15).every((byte) => byte === 0) && bytes[15]! <= 1) return false; // :: and ::1
		return isPublicAddress(bytes.slice(12).join('.'));
	}
	const first = bytes[0]!;
	if (first === 0xff) return false; // multicast
	if ((first & 0xfe) === 0xfc) return false; // fc00::/7, unique local
	if (first === 0xfe && (bytes[1]! & 0xc0) === 0x80) return false; // fe80::/10, link-local
	if (first === 0xfe && (bytes[1]! & 0xc0) === 0xc0) return false; // fec0::/10, old site-local
	if (first === 0x20 && bytes[1] === 0x01 && bytes[2] === 0x0d && bytes[3] === 0xb8) return false; // 2001:db8::/32, documentation
	if (first === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b) return false; // 64:ff9b::/96 NAT64 may reach private IPv4
	return (first & 0xe0) === 0x20; // 2000::/3 is what is routed
}
