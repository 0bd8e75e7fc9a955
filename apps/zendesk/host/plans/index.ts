/** The plan panel's Zendesk adapter: plan records, the ticket's plan tag and the reply draft. */
export * from './plan-records';
export * from './ticket-plan-tag';
export * from './reply-summary';
export * from './plan-setup';
export * from './signal-promise';
export * from './plan-ports';
