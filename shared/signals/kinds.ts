/**
 * The vocabulary of customer signals (issue 20), declared once: the kinds, the vulnerability
 * sub-kinds, the channels and places a customer can opt out of, the rule or guidance each kind
 * relates to and the catalog code of the action it suggests. Everything else derives from these.
 */

/** What a customer's words can tell the agent. The names are the contract (CLI, hosts). */
export const signalKinds = [
  'cease',
  'channel-opt-out',
  'inconvenient-time',
  'dispute',
  'bankruptcy',
  'breathing-space',
  'debt-adviser',
  'deceased',
  'vulnerability',
  'hardship',
  'anger',
  'distress',
  'payment-claimed',
  'promise',
  'third-party',
] as const;
export type SignalKind = (typeof signalKinds)[number];

/** The kinds the law acts on: the blind-batch recall goal for these is 95%, not 90%. */
export const legalSignalKinds: readonly SignalKind[] = [
  'cease',
  'dispute',
  'bankruptcy',
  'breathing-space',
  'deceased',
];

/** What kind of vulnerability the words point to. */
export const vulnerabilitySubKinds = [
  'health',
  'bereavement',
  'job-loss',
  'mental-health',
  'carer',
] as const;
export type VulnerabilitySubKind = (typeof vulnerabilitySubKinds)[number];

/** The ways of contacting a customer they can opt out of one by one (Reg F §1006.14(h)). */
export const contactChannels = ['phone', 'text', 'email', 'letter', 'messaging', 'visit'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** Places a customer names as inconvenient (Reg F §1006.6(b)(1)). */
export const contactPlaces = ['work', 'home'] as const;
export type ContactPlace = (typeof contactPlaces)[number];

/** The rule or guidance each kind relates to, as the tone findings cite theirs. */
export const signalRuleRefs: Readonly<Record<SignalKind, string>> = {
  cease: 'FDCPA §805(c); Reg F §1006.6(c)',
  'channel-opt-out': 'Reg F §1006.6(b), §1006.14(h)',
  'inconvenient-time': 'FDCPA §805(a)(1); Reg F §1006.6(b)(1)',
  dispute: 'FDCPA §809(b); Reg F §1006.34, §1006.38',
  bankruptcy: '11 U.S.C. §362 (automatic stay); CONC 7.3.4; Insolvency Act 1986',
  'breathing-space': 'Debt Respite Scheme (Breathing Space Moratorium) Regulations 2020',
  'debt-adviser': 'FDCPA §805(a)(2); CONC 7.3.7A; CONC 7.6.1',
  deceased: 'Reg F §1006.2(e) (estate); CONC 7.10.3; FCA deceased-customer guidance',
  vulnerability: 'FCA FG21/1 (vulnerable customers); Consumer Duty (PRIN 2A)',
  hardship: 'CONC 7.3.4, 7.3.5; FG21/1',
  anger: 'CONC 7.9; Consumer Duty (PRIN 2A)',
  distress: 'FG21/1; CONC 7.3.4',
  'payment-claimed': 'FDCPA §807(2)(A); CONC 7.5',
  promise: 'CONC 7.3.2',
  'third-party': 'FDCPA §805(b); Reg F §1006.6(d); GDPR Art. 6 (disclosure)',
};

/** The catalog code (shared/i18n) of what the agent should do about a signal. */
export type SignalAction = `signals.action.${SignalKind}` | 'signals.action.self-harm';

/** The action a signal of `kind` suggests; self-harm wording has its own (the procedure prompt). */
export function actionFor(kind: SignalKind, selfHarm = false): SignalAction {
  return selfHarm ? 'signals.action.self-harm' : `signals.action.${kind}`;
}
