// The msw server for node (jest and the playground's mock API server).
import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { readContactDataFrom } from './hubspot/language';

export const server = setupServer(...handlers);
// The played backend's signals route reads the contact's data from the handlers tests set.
readContactDataFrom(server);
