/**
 * The Fastify instance every route is registered on, before any route: our error shape for every
 * refusal (ours, Fastify's and Node's), request ids, zod for every input and reply, and each request
 * logged and measured.
 */
import { fastify, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from '../../../../shared/ports';
import { measureRequests } from '../observability/instrument';
import type { Metrics } from '../observability/metrics';
import { bindRequestIds, requestIdFor } from '../observability/requestContext';
import { drainOptions } from './draining';
import { answerClientErrors, answerFrameworkErrors } from './frameworkErrors';
import { answerFailures, invalidInput, logRequests, routeOf } from './replies';
import { signedContextOf } from './signedRequests';

/** A Fastify instance answering, logging and measuring the way all our routes do. */
export function createHttpApp(logger: Logger, metrics: Metrics): FastifyInstance {
  const app = fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    schemaErrorFormatter: invalidInput({}),
    // Fastify's and Node's own refusals (bad URL, over-long parameter, unreadable request) in our
    // error shape: their default bodies echo the URL, which may carry personal data.
    frameworkErrors: answerFrameworkErrors(logger),
    clientErrorHandler: answerClientErrors(logger),
    genReqId: requestIdFor,
    ...drainOptions,
  });
  bindRequestIds(app);
  // Every route's input and reply are the contract's zod schemas.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  answerFailures(app, logger);
  logRequests(app, logger, (request) => signedContextOf(request)?.portalId);
  measureRequests(app, metrics, routeOf);
  return app;
}
