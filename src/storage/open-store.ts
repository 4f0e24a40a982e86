/**
 * Opens the store a location names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL
 * store, anything else a LevelDB directory. The one place that chooses.
 * @module
 */
import { LevelLogStore } from './level-store.ts';
import type { MaintainedStore } from './log-store.ts';
import { PostgresLogStore } from './postgres-store.ts';
import { isPostgresUrl } from './store-location.ts';

export function openStore(location: string): Promise<MaintainedStore> {
  return isPostgresUrl(location) ? PostgresLogStore.open(location) : LevelLogStore.open(location);
}
