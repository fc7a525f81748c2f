/** Types of test/harness/faultSandbox.js (see there for why it is JavaScript). */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export interface FaultSandbox {
	/** Base URL of the control server: GET /stats, POST /configure, POST /reset, GET /vendor-state. */
	control: string;
	urls: Record<'ccai' | 'udesk' | 'ozonetel' | 'zoho', string>;
	credentials: Array<{ id: string; name: string; type: string; data: ICredentialDataDecryptedObject }>;
	stop(): void;
}
export declare function startFaultSandbox(options?: { seed?: number; timeScale?: number; slowMs?: number }): Promise<FaultSandbox>;
export declare function rawRequest(
	url: string | URL,
	options?: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: unknown }>;
