/**
 * The PostgreSQL schema of a Custos store: one table of byte keys and values, keyed exactly as
 * LevelDB is (store-keys.ts), so that the audit, backups and restores read the same records in
 * the same order from either store; one row naming the process that holds the write lease; and
 * the commit function, which makes a batch one transaction and one round trip.
 *
 * The commit function is the fence: it refuses a batch unless the calling session holds the
 * write lease (a session advisory lock, released by PostgreSQL the moment that session ends),
 * the checkpoint the batch extends is stored, and nothing exists at or beyond the batch's first
 * entry or its checkpoint. A deposed leader, even one that still believes it leads, cannot fork
 * the log: its session lost the lock, and its entries' keys are taken.
 * @module
 */

/** The advisory lock of the write lease: two int4 keys, "Cust" and 1 (the log's sequencer). */
export const LEASE_LOCK = [0x43757374, 1] as const;

/** The channel on which a commit announces the new tree size to other processes. */
export const HEAD_CHANNEL = 'custos_head';

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS custos_records (
  key bytea PRIMARY KEY,
  value bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS custos_leader (
  id int PRIMARY KEY CHECK (id = 1),
  url text NOT NULL,
  since timestamptz NOT NULL DEFAULT now()
);
CREATE OR REPLACE FUNCTION custos_commit(
  keys bytea[], vals bytea[], side_keys bytea[], side_vals bytea[],
  extends_key bytea, entries_from bytea, entries_end bytea,
  checkpoints_from bytea, checkpoints_end bytea, tree_size bigint
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_locks
    WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
      AND classid = ${LEASE_LOCK[0]} AND objid = ${LEASE_LOCK[1]} AND objsubid = 2
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
  ) THEN
    RAISE EXCEPTION 'custos: this session does not hold the write lease' USING ERRCODE = 'CU001';
  END IF;
  IF extends_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM custos_records WHERE key = extends_key) THEN
    RAISE EXCEPTION 'custos: the batch does not extend a stored checkpoint: it would leave a gap'
      USING ERRCODE = 'CU002';
  END IF;
  IF EXISTS (SELECT 1 FROM custos_records WHERE key >= checkpoints_from AND key < checkpoints_end)
     OR (entries_from IS NOT NULL AND EXISTS (
       SELECT 1 FROM custos_records WHERE key >= entries_from AND key < entries_end)) THEN
    RAISE EXCEPTION 'custos: refusing to overwrite records at or beyond tree size %', tree_size
      USING ERRCODE = 'CU003';
  END IF;
  INSERT INTO custos_records (key, value) SELECT * FROM unnest(keys, vals);
  INSERT INTO custos_records (key, value) SELECT * FROM unnest(side_keys, side_vals)
    ON CONFLICT (key) DO NOTHING;
  PERFORM pg_notify('${HEAD_CHANNEL}', tree_size::text);
END $$;
`;
