/** Contact history: the timeline types, summary, contact guards and outreach nudges. */
export * from './events';
export * from './guards';
export * from './nudge';
export * from './schema';
export * from './stage';
export * from './summary';
export * from './timeline';
export { isFlagKind } from './flag-kinds';
export { isValidTimeZone } from './localTime';
