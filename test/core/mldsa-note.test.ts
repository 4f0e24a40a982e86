import { expect } from 'chai';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, fromHex, toBase64, utf8 } from '../../src/core/encoding.ts';
import { VerificationError } from '../../src/core/errors.ts';
import {
  formatCheckpoint,
  openCheckpoint,
  parseCheckpoint,
  signCheckpoint,
} from '../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import {
  MLDSA44_SIGNATURE_SIZE,
  mldsaCheckpointSigner,
  mldsaNoteVerifier,
  mldsaVerifierFromKey,
  SIG_TYPE_MLDSA44,
} from '../../src/core/log/mldsa-note.ts';
import {
  ed25519NoteSigner,
  ed25519NoteVerifier,
  formatSignatureLine,
  formatVerifierKey,
  openNote,
  parseNote,
} from '../../src/core/log/note.ts';
import { readVector } from '../support/vectors.ts';

const VKEY = readVector('torchwood-mldsa', 'vkey.txt').toString('utf8').trim();
const SIG = readVector('torchwood-mldsa', 'sig.txt').toString('utf8').trim();
const SEED = fromHex('2886adc2b0eabfce67c0472939127998bf886cf256bfee8ba76a253fce1146e0');
const ORIGIN = 'example.com/mldsa-log';

describe('ML-DSA-44 checkpoint signatures (C2SP tlog-cosignature subtree/v1, type 0x06)', () => {
  const body = `${ORIGIN}\n1\n${toBase64(hashLeaf(utf8('testonly')))}\n`;
  const edSeed = new Uint8Array(32).fill(7);
  const ed = ed25519NoteSigner(ORIGIN, edSeed, publicKeyFromSeed(edSeed));
  const edVerifier = ed25519NoteVerifier(ORIGIN, publicKeyFromSeed(edSeed));

  it('verifies the signature Go torchwood made (interop vector)', () => {
    const opened = openCheckpoint(
      `${signCheckpoint(parseCheckpoint(body), ed)}— ${ORIGIN} ${SIG}\n`,
      edVerifier,
      [mldsaVerifierFromKey(VKEY)],
    );
    expect(opened.note.verifiedBy.map((v) => v.keyId)).to.have.length(2);
    expect(fromBase64(SIG).length).to.equal(4 + 8 + MLDSA44_SIGNATURE_SIZE);
  });

  it('derives the same key (and key ID) from the seed as Go filippo.io/mldsa', () => {
    const signer = mldsaCheckpointSigner(ORIGIN, SEED);
    expect(formatVerifierKey(ORIGIN, SIG_TYPE_MLDSA44, signer.publicKey)).to.equal(VKEY);
    expect(VKEY.split('+')[1]).to.equal('b5df45c5');
  });

  it('signs a checkpoint with timestamp 0 that the torchwood key verifies', () => {
    const pq = mldsaCheckpointSigner(ORIGIN, SEED);
    const note = signCheckpoint(parseCheckpoint(body), ed, pq);
    const sig = parseNote(note).signatures[1]!;
    expect(sig.signature.subarray(0, 8)).to.deep.equal(new Uint8Array(8));
    const opened = openCheckpoint(note, edVerifier, [mldsaVerifierFromKey(VKEY)]);
    expect(opened.note.verifiedBy).to.have.length(2);
  });

  it('is ignored by a verifier that knows only the Ed25519 key', () => {
    const note = signCheckpoint(parseCheckpoint(body), ed, mldsaCheckpointSigner(ORIGIN, SEED));
    expect(openCheckpoint(note, edVerifier).checkpoint.size).to.equal(1);
  });

  it('rejects the note when the ML-DSA line does not verify (a flipped bit, another root)', () => {
    const note = signCheckpoint(parseCheckpoint(body), ed, mldsaCheckpointSigner(ORIGIN, SEED));
    const parsed = parseNote(note);
    const sig = parsed.signatures[1]!;
    const flipped = sig.signature.slice();
    flipped[100]! ^= 1;
    const forged = `${parsed.text}\n${formatSignatureLine(parsed.signatures[0]!)}${formatSignatureLine({ ...sig, signature: flipped })}`;
    expect(() => openCheckpoint(forged, edVerifier, [mldsaVerifierFromKey(VKEY)])).to.throw(
      VerificationError,
      /does not verify/,
    );
    // The same signature moved onto another checkpoint signed by the same Ed25519 key.
    const other = signCheckpoint({ ...parseCheckpoint(body), rootHash: new Uint8Array(32) }, ed);
    const moved = `${other}${formatSignatureLine(sig)}`;
    expect(() => openCheckpoint(moved, edVerifier, [mldsaVerifierFromKey(VKEY)])).to.throw(VerificationError);
  });

  it('signs origin, size and root only: an extension line is left to the Ed25519 signature', () => {
    const cp = { ...parseCheckpoint(body), extensions: ['custos-map/v1 AAAA'] };
    const signer = mldsaCheckpointSigner(ORIGIN, SEED);
    const withLine = signCheckpoint(cp, ed, signer);
    const pq = mldsaNoteVerifier(ORIGIN, signer.publicKey);
    expect(openNote(withLine, [pq]).verifiedBy).to.deep.equal([pq]);
    // The same ML-DSA-44 signature verifies over the note without the line: it does not cover it.
    const pqLine = withLine.split('\n').find((l) => l.includes(`${ORIGIN} `) && l.length > 200)!;
    const bare = `${formatCheckpoint({ ...cp, extensions: [] })}\n${pqLine}\n`;
    expect(openNote(bare, [pq]).verifiedBy).to.deep.equal([pq]);
  });

  it('refuses verifier keys of another type', () => {
    expect(() =>
      mldsaVerifierFromKey(formatVerifierKey(ORIGIN, 0x01, fromBase64(toBase64(new Uint8Array(32))))),
    ).to.throw(/not ML-DSA-44/);
  });
});
