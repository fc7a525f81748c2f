import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

/** The n8n contexts the transports are called from (actions, list methods, webhook hooks, polling triggers). */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IPollFunctions;

/**
 * Each credential is read (and decrypted) once per execution context: n8n's httpRequestWithAuthentication would read
 * it again on every request, which is most of a request's time. The decrypted credential is handed to n8n's helpers
 * as `{ credentialsDecrypted }`, so n8n's own authenticate/preAuthentication path still signs every request.
 * Keyed by the context object (one per node run), so nothing outlives the execution.
 */
const reads = new WeakMap<object, Map<string, Promise<ICredentialsDecrypted>>>();

function perContext(ctx: RequestContext): Map<string, Promise<ICredentialsDecrypted>> {
	let map = reads.get(ctx);
	if (map === undefined) {
		map = new Map();
		reads.set(ctx, map);
	}
	return map;
}

export async function credentialsOnce(ctx: RequestContext, type: string): Promise<ICredentialsDecrypted> {
	const map = perContext(ctx);
	let read = map.get(type);
	if (read === undefined) {
		read = (async () => {
			const data = await ctx.getCredentials<ICredentialDataDecryptedObject>(type);
			const reference = ctx.getNode().credentials?.[type];
			return { id: reference?.id ?? '', name: reference?.name ?? '', type, data };
		})();
		map.set(type, read);
		// a failed read is not kept: the next item tries again and shows its own error
		read.catch(() => map.delete(type));
	}
	return await read;
}

/** The decrypted data of `type` for this execution (see credentialsOnce). */
export async function credentialDataOnce(ctx: RequestContext, type: string): Promise<ICredentialDataDecryptedObject> {
	return (await credentialsOnce(ctx, type)).data ?? {};
}

/** Replaces the cached credential of this execution (after a token renewal). */
export function replaceCachedCredentials(ctx: RequestContext, credentials: ICredentialsDecrypted): void {
	perContext(ctx).set(credentials.type, Promise.resolve(credentials));
}
