/** Types of test/harness/slowVendor.js (see there for why it is JavaScript). */
export interface SlowRequest {
	/** Path with query string, as it arrived. */
	url: string;
	/** 0 for the first request the vendor received, 1 for the next… */
	index: number;
}
export interface SlowAnswer {
	delayMs: number;
	status?: number;
	body: unknown;
}
export interface Seen {
	index: number;
	path: string;
	/** Requests open at the vendor when this one arrived (itself included). */
	openOnArrival: number;
	arrivedAt: number;
	answeredAt?: number;
}
export interface SlowVendor {
	baseUrl: string;
	seen: Seen[];
	maxOpen(): number;
	stop(): Promise<void>;
}
export declare function startSlowVendor(route: (request: SlowRequest) => SlowAnswer): Promise<SlowVendor>;
