/** The Zendesk adapter for contact history: the requester's tickets, replies, notes and flags. */
export { channelForVia } from './channels';
export {
  changeContactFlag,
  changeFlagAsAgent,
  flagReasonMaxLength,
  recordFlagSuggestions,
  type FlagSuggestion,
  type FlagChangeError,
  type FlagChangeRequest,
} from './flags';
export { appendFlagChange, parseFlagLog, type FlagChange } from './flag-log';
export {
  readHistorySettings,
  defaultFlagLogField,
  type HistorySettings,
  type FlagFieldKeys,
} from './history-settings';
export { readHistoryCustomer, profileFromUser, type HistoryCustomer } from './profile';
export { readProfileUserId } from './profile-user';
export { openCustomerHistory, type HistoryReader, type OpenedHistory } from './open';
export {
  readTicketPage,
  readTicketReplies,
  requestedTicketsPath,
  ticketPageSize,
  type TicketEntry,
  type TicketPage,
} from './tickets';
