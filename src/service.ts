/**
 * Builds the running service from a configuration: keys, store, log, HTTP app. With cli/ and
 * server.ts, the only place that constructs concrete objects.
 * @module
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, RequestHandler } from 'express';
import type { Config } from './config.ts';
import { createApp } from './http/app.ts';
import { healthRoutes } from './http/health-routes.ts';
import { logRoutes } from './http/log-routes.ts';
import { type LoadedLogIdentity, loadLogIdentity } from './keys/log-keys.ts';
import { rawEntries, VerifiableLog } from './log/log.ts';
import { LevelLogStore } from './storage/level-store.ts';

export interface Service {
  readonly config: Config;
  readonly app: Express;
  readonly log: VerifiableLog<Uint8Array, undefined>;
  readonly identity: LoadedLogIdentity;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops taking requests, finishes the batch in flight, closes the store. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly now?: () => number;
  /** Authorises entry-content reads (CONTRACT §7). */
  readonly readEntries: RequestHandler;
}

export async function openService(config: Config, options: ServiceOptions): Promise<Service> {
  const now = options.now ?? Date.now;
  const identity = await loadLogIdentity(config.keysDir, config.origin);
  const store = await LevelLogStore.open(config.dataDir);
  let log: VerifiableLog<Uint8Array, undefined>;
  try {
    log = await VerifiableLog.open({ store, identity, policy: rawEntries, now });
  } catch (e) {
    await store.close();
    throw e;
  }
  const startedAtMs = now();
  const app = createApp({
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
        readEntries: options.readEntries,
      }),
    ],
  });

  let server: Server | undefined;
  return {
    config,
    app,
    log,
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
        await new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeAllConnections();
      }
      await log.close();
    },
  };
}
