/**
 * Who signs an outreach message and where customers pay: the agent's name, the company name from
 * Tactful's settings (else the ticket's brand) and the settings' payment link. A name the host
 * cannot give is simply left out; the template then says what it still needs.
 */
import type { TactfulSettings } from '../../../shared/settings';
import { readAgentName } from './agent';
import { readTicketBrandName } from './ticket';
import type { ZafClient } from './zaf-client';

/** Who signs the message, and where customers pay by default. */
export interface Sender {
  agentName?: string;
  /** The company name from Tactful settings, else the ticket's brand. */
  companyName?: string;
  /** The payment link from Tactful settings; the agent may type another for this ticket. */
  paymentLink?: string;
}

/** The sender for a message from this ticket, with the admin's outreach settings. */
export async function readSender(
  client: ZafClient,
  outreach: TactfulSettings['outreach'],
): Promise<Sender> {
  const [agent, brand] = await Promise.all([readAgentName(client), readTicketBrandName(client)]);
  const sender: Sender = {};
  const agentName = agent.ok ? agent.value : undefined;
  const companyName = outreach.companyName || (brand.ok ? brand.value : undefined);
  if (agentName) sender.agentName = agentName;
  if (companyName) sender.companyName = companyName;
  if (outreach.paymentLink) sender.paymentLink = outreach.paymentLink;
  return sender;
}
