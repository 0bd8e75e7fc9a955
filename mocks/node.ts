// The msw server for node (jest and the playground's mock API server).
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
