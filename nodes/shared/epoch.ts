/**
 * Epoch numbers typed or mapped into a date-time field (`{{ $json.StartTime }}`, `1732170000`), the same for every
 * vendor: below 10^11 a value is seconds (10 digits are seconds until the year 5138), from 10^11 up milliseconds
 * (10^11 ms is March 1973). So a 10-digit value is never read as milliseconds in January 1970.
 */
export const EPOCH_SECONDS_BELOW = 1e11;

/** An epoch number (seconds or milliseconds, see above) as epoch milliseconds. */
export function epochToMs(value: number): number {
	return Math.abs(value) < EPOCH_SECONDS_BELOW ? value * 1000 : value;
}

/** A text that is only digits (an epoch typed or mapped as text) as epoch milliseconds; undefined for anything else. */
export function epochTextToMs(text: string): number | undefined {
	const trimmed = text.trim();
	return /^\d{1,16}$/.test(trimmed) ? epochToMs(Number(trimmed)) : undefined;
}
