/** Customer signals (issue 20): what a customer's own words ask of the agent. */
export { readCustomerMessage } from './read';
export { suggestedFlags } from './flags';
export {
  actionFor,
  contactChannels,
  contactPlaces,
  legalSignalKinds,
  signalKinds,
  signalRuleRefs,
  vulnerabilitySubKinds,
  type ContactChannel,
  type ContactPlace,
  type SignalAction,
  type SignalKind,
  type VulnerabilitySubKind,
} from './kinds';
export type { CustomerReading, Signal, SignalOptions } from './types';
