// The agent picker of version 1.1 (Agent IDs): every agent, from GET /agent_statuses.
export * as loadOptions from './loadOptions';
