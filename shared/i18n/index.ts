export * from './translate';
export type { Catalog, MessageKey } from './messages/en';
