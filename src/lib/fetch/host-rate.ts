/**
 * At most `perSecond` requests to one host, counted from when each starts: the politeness the
 * portals are owed (one a second by default). Hosts are independent, so the storage host's files
 * do not wait for the portal's pages. `0` (or Infinity) turns it off, for benchmarks and tests.
 */
export class HostRate {
	private readonly gap: number;
	private readonly next = new Map<string, number>();
	/** Milliseconds spent waiting for a turn: the politeness delay a run's summary reports. */
	waited = 0;

	private readonly now: () => number;

	constructor(perSecond: number, now = () => performance.now()) {
		this.now = now;
		this.gap = perSecond > 0 && Number.isFinite(perSecond) ? 1000 / perSecond : 0;
	}

	/** Resolves when a request to `host` may start. */
	async turn(host: string): Promise<void> {
		if (this.gap === 0) return;
		const time = this.now();
		const at = Math.max(time, this.next.get(host) ?? 0);
		this.next.set(host, at + this.gap);
		if (at > time) {
			this.waited += at - time;
			await new Promise((resolve) => setTimeout(resolve, at - time));
		}
	}
}
