// Dropdowns loaded from the account (agents, queues, message subscriptions) and the resource locators' From List.
export * as loadOptions from './loadOptions';
export * as listSearch from './listSearch';
