/**
 * How strongly a host marks a value (a verdict, a promise's state, a guard), decided once in the
 * feature's view model: each host maps these five codes to its own colours (Garden hues, HubSpot
 * tag variants), so "a broken promise is bad" cannot be red on one host and grey on the other.
 */
export const emphases = ['good', 'caution', 'bad', 'info', 'muted'] as const;

/** One of {@link emphases}: `info` is a plain fact, `muted` something no longer in play. */
export type Emphasis = (typeof emphases)[number];
