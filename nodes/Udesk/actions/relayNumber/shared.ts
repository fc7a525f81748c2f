import type { IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { requirePattern } from '../../helpers/validation';

/** Relay numbers are PSTN numbers: digits, optionally with a leading + (international form). */
export function readRelayNumber(ctx: IExecuteFunctions, itemIndex: number): string {
	return requirePattern(
		ctx,
		readId(ctx, 'relayNumber', itemIndex),
		'Relay Number',
		/^\+?\d{3,20}$/,
		'a relay number is a phone number in digits, e.g. 057126200670',
		itemIndex,
	);
}
