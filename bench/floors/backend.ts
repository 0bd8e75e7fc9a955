/**
 * The backend floor: the least a backend answering the card's settings read can do. Fastify, the
 * same HubSpot v3 signature check (apps/hubspot/server/signature.ts, imported), and one read from
 * SQLite with the same store schema and statement as the real store; no zod, no replay table, no
 * logging hooks, no HubSpot calls. The real route it is measured against is GET /api/settings.
 */
import Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { verifyRequestV3 } from '../../apps/hubspot/server/signature';
import { sql, sqliteParameters } from '../../apps/hubspot/server/store/sql';
import { migrations } from '../../apps/hubspot/server/store/store';

/** A running floor backend. */
export interface BackendFloor {
  url: string;
  close(): Promise<void>;
}

/** Starts the floor on 127.0.0.1 with `settings` stored for `portalId`. */
export async function startBackendFloor(options: {
  clientSecret: string;
  portalId: number;
  settings: string;
}): Promise<BackendFloor> {
  const db = new Database(':memory:');
  for (const migration of migrations) db.exec(migration);
  db.prepare(sqliteParameters(sql.saveSettings)).run(
    options.portalId,
    options.settings,
    Date.now(),
  );
  const getSettings = db.prepare<[number], { settings: string }>(sqliteParameters(sql.getSettings));

  const app: FastifyInstance = Fastify({ logger: false });
  let origin = '';
  app.get('/api/settings', async (request, reply) => {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const verdict = verifyRequestV3(
      {
        method: request.method,
        url: `${origin}${request.url}`,
        body: '',
        timestamp: header('x-hubspot-request-timestamp'),
        signature: header('x-hubspot-signature-v3'),
      },
      options.clientSecret,
      Date.now(),
    );
    if (!verdict.ok) return reply.code(401).send({ error: verdict.reason });
    const portalId = Number((request.query as Record<string, unknown>)['portalId']);
    const row = getSettings.get(portalId);
    return reply
      .header('cache-control', 'no-store')
      .send({ settings: row === undefined ? {} : (JSON.parse(row.settings) as unknown) });
  });
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: origin,
    async close() {
      await app.close();
      db.close();
    },
  };
}
