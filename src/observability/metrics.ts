/**
 * Prometheus metrics at `GET /metrics`: appends and their latency, request counts, tree size,
 * checkpoint age, witness and timestamping authority status, the background audit, and Node's own process metrics.
 * @module
 */
import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricSources {
  readonly treeSize: () => number;
  /** When the latest checkpoint was signed (ms since the epoch). */
  readonly lastCommitMs: () => number;
  readonly witnesses: () => readonly { name: string; cosignedSize: number; lastError?: string }[];
  readonly integrity: () => 'ok' | 'checking' | 'failed';
  readonly tsas?: () => readonly { url: string; timestampedSize: number; failures: number }[];
  readonly now: () => number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter;
  private readonly latency: Histogram;
  private readonly appends: Counter;
  private readonly appendLatency: Histogram;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'custos_process_' });
    this.requests = new Counter({
      name: 'custos_http_requests_total',
      help: 'HTTP requests by method, route and status class',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'custos_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
      registers,
    });
    this.appends = new Counter({
      name: 'custos_appends_total',
      help: 'Entries submitted, by outcome',
      labelNames: ['outcome'],
      registers,
    });
    this.appendLatency = new Histogram({
      name: 'custos_append_duration_seconds',
      help: 'Time from submission to durable acknowledgement',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
      registers,
    });
    new Gauge({
      name: 'custos_tree_size',
      help: 'Entries in the latest checkpoint',
      registers,
      collect() {
        this.set(sources.treeSize());
      },
    });
    new Gauge({
      name: 'custos_checkpoint_age_seconds',
      help: 'Seconds since the latest checkpoint was signed',
      registers,
      collect() {
        this.set((sources.now() - sources.lastCommitMs()) / 1000);
      },
    });
    new Gauge({
      name: 'custos_witness_cosigned_size',
      help: 'Largest tree size each witness cosigned',
      labelNames: ['witness'],
      registers,
      collect() {
        for (const w of sources.witnesses()) this.set({ witness: w.name }, w.cosignedSize);
      },
    });
    new Gauge({
      name: 'custos_witness_up',
      help: '1 when the last request to the witness succeeded',
      labelNames: ['witness'],
      registers,
      collect() {
        for (const w of sources.witnesses()) this.set({ witness: w.name }, w.lastError ? 0 : 1);
      },
    });
    new Gauge({
      name: 'custos_tsa_timestamped_size',
      help: 'Largest checkpoint size each timestamping authority timestamped since start',
      labelNames: ['tsa'],
      registers,
      collect() {
        for (const t of sources.tsas?.() ?? []) this.set({ tsa: t.url }, t.timestampedSize);
      },
    });
    new Gauge({
      name: 'custos_tsa_up',
      help: '1 when the last request to the timestamping authority succeeded',
      labelNames: ['tsa'],
      registers,
      collect() {
        for (const t of sources.tsas?.() ?? []) this.set({ tsa: t.url }, t.failures > 0 ? 0 : 1);
      },
    });
    new Gauge({
      name: 'custos_integrity_ok',
      help: '1 when the store passed its checks, 0 when the background audit failed',
      registers,
      collect() {
        this.set(sources.integrity() === 'failed' ? 0 : 1);
      },
    });
  }

  /** Times every request Express serves. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const route = routeOf(req.baseUrl + (req.route?.path ?? ''), req.path);
        this.request(req.method, route, res.statusCode, started);
      });
      next();
    };
  }

  /** Counts and times one `POST /v1/entries` (served by the append lane, outside Express). */
  append(status: number, started: bigint): void {
    this.request('POST', '/v1/entries', status, started);
    this.appends.inc({ outcome: status === 201 ? 'accepted' : status >= 500 ? 'failed' : 'refused' });
    if (status === 201) this.appendLatency.observe(secondsSince(started));
  }

  private request(method: string, route: string, status: number, started: bigint): void {
    this.latency.observe({ method, route }, secondsSince(started));
    this.requests.inc({ method, route, status: `${Math.floor(status / 100)}xx` });
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The route pattern, never the concrete path: ids must not become label values. */
function routeOf(pattern: string, path: string): string {
  if (pattern) return pattern;
  return path.startsWith('/log/tile/') ? '/log/tile/*' : 'unmatched';
}
