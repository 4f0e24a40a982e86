/**
 * The public, content-free log API (docs/formats.md): checkpoint, verifier key, hash tiles,
 * proofs; plus entry bundles, which hold case data and pass through `readEntries` (the
 * authorisation seam of docs/model.md, Who may read what).
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { toBase64 } from '../core/encoding.ts';
import { ValidationError } from '../core/errors.ts';
import { parseTilePath, TILE_WIDTH, type TileAddress } from '../core/log/tiles.ts';
import type { LogReader } from '../log/log-reader.ts';
import { notFound } from './http-errors.ts';
import { CheckpointSizeParam, ConsistencyQuery, InclusionQuery } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface LogRoutesDeps {
  readonly reader: LogReader;
  /** The checkpoint note to serve now (the log's, with any witness cosignatures). */
  readonly checkpointNote: () => Uint8Array;
  readonly verifierKey: string;
  /** Where checkpoints and their RFC 3161 tokens are read from. */
  readonly store: {
    checkpointAt(size: number): Promise<{ readonly note: Uint8Array } | undefined>;
    timestamps(size: number): Promise<{ tsaId: number; token: Uint8Array }[]>;
  };
  /** The ML-DSA-44 verifier key, when checkpoints carry that signature too. */
  readonly pqVerifierKey?: string;
  /** Authenticate and authorise reads of entry contents; run before any entry bundle is read. */
  readonly readEntries: RequestHandler[];
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
// A partial tile's hashes never change either, but clients are told to prefer the full tile
// once it exists, so partial ones are cached briefly.
const PARTIAL = 'public, max-age=60';

export function logRoutes(deps: LogRoutesDeps): Router {
  const router = Router();

  router.get('/log/checkpoint', (_req, res) => {
    res
      .set('Cache-Control', 'no-cache')
      .type('text/plain; charset=utf-8')
      .send(Buffer.from(deps.checkpointNote()));
  });

  router.get('/log/key', (_req, res) => {
    res
      .set('Cache-Control', 'public, max-age=300')
      .type('text/plain; charset=utf-8')
      .send(`${deps.verifierKey}\n`);
  });

  router.get('/log/key/mldsa44', (_req, res) => {
    if (!deps.pqVerifierKey) throw notFound('this log does not sign its checkpoints with ML-DSA-44');
    res
      .set('Cache-Control', 'public, max-age=300')
      .type('text/plain; charset=utf-8')
      .send(`${deps.pqVerifierKey}\n`);
  });

  router.get('/v1/checkpoints/:treeSize/timestamps', async (req, res) => {
    const { treeSize } = parseInput(CheckpointSizeParam, req.params, 'path');
    const stored = treeSize <= deps.reader.treeSize() ? await deps.store.checkpointAt(treeSize) : undefined;
    if (!stored) throw notFound('the log signed no checkpoint of this size');
    const tokens = await deps.store.timestamps(treeSize);
    // Tokens are added after the checkpoint, whenever a TSA answers: never cache an answer long.
    res.set('Cache-Control', 'no-cache').json({
      treeSize,
      note: toBase64(stored.note),
      timestamps: tokens.map((t) => ({
        tsaId: t.tsaId.toString(16).padStart(8, '0'),
        token: toBase64(t.token),
      })),
    });
  });

  router.get('/log/tile/entries/*rest', ...deps.readEntries, async (req, res) => {
    const tile = tileFrom(req.path, '/log/tile/');
    if (tile.kind !== 'entries') throw notFound();
    const bundle = await deps.reader.entryBundle(tile);
    if (!bundle) throw notFound('no such entry bundle in this tree');
    // docs/formats.md, Tiles and entry bundles makes full bundles public and immutable like hash tiles, but they hold case
    // data and are served only to those who may read them (§7): a shared cache that keeps one
    // must key it on the credential that fetched it, so no one else is served it.
    res.vary('Authorization');
    sendTile(res, bundle, tile);
  });

  router.get('/log/tile/*rest', async (req, res) => {
    const tile = tileFrom(req.path, '/log/tile/');
    const hashes = await deps.reader.tile(tile);
    if (!hashes) throw notFound('no such tile in this tree');
    sendTile(res, hashes, tile);
  });

  router.get('/v1/proofs/inclusion', async (req, res) => {
    const q = parseInput(InclusionQuery, req.query, 'query');
    const proof = await deps.reader.inclusionProof(q.index, q.treeSize);
    // Without an explicit treeSize the answer follows the head, so it must not be cached.
    res.set('Cache-Control', q.treeSize === undefined ? 'no-cache' : IMMUTABLE).json({
      index: proof.index,
      treeSize: proof.treeSize,
      leafHash: toBase64(proof.leafHash),
      proof: proof.proof.map(toBase64),
    });
  });

  router.get('/v1/proofs/consistency', async (req, res) => {
    const q = parseInput(ConsistencyQuery, req.query, 'query');
    const proof = await deps.reader.consistencyProof(q.from, q.to);
    res.set('Cache-Control', IMMUTABLE).json({
      from: proof.from,
      to: proof.to,
      proof: proof.proof.map(toBase64),
    });
  });

  return router;
}

/** Parses the raw (undecoded) path, so percent-encoded aliases of a tile are not accepted. */
function tileFrom(path: string, prefix: string): TileAddress {
  try {
    return parseTilePath(path.slice(prefix.length));
  } catch (e) {
    if (e instanceof ValidationError) throw notFound('not a tile path');
    throw e;
  }
}

function sendTile(res: Parameters<RequestHandler>[1], body: Uint8Array, tile: TileAddress): void {
  res
    .set('Cache-Control', tile.width === TILE_WIDTH ? IMMUTABLE : PARTIAL)
    .type('application/octet-stream')
    .send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}
