/**
 * Builds the running service from a configuration: keys, store, ledger, HTTP app. With cli/
 * and server.ts, the only place that constructs concrete objects.
 * @module
 */
import type { RequestListener } from 'node:http';
import { ChallengeStore } from './auth/challenges.ts';
import { SessionMac } from './auth/session-mac.ts';
import { TokenStore } from './auth/tokens.ts';
import { SequencerLease, waitForLog } from './cluster/sequencer-lease.ts';
import { type Config, storeLocation, trustStorePath } from './config/environment.ts';
import { readWitnessEndpoints } from './config/witness-endpoints.ts';
import { adminRoutes } from './http/admin-routes.ts';
import { createApp } from './http/app.ts';
import { type WriteRoute, withAppendLane } from './http/append-lane.ts';
import { authRoutes } from './http/auth-routes.ts';
import { authenticate, requireWholeLogReader } from './http/authenticate.ts';
import { consoleRoutes } from './http/console-routes.ts';
import { designationRoutes } from './http/designation-routes.ts';
import { directoryRoutes } from './http/directory-routes.ts';
import { entryRoutes } from './http/entry-routes.ts';
import { eventRoutes } from './http/event-routes.ts';
import { healthRoutes } from './http/health-routes.ts';
import { HttpServer } from './http/http-server.ts';
import { integrityGuard } from './http/integrity-guard.ts';
import { itemRoutes } from './http/item-routes.ts';
import { jsonBody } from './http/json-body.ts';
import { logRoutes } from './http/log-routes.ts';
import { mapRoutes } from './http/map-routes.ts';
import { metricsRoutes } from './http/metrics-routes.ts';
import { openApiRoutes } from './http/openapi.ts';
import { reportRoutes } from './http/report-routes.ts';
import { retentionRoutes } from './http/retention-routes.ts';
import { rateLimiter, securityHeaders } from './http/security.ts';
import { tlogProofRoutes } from './http/tlog-proof-routes.ts';
import { MAX_TRANSFER_BODY_BYTES, transferRoutes } from './http/transfer-routes.ts';
import { verifyPageRoutes } from './http/verify-page-routes.ts';
import { loadGenesisIdentity } from './keyring/admin-keys.ts';
import { type LoadedLogIdentity, loadLogIdentity } from './keyring/log-keys.ts';
import { BundleBuilder } from './ledger/bundle-builder.ts';
import { EventSearch } from './ledger/event-search.ts';
import { Ledger } from './ledger/ledger.ts';
import { LedgerQueries } from './ledger/ledger-queries.ts';
import { IntegrityMonitor } from './log/integrity-monitor.ts';
import { Timestamper } from './log/timestamper.ts';
import { WitnessCoordinator } from './log/witness-coordinator.ts';
import { createLogger, logRequest, requestLogger } from './observability/logger.ts';
import { Metrics } from './observability/metrics.ts';
import { nodeFontSource } from './report/node-font-source.ts';
import { writeBackup } from './storage/backup.ts';
import { openStore } from './storage/open-store.ts';
import { PostgresLogStore } from './storage/postgres-store.ts';

export { VERSION } from './version.ts';

import { readTrustStore } from './cli/trust-store-file.ts';
import { VERSION } from './version.ts';

export interface Service {
  readonly config: Config;
  /** Serves every request: the append lane for `POST /v1/entries`, Express for the rest. */
  readonly handler: RequestListener;
  readonly ledger: Ledger;
  readonly queries: LedgerQueries;
  readonly identity: LoadedLogIdentity;
  readonly witnesses: WitnessCoordinator;
  /** Resolves when the background audit of the store (CUSTOS_STARTUP_AUDIT) has finished. */
  integrityCheck(): Promise<'ok' | 'failed' | 'not checked'>;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops taking requests, finishes the batch in flight, closes the store. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly now?: () => number;
  /** Where logs go (default: stdout). */
  readonly logDestination?: NodeJS.WritableStream;
  /** Requests per minute per address on the login endpoints. */
  readonly authRateLimit?: number;
}

/** The one-time history map migration of an older store, on stderr: before the logger exists. */
function reportMapMigration(done: number, total: number): void {
  const step = Math.max(1, Math.floor(total / 10));
  if (done === total || done % step < 4096)
    process.stderr.write(`custos: building the history map from the log: ${done} of ${total} entries\n`);
}

/** The one-time event records migration of an older store, on stderr, like the map's. */
function reportEventsMigration(done: number, total: number): void {
  const step = Math.max(1, Math.floor(total / 10));
  if (done === total || done % step < 4096)
    process.stderr.write(
      `custos: building the search of events' index from the log: ${done} of ${total} entries\n`,
    );
}

export async function openService(config: Config, options: ServiceOptions = {}): Promise<Service> {
  const now = options.now ?? Date.now;
  const identity = await loadLogIdentity(config.keysDir, config.origin, {
    mldsa44: config.logMldsa44 === 'on',
  });
  const admin = await loadGenesisIdentity(config.keysDir, config.adminId);
  const store = await openStore(storeLocation(config));
  // On PostgreSQL several processes may share the store: the one with the write lease sequences.
  const shared = store instanceof PostgresLogStore ? store : undefined;
  let leaseLost = (_why: Error) => {};
  let ledger: Ledger;
  try {
    if (shared && !(await shared.acquireWriteLease((why) => leaseLost(why)))) await waitForLog(shared);
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
      mapProgress: reportMapMigration,
      eventsProgress: reportEventsMigration,
    });
    if (!shared?.holdsWriteLease() && shared)
      ledger.log.standBy(new Error('another process is the sequencer; retry'));
    else await ledger.bootstrap();
  } catch (e) {
    await store.close();
    throw e;
  }
  const log = ledger.log;
  const queries = new LedgerQueries(store, ledger.states);
  const logger = createLogger(config.logLevel, options.logDestination);
  const lease = shared
    ? new SequencerLease({
        store: shared,
        ledger,
        verifier: identity.verifier,
        report: (event, detail) => logger.warn(detail ?? {}, event),
      })
    : undefined;
  leaseLost = (why) => lease?.lost(why);
  let lastCommitMs = now();
  log.onCommit(() => {
    lastCommitMs = now();
  });
  const integrity = new IntegrityMonitor(store, identity.verifier, (report) => {
    const first = report.findings[0];
    logger.fatal(
      { findings: report.findings.slice(0, 20) },
      'the background audit found the store altered; refusing appends and data reads',
    );
    log.halt(
      new Error(
        `integrity check failed: ${first ? `${first.record}: ${first.message}` : 'see custos audit'}`,
      ),
    );
  });
  const audited = config.startupAudit === 'on' ? integrity.run() : Promise.resolve();
  let closing = false;
  // Proofs after start-up should not each wait for their shard's first read: read them all now.
  const warmed = (log.map?.warm(() => closing) ?? Promise.resolve(0)).catch((e: unknown) => {
    if (!closing)
      logger.error({ err: e instanceof Error ? e.message : String(e) }, 'history map warm-up stopped');
  });
  // A first search within a logged-time window should not wait for the logged-time index's read.
  const events = new EventSearch(store, queries);
  const eventsWarmed = events
    .warm(log.head().checkpoint.size, () => closing)
    .catch((e: unknown) => {
      if (!closing)
        logger.error({ err: e instanceof Error ? e.message : String(e) }, 'search of events warm-up stopped');
    });
  const witnesses = new WitnessCoordinator(
    await readWitnessEndpoints(config.witnesses),
    store,
    log.reader,
    () => log.head(),
    { now },
  );
  // Only the sequencer asks witnesses and TSAs: a follower's head moves by adoption.
  log.onCommit(() => log.leading() && witnesses.poke());
  await witnesses.start();
  const tsaUrls = config.tsaUrls
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const timestamper = new Timestamper(tsaUrls, store, () => log.head(), {
    intervalMs: config.tsaIntervalMs,
    now,
  });
  log.onCommit(() => log.leading() && timestamper.poke());
  await timestamper.start();
  const bundles = new BundleBuilder(
    queries,
    log.reader,
    async () => {
      const witnessed = await witnesses.witnessedHead();
      await timestamper.covering(witnessed.head.checkpoint.size, 3000);
      return witnessed;
    },
    identity.verifierKey,
    now,
    store,
    log.map,
  );

  const sessionMac = new SessionMac(identity.sessionKey);
  const tokens = new TokenStore(sessionMac, now);
  const requireActor = authenticate({ tokens, queries, now });
  const json = jsonBody();

  const metrics = new Metrics({
    treeSize: () => log.head().checkpoint.size,
    lastCommitMs: () => lastCommitMs,
    witnesses: () => witnesses.status(),
    tsas: () => timestamper.status(),
    integrity: () => (config.startupAudit === 'on' ? integrity.state : 'ok'),
    now,
  });
  const guard = integrityGuard(() => (config.startupAudit === 'on' ? integrity.state : 'not checked'));
  const limiter =
    config.rateLimit > 0
      ? rateLimiter({ windowMs: 60_000, limit: config.rateLimit, what: 'requests' })
      : undefined;
  const reportError = (err: unknown, path: string) => logger.error({ err, path }, 'request failed');

  const startedAtMs = now();
  const app = createApp({
    before: [
      requestLogger(logger),
      metrics.middleware(),
      securityHeaders,
      guard.middleware,
      ...(limiter ? [limiter] : []),
    ],
    reportError: (err, req) => reportError(err, req.path),
    routers: [
      entryRoutes({ ledger, queries, bundles, authenticate: requireActor }),
      mapRoutes({ map: log.map, reader: log.reader, queries, store, authenticate: requireActor }),
      healthRoutes({
        treeSize: () => log.head().checkpoint.size,
        failure: () => log.failure(),
        startedAtMs,
        now,
        details: () => ({
          integrity: config.startupAudit === 'on' ? integrity.state : 'not checked',
          witnesses: witnesses.status(),
          ...(timestamper.configured ? { timestampingAuthorities: timestamper.status() } : {}),
          ...(lease
            ? { sequencer: lease.role() === 'sequencer' ? 'this process' : (lease.leaderUrl() ?? 'electing') }
            : {}),
        }),
      }),
      metricsRoutes(metrics),
      adminRoutes({ backup: (out) => writeBackup(store, out), authenticate: requireActor, now }),
      logRoutes({
        reader: log.reader,
        checkpointNote: () => witnesses.checkpointNote(),
        store,
        verifierKey: identity.verifierKey,
        ...(identity.pqVerifierKey ? { pqVerifierKey: identity.pqVerifierKey } : {}),
        readEntries: [requireActor, requireWholeLogReader],
      }),
      tlogProofRoutes({ reader: log.reader, witnessedHead: () => witnesses.witnessedHead() }),
      transferRoutes({
        ledger,
        json: jsonBody(MAX_TRANSFER_BODY_BYTES),
        // The operator pins the other logs with `CUSTOS_TRUST_STORE=<file> custos trust add <key>`.
        trustStore: () => readTrustStore({ CUSTOS_TRUST_STORE: trustStorePath(config) }),
      }),
      authRoutes({
        challenges: new ChallengeStore(sessionMac, now),
        tokens,
        queries,
        now,
        json,
        limit: rateLimiter({ windowMs: 60_000, limit: options.authRateLimit ?? 60, what: 'login attempts' }),
      }),
      itemRoutes({ queries, bundles, authenticate: requireActor, now }),
      eventRoutes({
        queries,
        events,
        authenticate: requireActor,
        treeSize: () => ledger.log.head().checkpoint.size,
      }),
      reportRoutes({
        queries,
        bundles,
        authenticate: requireActor,
        logKey: identity.verifierKey,
        fonts: nodeFontSource,
        now,
      }),
      directoryRoutes({ queries, authenticate: requireActor }),
      designationRoutes({ queries, authenticate: requireActor }),
      retentionRoutes({ queries, authenticate: requireActor, now }),
      openApiRoutes(VERSION),
      verifyPageRoutes(),
      consoleRoutes(),
    ],
  });

  const serve = withAppendLane(
    {
      ledger,
      securityHeaders,
      limiter,
      refusal: guard.refusal,
      finished: ({ requestId, url, status, started }) => {
        logRequest(logger, { requestId, method: 'POST', path: url, status, started });
        metrics.append(status, started);
      },
      reportError,
      ...(lease ? { writesGoTo: () => writeRoute(lease) } : {}),
    },
    app,
  );
  const http = new HttpServer(serve);

  return {
    config,
    handler: http.handler,
    ledger,
    queries,
    identity,
    witnesses,
    integrityCheck: async () => {
      await audited;
      return config.startupAudit === 'on' ? (integrity.state === 'failed' ? 'failed' : 'ok') : 'not checked';
    },
    listen: async () => {
      const url = await http.listen(config.host, config.port);
      await lease?.start(config.advertiseUrl || url);
      return url;
    },
    close: async () => {
      closing = true;
      await warmed;
      await eventsWarmed;
      await lease?.close();
      await http.close();
      await timestamper.close();
      await audited;
      await ledger.close();
    },
  };
}

/** Where a write that reached this process goes, when processes share a store. */
function writeRoute(lease: SequencerLease): WriteRoute {
  if (lease.role() === 'sequencer') return { to: 'here' };
  const url = lease.leaderUrl();
  return url && url !== lease.selfUrl() ? { to: 'sequencer', url } : { to: 'nobody' };
}
