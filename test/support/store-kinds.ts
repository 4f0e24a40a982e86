/**
 * The two stores the LogStore contract is tested on: LevelDB in a temp dir and PostgreSQL in a
 * fresh database of the throwaway test cluster. A suite written against `StoreKind` runs
 * unchanged on both.
 */
import { join } from 'node:path';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import type { MaintainedStore } from '../../src/storage/log-store.ts';
import { PostgresLogStore } from '../../src/storage/postgres-store.ts';
import { freshDatabase, sql } from './postgres.ts';
import { tempDir } from './temp-dir.ts';

export interface StoreKind {
  readonly name: string;
  /** Where a new, empty store can be created. */
  newLocation(): Promise<string>;
  /** Opens the store at `location` as the one writer (LevelDB's lock, PostgreSQL's write lease). */
  open(location: string): Promise<MaintainedStore>;
  /** Raw access behind the store's back (the store closed): tampering, planted records. */
  tamper(location: string): Promise<RawAccess>;
  /** Writes one record behind the store's back. */
  plant(location: string, key: Uint8Array, value: Uint8Array): Promise<void>;
}

export interface RawAccess {
  get(key: Uint8Array): Promise<Uint8Array | undefined>;
  put(key: Uint8Array, value: Uint8Array): Promise<void>;
  del(key: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

async function plantWith(
  kind: Pick<StoreKind, 'tamper'>,
  location: string,
  key: Uint8Array,
  value: Uint8Array,
) {
  const raw = await kind.tamper(location);
  await raw.put(key, value);
  await raw.close();
}

export const levelKind: StoreKind = {
  name: 'LevelDB',
  newLocation: async () => join(await tempDir('custos-log'), 'db'),
  open: (location) => LevelLogStore.open(location),
  tamper: async (location) => {
    const { db } = await LevelLogStore.open(location);
    return {
      get: (key) => db.get(key),
      put: (key, value) => db.put(key, value),
      del: (key) => db.del(key),
      close: () => db.close(),
    };
  },
  plant: (location, key, value) => plantWith(levelKind, location, key, value),
};

export const postgresKind: StoreKind = {
  name: 'PostgreSQL',
  newLocation: () => freshDatabase('custos_log'),
  open: async (location) => {
    const store = await PostgresLogStore.open(location);
    // A killed writer's session ends when its server process notices the closed socket: soon,
    // not necessarily before the killer's next line.
    for (let tries = 0; !(await store.acquireWriteLease()); tries++) {
      if (tries === 50) {
        await store.close();
        throw new Error('the write lease of the test database is taken');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return store;
  },
  tamper: async (location) => ({
    get: async (key) => {
      const { rows } = await sql(location, 'SELECT value FROM custos_records WHERE key = $1', [key]);
      return rows[0] ? new Uint8Array(rows[0].value) : undefined;
    },
    put: async (key, value) => {
      await sql(
        location,
        'INSERT INTO custos_records (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
    del: async (key) => {
      await sql(location, 'DELETE FROM custos_records WHERE key = $1', [key]);
    },
    close: async () => undefined,
  }),
  plant: (location, key, value) => plantWith(postgresKind, location, key, value),
};

export const STORE_KINDS: readonly StoreKind[] = [levelKind, postgresKind];
