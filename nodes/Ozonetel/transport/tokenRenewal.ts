import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { claimGeneration, forgetToken, GENERATION_CLAIM_MS, rememberToken, sharedToken } from '../../shared/ozonetelTokenLedger';

export const OZONETEL_CREDENTIAL = 'ozonetelApi';

/**
 * How long to wait (plus up to the same again at random, so two processes rejected at the same moment do not read
 * at the same moment again) before reading the stored credential a second time when the first read still holds the
 * rejected token. Another n8n process (a queue-mode worker) that generated a token saves it right after Ozonetel
 * answered; the second read catches that save instead of generating one more token, which would invalidate the other's.
 */
export const RE_READ_DELAY_MS = 300;

/** While another execution of this process generates the account's next token, look for it this often (ms). */
const CLAIM_POLL_MS = 50;

/** What to send after Ozonetel rejected a token. */
export type TokenRenewal =
	/** A token someone else already got: the stored credential (another process or run) or, in this process, another
	 * credential of the same account (then sent with the token emptied, see below). No token is generated. */
	| { kind: 'adopt'; source: 'stored' | 'shared'; credentials: ICredentialDataDecryptedObject }
	/** Nobody has a newer token: send these credentials (token emptied), so n8n runs preAuthentication, which
	 * generates a token and saves it in the credential. */
	| { kind: 'generate'; credentials: ICredentialDataDecryptedObject };

/** Any n8n context that can read the node's credential (execute, load-options, hook and poll functions). */
export interface CredentialReader {
	getCredentials(type: string, itemIndex: number): Promise<ICredentialDataDecryptedObject>;
}

async function readStored(ctx: CredentialReader, itemIndex: number): Promise<ICredentialDataDecryptedObject> {
	// getCredentials reads the credential from n8n's database every time (n8n 2.41 CredentialsHelper.getDecrypted),
	// never from a cache of this execution: the point is to see what another process saved.
	return await ctx.getCredentials(OZONETEL_CREDENTIAL, itemIndex);
}

function newer(stored: ICredentialDataDecryptedObject, rejected: string): string | undefined {
	const token = typeof stored.token === 'string' ? stored.token : '';
	return token !== '' && token !== rejected ? token : undefined;
}

/**
 * Ozonetel rejected `rejected`. Each new token invalidates the previous one, so generating is the last resort:
 *  1. re-read the stored credential: if another process (a worker, another execution) already renewed it, use that;
 *  2. else, in this process, another credential of the same account and API key may hold a newer token: use that;
 *  3. else wait RE_READ_DELAY_MS (plus jitter) and look once more (a renewal saved by another process just now);
 *  4. else, if another execution of this process is generating the next token already, wait for it and use it;
 *  5. else empty the token, so n8n's preAuthentication generates one and persists it.
 * The one place this order lives; the caller bounds how often it is asked (see ozonetelApiRequest).
 */
export async function renewRejectedToken(
	ctx: CredentialReader,
	itemIndex: number,
	rejected: string,
	shareKey: string,
): Promise<TokenRenewal> {
	forgetToken(shareKey, rejected);
	const look = async (): Promise<{ renewal?: TokenRenewal; stored: ICredentialDataDecryptedObject }> => {
		const stored = await readStored(ctx, itemIndex);
		const fromStore = newer(stored, rejected);
		if (fromStore !== undefined) {
			rememberToken(shareKey, fromStore);
			return { stored, renewal: { kind: 'adopt', source: 'stored', credentials: stored } };
		}
		if (sharedToken(shareKey, rejected) !== undefined) {
			// Sent with the token emptied: the credential's preAuthentication hands out this shared token (it generates
			// nothing while one is known) and n8n saves it in this credential too, so its next run starts with it.
			return { stored, renewal: { kind: 'adopt', source: 'shared', credentials: { ...stored, token: '' } } };
		}
		return { stored };
	};
	const first = await look();
	if (first.renewal) return first.renewal;
	await sleep(RE_READ_DELAY_MS + Math.floor(Math.random() * RE_READ_DELAY_MS));
	let last = await look();
	if (last.renewal) return last.renewal;
	if (!claimGeneration(shareKey)) {
		for (let waited = 0; waited < GENERATION_CLAIM_MS; waited += CLAIM_POLL_MS) {
			await sleep(CLAIM_POLL_MS);
			if (sharedToken(shareKey, rejected) !== undefined) {
				last = await look();
				if (last.renewal) return last.renewal;
			}
		}
		last = await look();
		if (last.renewal) return last.renewal;
	}
	return { kind: 'generate', credentials: { ...last.stored, token: '' } };
}
