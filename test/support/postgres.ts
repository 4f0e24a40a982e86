/**
 * A throwaway PostgreSQL cluster for tests: Debian's postgresql 15 binaries, initdb into a
 * temp dir, one server on an ephemeral port, stopped when the test process exits. Each test
 * takes a fresh database of its own (`freshDatabase`). initdb refuses to run as root, so as
 * root the server runs as the `postgres` user (`runuser`). .ci/run installs the package; a
 * missing server fails the tests that need it, it never skips them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = process.env.CUSTOS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

interface Cluster {
  readonly dir: string;
  readonly port: number;
}

let cluster: Promise<Cluster> | undefined;
let counter = 0;

function asPostgres(program: string, args: string[]): string[] {
  const path = join(BIN, program);
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', path, ...args] : [path, ...args];
}

function run(program: string, args: string[]): void {
  const [cmd, ...rest] = asPostgres(program, args);
  execFileSync(cmd!, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function start(): Promise<Cluster> {
  if (!existsSync(join(BIN, 'initdb'))) {
    throw new Error(`PostgreSQL is not installed (no ${BIN}/initdb); .ci/run installs Debian's postgresql`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'custos-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(uid('postgres')), Number(uid('postgres', 'g')));
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=200',
    '-c shared_buffers=64MB',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  // The server is a daemon: it outlives this process unless stopped, on any way out.
  process.once('exit', () => stopCluster({ dir, port }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopCluster({ dir, port });
      process.exit(130);
    });
  return { dir, port };
}

function uid(user: string, which: 'u' | 'g' = 'u'): string {
  return execFileSync('id', [`-${which}`, user])
    .toString()
    .trim();
}

let stopped = false;

function stopCluster(c: Cluster): void {
  if (stopped) return;
  stopped = true;
  const [cmd, ...rest] = asPostgres('pg_ctl', ['-D', join(c.dir, 'data'), '-m', 'immediate', 'stop']);
  spawnSync(cmd!, rest, { stdio: 'ignore' });
  rmSync(c.dir, { recursive: true, force: true });
}

/** The shared test cluster, started on first use. */
export function pgCluster(): Promise<Cluster> {
  cluster ??= start();
  return cluster;
}

/** A new, empty database on the test cluster; resolves with its connection URL. */
export async function freshDatabase(label = 'custos'): Promise<string> {
  const { port } = await pgCluster();
  const name = `${label.replace(/[^a-z0-9_]/gi, '_')}_${process.pid}_${++counter}`.toLowerCase();
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return `postgres://postgres@127.0.0.1:${port}/${name}`;
}

/** Runs SQL on a database as the superuser (tests that plant or alter records). */
export async function sql(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
