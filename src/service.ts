/**
 * Builds the running service from a configuration: keys, store, ledger, HTTP app. With cli/
 * and server.ts, the only place that constructs concrete objects.
 * @module
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Express, type RequestHandler, Router } from 'express';
import { ChallengeStore } from './auth/challenges.ts';
import { TokenStore } from './auth/tokens.ts';
import type { Config } from './config.ts';
import { readsEverything } from './core/ledger/access.ts';
import { createApp } from './http/app.ts';
import { authRoutes } from './http/auth-routes.ts';
import { actorOf, authenticate } from './http/authenticate.ts';
import { directoryRoutes } from './http/directory-routes.ts';
import { entryRoutes } from './http/entry-routes.ts';
import { healthRoutes } from './http/health-routes.ts';
import { HttpError } from './http/http-errors.ts';
import { itemRoutes } from './http/item-routes.ts';
import { logRoutes } from './http/log-routes.ts';
import { openApiDocument } from './http/openapi.ts';
import { jsonBody, rateLimiter, securityHeaders } from './http/security.ts';
import { loadGenesisIdentity } from './keys/admin-keys.ts';
import { type LoadedLogIdentity, loadLogIdentity } from './keys/log-keys.ts';
import { BundleBuilder } from './ledger/bundle-builder.ts';
import { Ledger } from './ledger/ledger.ts';
import { LedgerQueries } from './ledger/ledger-queries.ts';
import { LevelLogStore } from './storage/level-store.ts';

export const VERSION = '0.1.0';

export interface Service {
  readonly config: Config;
  readonly app: Express;
  readonly ledger: Ledger;
  readonly queries: LedgerQueries;
  readonly identity: LoadedLogIdentity;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops taking requests, finishes the batch in flight, closes the store. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly now?: () => number;
  /** Requests per minute per address on the login endpoints. */
  readonly authRateLimit?: number;
}

export async function openService(config: Config, options: ServiceOptions = {}): Promise<Service> {
  const now = options.now ?? Date.now;
  const identity = await loadLogIdentity(config.keysDir, config.origin);
  const admin = await loadGenesisIdentity(config.keysDir, config.adminId);
  const store = await LevelLogStore.open(config.dataDir);
  let ledger: Ledger;
  try {
    ledger = await Ledger.open({
      store,
      identity,
      genesis: {
        ...admin,
        name: config.adminName,
        organisation: config.adminOrganisation,
        state: config.adminState,
      },
      now,
    });
    await ledger.bootstrap();
  } catch (e) {
    await store.close();
    throw e;
  }
  const log = ledger.log;
  const queries = new LedgerQueries(store, ledger.states);
  const bundles = new BundleBuilder(queries, log.reader, () => log.head(), identity.verifierKey, now);
  const tokens = new TokenStore(now);
  const requireActor = authenticate({ tokens, queries, now });
  const json = jsonBody();
  const readWholeLog: RequestHandler = (_req, res, next) => {
    if (!readsEverything(actorOf(res)))
      return next(new HttpError(403, 'forbidden', 'entry bundles are for administrators and auditors'));
    next();
  };
  const openapi = Router().get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(VERSION));
  });

  const startedAtMs = now();
  const app = createApp({
    before: [securityHeaders],
    routers: [
      healthRoutes({
        treeSize: () => log.head().checkpoint.size,
        failure: () => log.failure(),
        startedAtMs,
        now,
      }),
      logRoutes({
        reader: log.reader,
        checkpointNote: () => log.head().note,
        verifierKey: identity.verifierKey,
        readEntries: [requireActor, readWholeLog],
      }),
      authRoutes({
        challenges: new ChallengeStore(now),
        tokens,
        queries,
        now,
        json,
        limit: rateLimiter({ windowMs: 60_000, limit: options.authRateLimit ?? 60, what: 'login attempts' }),
      }),
      entryRoutes({ ledger, queries, authenticate: requireActor, json }),
      itemRoutes({ queries, bundles, authenticate: requireActor }),
      directoryRoutes({ queries, authenticate: requireActor }),
      openapi,
    ],
  });

  let server: Server | undefined;
  return {
    config,
    app,
    ledger,
    queries,
    identity,
    listen: () =>
      new Promise((resolve, reject) => {
        const s = app.listen(config.port, config.host, (err?: Error) => {
          if (err) return reject(err);
          const { port } = s.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          resolve(`http://${host}:${port}`);
        });
        server = s;
      }),
    close: async () => {
      if (server) {
        const s = server;
        const closed = new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeIdleConnections();
        await closed;
      }
      await ledger.close();
    },
  };
}
