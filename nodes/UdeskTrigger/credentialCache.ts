/**
 * The two credential fields callback verification needs (App ID, App Secret), cached in this n8n process's memory,
 * keyed by credential ID, for CACHE_TTL_MS. Reading a credential in a webhook costs n8n a database read, a decrypt
 * and an expression isolate per callback; under heavy callback traffic that is most of the trigger's time.
 *
 * - Per process: every n8n main / webhook process has its own cache; nothing is shared or written anywhere.
 * - Never logged, never stored in static data or outputs; only the verifier reads it.
 * - A rotated secret is picked up at once: when a signature (or AppId) does not match, the trigger re-reads the
 *   credential once, bypassing the cache, before it refuses the callback (UdeskTrigger.node.ts).
 */
export const CACHE_TTL_MS = 30_000;

export interface VerificationSecret {
	appId: string;
	secret: string;
}

interface Entry {
	value: Promise<VerificationSecret>;
	expiresAt: number;
}

const cache = new Map<string, Entry>();

/**
 * The cached value for `credentialId`, or `read()` (whose promise is shared by callbacks arriving while it runs).
 * `fresh` bypasses and replaces the cached value. Without a credential ID nothing is cached.
 */
export async function cachedSecret(
	credentialId: string | null | undefined,
	read: () => Promise<VerificationSecret>,
	{ fresh = false, now = Date.now() }: { fresh?: boolean; now?: number } = {},
): Promise<VerificationSecret> {
	if (credentialId === undefined || credentialId === null || credentialId === '') return await read();
	const hit = cache.get(credentialId);
	if (!fresh && hit !== undefined && hit.expiresAt > now) return await hit.value;
	const value = read();
	const entry = { value, expiresAt: now + CACHE_TTL_MS };
	cache.set(credentialId, entry);
	// A failed read is not remembered: the next callback tries again (the caller still sees the failure).
	value.catch(() => {
		if (cache.get(credentialId) === entry) cache.delete(credentialId);
	});
	return await value;
}

/** Tests only: an empty cache (a fresh n8n process). */
export function clearSecretCacheForTests(): void {
	cache.clear();
}
