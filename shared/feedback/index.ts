/** Agent feedback on the tone check: the record every host keeps, and its Zendesk record fields. */
export * from './feedback';
export * from './zendesk-record';
