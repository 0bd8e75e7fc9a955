/** Zendesk's `via.channel` names mapped to the timeline's channels (voice tickets are calls). */
import type { EventChannel } from '../../../../shared/history';

const byVia: Readonly<Record<string, EventChannel>> = {
  voice: 'call',
  phone: 'call',
  email: 'email',
  mail: 'email',
  sms: 'sms',
  text: 'sms',
  native_messaging: 'sms',
  messaging: 'sms',
  whatsapp: 'sms',
  sunshine_conversations: 'sms',
  chat: 'ticket',
  web: 'ticket',
  web_form: 'ticket',
  web_widget: 'ticket',
  api: 'ticket',
  mobile: 'ticket',
  mobile_sdk: 'ticket',
};

/** The timeline channel of a ticket or comment that arrived `via` this Zendesk channel. */
export function channelForVia(via: string | undefined): EventChannel {
  return (via === undefined ? undefined : byVia[via.toLowerCase()]) ?? 'ticket';
}
