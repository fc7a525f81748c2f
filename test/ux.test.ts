/**
 * n8n's UX guidelines for what a user sees in the node panel, checked on every node and credential as n8n loads them
 * from dist/: CRUD operations carry n8n's names, labels are Title Case, descriptions sentence case. A new parameter
 * that breaks a guideline fails here with its path.
 */
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { loadPackage } from './harness/engine';

/** Words n8n keeps lower case inside a Title Case label. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'with']);

/** The words of a label that should start with a capital (ignores parentheses, numbers, hostnames and symbols). */
function notTitleCase(label: string): string[] {
	return label
		.replace(/\([^)]*\)/g, ' ')
		.split(/\s+/)
		.filter((word, index) => /^[a-z]/.test(word) && !word.includes('.') && !(index > 0 && MINOR_WORDS.has(word)));
}

interface Finding {
	path: string;
	text: string;
	problem: string;
}

function check(properties: INodeProperties[], path: string, findings: Finding[]) {
	for (const property of properties) {
		const here = `${path} → ${property.displayName}`;
		// A notice's "display name" is its text: a sentence, not a label.
		if (property.type !== 'notice' && notTitleCase(property.displayName).length > 0) {
			findings.push({ path: here, text: property.displayName, problem: 'label not in Title Case' });
		}
		if (property.description && /^[a-z]/.test(property.description)) {
			findings.push({ path: here, text: property.description, problem: 'description does not start with a capital' });
		}
		for (const option of property.options ?? []) {
			if ('displayName' in option && 'values' in option) {
				const collection = option as INodePropertyCollection;
				if (notTitleCase(collection.displayName).length > 0) {
					findings.push({ path: `${here} → ${collection.displayName}`, text: collection.displayName, problem: 'label not in Title Case' });
				}
				check(collection.values, `${here} → ${collection.displayName}`, findings);
			} else if ('displayName' in option) {
				check([option as INodeProperties], here, findings);
			} else {
				const choice = option as INodePropertyOptions;
				if (notTitleCase(choice.name).length > 0) {
					findings.push({ path: `${here} = ${String(choice.value)}`, text: choice.name, problem: 'option not in Title Case' });
				}
				if (choice.description && /^[a-z]/.test(choice.description)) {
					findings.push({ path: `${here} = ${String(choice.value)}`, text: choice.description, problem: 'description does not start with a capital' });
				}
			}
		}
	}
}

/** n8n's names for the CRUD operations, by the operation values this package uses for them. */
const CRUD_NAMES: Record<string, string> = { get: 'Get', getAll: 'Get Many', create: 'Create', update: 'Update', delete: 'Delete' };

describe("n8n's UX guidelines on every node", () => {
	test('labels are Title Case and descriptions start with a capital, in every node and credential', async () => {
		const loader = await loadPackage();
		const findings: Finding[] = [];
		for (const node of loader.types.nodes) check(node.properties, node.displayName, findings);
		for (const credential of loader.types.credentials) {
			if (notTitleCase(credential.displayName).length > 0) {
				findings.push({ path: credential.name, text: credential.displayName, problem: 'label not in Title Case' });
			}
			check(credential.properties, credential.displayName, findings);
		}
		expect(findings).toEqual([]);
	});

	test('CRUD operations are named Get, Get Many, Create, Update and Delete, and every delete-like one is called Delete', async () => {
		const loader = await loadPackage();
		const operations = loader.types.nodes.flatMap((node) =>
			node.properties
				.filter((property) => property.name === 'operation')
				.flatMap((property) => (property.options ?? []) as INodePropertyOptions[])
				.map((option) => ({ node: node.name, value: String(option.value), name: option.name, action: option.action })),
		);
		expect(operations.length).toBeGreaterThan(50);
		for (const operation of operations) {
			const expected = CRUD_NAMES[operation.value];
			if (expected) expect(operation).toEqual({ ...operation, name: expected });
			// Removing things is always "Delete" in n8n (the value may differ, so saved workflows keep working).
			if (/^(delete|remove)/i.test(operation.value)) expect(operation).toEqual({ ...operation, name: expect.stringMatching(/^Delete\b/) });
		}
		// (Sentence-case actions are enforced by n8n-node lint: node-param-operation-option-action-miscased.)
	});
});
