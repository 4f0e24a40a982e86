/**
 * C2SP tlog-proof@v1: the encodings transparency-dev/formats publishes, the malformed proofs it
 * refuses, the spec's stricter points, and proofs over Tessera's test log verified offline.
 */
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, toBase64, utf8 } from '../../src/core/encoding.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { decodeEntryBundle } from '../../src/core/log/tiles.ts';
import { formatTlogProof, parseTlogProof } from '../../src/core/log/tlog-proof.ts';
import { verifyTlogProof } from '../../src/core/verify/verify-tlog-proof.ts';
import { referencePath } from '../support/reference-merkle.ts';
import { readVector } from '../support/vectors.ts';

interface Vectors {
  marshal: {
    name: string;
    index: number;
    hashes: string[];
    checkpoint: string;
    extra?: string;
    want: string;
  }[];
  invalid: { name: string; proof: string }[];
}
const vectors = JSON.parse(readVector('tlog-proof', 'formats-v0.1.1.json').toString()) as Vectors;
const HEADER = 'c2sp.org/tlog-proof@v1';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).name;
  }
  return 'no error';
};

describe('C2SP tlog-proof@v1', () => {
  for (const v of vectors.marshal) {
    const proof = {
      index: v.index,
      proof: v.hashes.map((h) => fromBase64(h)),
      checkpoint: v.checkpoint,
      ...(v.extra ? { extra: fromBase64(v.extra) } : {}),
    };
    it(`encodes as transparency-dev/formats does: ${v.name}`, () => {
      expect(formatTlogProof(proof)).to.equal(v.want);
    });
    it(`decodes what it encodes: ${v.name}`, () => {
      const back = parseTlogProof(v.want);
      expect(back.index).to.equal(v.index);
      expect(back.proof.map(toBase64)).to.deep.equal(v.hashes);
      expect(back.checkpoint).to.equal(v.checkpoint);
      expect(back.extra && toBase64(back.extra)).to.equal(v.extra);
    });
  }

  for (const v of vectors.invalid)
    it(`refuses a malformed proof: ${v.name}`, () => {
      expect(() => parseTlogProof(v.proof)).to.throw(ValidationError);
    });

  const h = toBase64(new Uint8Array(32).fill(7));
  for (const [name, text] of [
    ['an index with a leading zero', `${HEADER}\nindex 07\n\ncp\n`],
    ['an index with a sign', `${HEADER}\nindex +1\n\ncp\n`],
    ['two spaces before the index', `${HEADER}\nindex  1\n\ncp\n`],
    ['CR line ends', `${HEADER}\r\nindex 5\r\n\r\ncp\r\n`],
    ['a hash whose padding bits are not zero', `${HEADER}\nindex 0\n${h.slice(0, -2)}x=\n\ncp\n`],
    ['"extra" without its space', `${HEADER}\nextra\nindex 0\n\ncp\n`],
    ['no empty line and no checkpoint', `${HEADER}\nindex 1\n`],
    ['an empty line and no checkpoint', `${HEADER}\nindex 1\n\n`],
    ['nothing', ''],
  ] as const)
    it(`is strict where the spec is: refuses ${name}`, () => {
      expect(() => parseTlogProof(text)).to.throw(ValidationError);
    });

  it('keeps the checkpoint verbatim, blank lines and signatures included', () => {
    const note = 'o\n1\nAAAA\n\n— o abc=\n';
    expect(parseTlogProof(`${HEADER}\nindex 0\n${h}\n\n${note}`).checkpoint).to.equal(note);
  });

  describe('over the Tessera test log (checkpoints signed by Tessera)', () => {
    const logKey = 'example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx';
    const entries = decodeEntryBundle(readVector('tessera-log', 'tile', 'entries', '000.p', '15'));
    const checkpoint = readVector('tessera-log', 'checkpoint.15').toString();
    const proofOf = (i: number, extra?: Uint8Array) =>
      formatTlogProof({
        index: i,
        proof: referencePath(i, entries),
        checkpoint,
        ...(extra ? { extra } : {}),
      });

    it('verifies every entry offline from its bytes, the log key alone', () => {
      for (let i = 0; i < entries.length; i++) {
        const ok = verifyTlogProof(proofOf(i), { logKey }, entries[i]);
        expect(ok.index).to.equal(i);
        expect(ok.checkpoint.size).to.equal(15);
      }
    });

    it('takes the entry from the extra line when the reader holds none, trusting only its proven hash', () => {
      expect(verifyTlogProof(proofOf(3, entries[3]), { logKey }).entry).to.deep.equal(entries[3]);
      expect(codeOf(() => verifyTlogProof(proofOf(3, utf8('forged')), { logKey }))).to.equal('bad_proof');
      expect(codeOf(() => verifyTlogProof(proofOf(3), { logKey }))).to.equal('bad_proof');
    });

    it('refuses another entry, another index, another key, another origin and a missing witness', () => {
      expect(codeOf(() => verifyTlogProof(proofOf(4), { logKey }, entries[5]))).to.equal('bad_proof');
      const moved = proofOf(4).replace('index 4\n', 'index 5\n');
      expect(codeOf(() => verifyTlogProof(moved, { logKey }, entries[4]))).to.equal('bad_proof');
      const keyOf = (name: string) =>
        formatVerifierKey(name, SIG_TYPE_ED25519, publicKeyFromSeed(randomSeed()));
      const impostor = keyOf('example.com/log/testdata');
      expect(codeOf(() => verifyTlogProof(proofOf(4), { logKey: impostor }, entries[4]))).to.equal(
        'unknown_key',
      );
      const other = keyOf('custos.bfj.bund.de/log');
      expect(codeOf(() => verifyTlogProof(proofOf(4), { logKey: other }, entries[4]))).to.equal(
        'untrusted_origin',
      );
      const witness = 'witness.example.org+b8a2cf20+BFLN3yikSfFkVAJtrnh/CiY3Zozkoy7clp+P7XB28qUN';
      expect(
        codeOf(() =>
          verifyTlogProof(proofOf(4), { logKey, witnesses: { keys: [witness], threshold: 1 } }, entries[4]),
        ),
      ).to.equal('witness_quorum');
    });
  });
});
