/**
 * A copy of a store in which one map key's latest value record says its head is the value before
 * (one subject's head changed, as a truncating operator would), with its shard's latest head record
 * made to agree (`withHead`), and optionally the latest checkpoint re-signed by the log's key over
 * the map those records give (`resign`: a log that signs a map disagreeing with its entries; its
 * other extension lines, the versions of the rules among them, are kept).
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { concatBytes, fromUtf8, utf8 } from '../../src/core/encoding.ts';
import { parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { ed25519NoteSigner } from '../../src/core/log/note.ts';
import { decodeMapValue, encodeMapValue } from '../../src/core/map/map-hash.ts';
import { formatMapLine, MAP_LINE_PREFIX } from '../../src/core/map/map-line.ts';
import { encodeShardHead, shardHead, shardOf } from '../../src/core/map/map-shards.ts';
import { mapLeaf, mapRootHash, mapSet } from '../../src/core/map/sparse-map.ts';
import { prefixEnd, readU64 } from '../../src/core/ordered-keys.ts';
import { parsePrivateKeyPem } from '../../src/keyring/key-files.ts';
import { MAP_VALUE_TAG, shardHeadKey, shardHeadPrefix } from '../../src/log/map-records.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { checkpointKey, PREFIX } from '../../src/storage/store-keys.ts';
import { tempDir } from './temp-dir.ts';

export async function storeWithAlteredMapKey(
  pristine: string,
  keysDir: string,
  key: Uint8Array,
  options: { resign: boolean; withHead?: boolean },
): Promise<string> {
  const dir = join(await tempDir('custos-map'), 'data');
  await cp(pristine, dir, { recursive: true });
  const store = await LevelLogStore.open(dir);
  const records: { index: number; key: Uint8Array; value: Uint8Array; raw: Uint8Array }[] = [];
  for await (const [raw, value] of store.rawRecords(
    Uint8Array.of(PREFIX.side, MAP_VALUE_TAG),
    Uint8Array.of(PREFIX.side, MAP_VALUE_TAG + 1),
  ))
    records.push({ index: readU64(raw, 34), key: raw.slice(2, 34), value: value.slice(), raw });
  const mine = records.filter((r) => Buffer.from(r.key).equals(Buffer.from(key)));
  const [before, last] = mine.slice(-2) as [(typeof mine)[0], (typeof mine)[0]];
  await store.db.put(last.raw, before.value);
  let tree: Parameters<typeof mapSet>[0];
  const latest = new Map<string, Uint8Array>();
  for (const r of records)
    latest.set(Buffer.from(r.key).toString('hex'), r === last ? before.value : r.value);
  for (const [k, v] of latest) tree = mapSet(tree, mapLeaf(Buffer.from(k, 'hex'), v));
  const stored = (await store.latestCheckpoint())!;
  if (options.withHead ?? true) {
    const shard = shardOf(key);
    const prefix = concatBytes(Uint8Array.of(PREFIX.side), shardHeadPrefix(shard));
    for await (const [raw] of store.rawRecords(
      concatBytes(Uint8Array.of(PREFIX.side), shardHeadKey(shard, stored.size)),
      prefixEnd(prefix),
    )) {
      await store.db.put(raw, encodeShardHead(shardHead(tree, shard)!));
      break;
    }
  }
  if (options.resign) {
    const text = fromUtf8(stored.note);
    const cp0 = parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1));
    const pair = parsePrivateKeyPem(await readFile(join(keysDir, 'log.key'), 'utf8'));
    const signer = ed25519NoteSigner(cp0.origin, pair.seed, pair.publicKey);
    const others = cp0.extensions.filter((l) => !l.startsWith(MAP_LINE_PREFIX));
    const extensions = [formatMapLine(mapRootHash(tree)), ...others];
    await store.db.put(checkpointKey(stored.size), utf8(signCheckpoint({ ...cp0, extensions }, signer)));
  }
  await store.close();
  expect(decodeMapValue(before.value).count).to.be.lessThan(decodeMapValue(last.value).count);
  expect(encodeMapValue(decodeMapValue(before.value))).to.deep.equal(before.value);
  return dir;
}
