/** The error alert's chunk (ErrorAlert.tsx), in a module of its own so callers can start it early. */
import { chunk } from './chunk';

export const errorAlert = chunk(() =>
  import(/* webpackChunkName: "error-alert" */ './ErrorAlert').then((module) => module.ErrorAlert),
);
