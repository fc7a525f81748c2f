// Dropdowns loaded from the account (agents, queues, message subscriptions): add them to these objects.
export * as loadOptions from './loadOptions';
