import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, toBase64, utf8 } from '../../src/core/encoding.ts';
import { ValidationError, VerificationError } from '../../src/core/errors.ts';
import { openCheckpoint, parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { EMPTY_ROOT } from '../../src/core/log/merkle.ts';
import {
  computeKeyId,
  ed25519NoteSigner,
  ed25519NoteVerifier,
  formatVerifierKey,
  keyIdHex,
  noteVerifierFromKey,
  openNote,
  parseNote,
  parseVerifierKey,
  SIG_TYPE_ED25519,
  signNote,
} from '../../src/core/log/note.ts';
import { readVector } from '../support/vectors.ts';

// The tessera test log's published keys (test/vectors/tessera-log/KEYS.txt).
const TESSERA_VKEY = 'example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx';
const TESSERA_SKEY =
  'PRIVATE+KEY+example.com/log/testdata+33d7b496+AeymY/SZAX0jZcJ8enZ5FY1Dz+wTML2yWSkK+9DSF3eg';

function tesseraSigner() {
  const seed = fromBase64(TESSERA_SKEY.split('+').slice(4).join('+')).subarray(1);
  return ed25519NoteSigner('example.com/log/testdata', seed, publicKeyFromSeed(seed));
}

describe('signed notes and checkpoints (C2SP)', () => {
  it('reproduces every tessera test-log checkpoint byte for byte', () => {
    const signer = tesseraSigner();
    const verifier = noteVerifierFromKey(TESSERA_VKEY);
    for (let size = 0; size <= 15; size++) {
      const published = readVector('tessera-log', `checkpoint.${size}`).toString('utf8');
      const { checkpoint } = openCheckpoint(published, verifier);
      expect(checkpoint.size).to.equal(size);
      expect(signCheckpoint(checkpoint, signer)).to.equal(published);
    }
  });

  it('computes the tessera key ID (known answer) and round-trips its verifier key', () => {
    const key = parseVerifierKey(TESSERA_VKEY);
    expect(keyIdHex(key.keyId)).to.equal('33d7b496');
    expect(formatVerifierKey(key.name, key.type, key.publicKey)).to.equal(TESSERA_VKEY);
    expect(keyIdHex(computeKeyId(key.name, SIG_TYPE_ED25519, key.publicKey))).to.equal('33d7b496');
  });

  it('writes the signature line as em dash, name, base64(key ID ‖ signature)', () => {
    const published = readVector('tessera-log', 'checkpoint.15').toString('utf8');
    const line = published.split('\n').at(-2)!;
    expect(line.startsWith('\u2014 example.com/log/testdata ')).to.equal(true);
    const raw = fromBase64(line.split(' ')[2]!);
    expect(raw.length).to.equal(68);
    expect(Buffer.from(raw.subarray(0, 4)).toString('hex')).to.equal('33d7b496');
  });

  it('keeps the empty tree root as the root of size 0', () => {
    const { checkpoint } = openCheckpoint(
      readVector('tessera-log', 'checkpoint.0'),
      noteVerifierFromKey(TESSERA_VKEY),
    );
    expect(toBase64(checkpoint.rootHash)).to.equal(toBase64(EMPTY_ROOT));
  });

  describe('a note signed here', () => {
    const seed = randomSeed();
    const pub = publicKeyFromSeed(seed);
    const origin = 'custos.localhost/log';
    const signer = ed25519NoteSigner(origin, seed, pub);
    const vkey = formatVerifierKey(origin, SIG_TYPE_ED25519, pub);
    const note = signCheckpoint({ origin, size: 42, rootHash: EMPTY_ROOT, extensions: [] }, signer);

    it('verifies with its documented vkey', () => {
      expect(openCheckpoint(note, noteVerifierFromKey(vkey)).checkpoint.size).to.equal(42);
    });

    it('fails when the body is tampered with', () => {
      const tampered = note.replace('\n42\n', '\n43\n');
      expect(() => openCheckpoint(tampered, noteVerifierFromKey(vkey)))
        .to.throw(VerificationError)
        .with.property('code', 'bad_signature');
    });

    it('fails with another key of the same name (unknown key: no known signature)', () => {
      const other = formatVerifierKey(origin, SIG_TYPE_ED25519, publicKeyFromSeed(randomSeed()));
      expect(() => openCheckpoint(note, noteVerifierFromKey(other)))
        .to.throw(VerificationError)
        .with.property('code', 'unknown_key');
    });

    it('fails without its final newline', () => {
      expect(() => openCheckpoint(note.slice(0, -1), noteVerifierFromKey(vkey))).to.throw(ValidationError);
    });

    it('ignores signature lines from unknown keys and keeps them', () => {
      const junk = `\u2014 witness.example/w1 ${toBase64(new Uint8Array(68).fill(7))}\n`;
      const opened = openCheckpoint(note + junk, noteVerifierFromKey(vkey));
      expect(opened.note.signatures).to.have.length(2);
      expect(opened.note.verifiedBy).to.have.length(1);
    });

    it('rejects a known key whose signature does not verify, even beside a good one', () => {
      const bad = signNote(note.split('\n\n')[0]!.concat('\n'), [
        { ...signer, sign: () => new Uint8Array(64) },
      ]);
      const badLine = bad.split('\n').at(-2)!;
      expect(() => openNote(`${note}${badLine}\n`, [noteVerifierFromKey(vkey)])).to.throw(VerificationError);
    });

    it('rejects malformed signature lines', () => {
      for (const junk of [
        '- not an em dash\n',
        '\u2014 nameonly\n',
        '\u2014 name !!notbase64\n',
        '\u2014 name AAAA\n',
      ]) {
        expect(() => openNote(note + junk, [noteVerifierFromKey(vkey)]), junk).to.throw(ValidationError);
      }
    });

    it('accepts at least 16 signature lines and refuses more than 100', () => {
      const line = `\u2014 witness.example/w ${toBase64(new Uint8Array(68).fill(1))}\n`;
      expect(openNote(note + line.repeat(15), [noteVerifierFromKey(vkey)]).signatures).to.have.length(16);
      expect(() => openNote(note + line.repeat(100), [noteVerifierFromKey(vkey)])).to.throw(ValidationError);
    });

    it('refuses a checkpoint whose origin is not the log key name', () => {
      const other = ed25519NoteSigner('other.example/log', seed, pub);
      const foreign = signNote(`${origin}\n1\n${toBase64(EMPTY_ROOT)}\n`, [other]);
      const verifier = ed25519NoteVerifier('other.example/log', pub);
      expect(() => openCheckpoint(foreign, verifier))
        .to.throw(VerificationError)
        .with.property('code', 'origin_mismatch');
    });
  });

  describe('checkpoint bodies', () => {
    const root = toBase64(EMPTY_ROOT);
    it('refuses sizes with leading zeros, signs or that are not decimal', () => {
      for (const size of ['01', '-1', '+1', '1e3', '', ' 1', '9007199254740993']) {
        expect(() => parseCheckpoint(`o\n${size}\n${root}\n`), size).to.throw(ValidationError);
      }
    });
    it('refuses roots that are not 32 bytes of canonical base64', () => {
      for (const r of ['AAAA', `${root.slice(0, -1)}`, root.replace('=', '')]) {
        expect(() => parseCheckpoint(`o\n1\n${r}\n`), r).to.throw(ValidationError);
      }
    });
    it('keeps extension lines and refuses empty ones', () => {
      expect(parseCheckpoint(`o\n1\n${root}\next one\n`).extensions).to.deep.equal(['ext one']);
      expect(() => parseCheckpoint(`o\n1\n${root}\n\nx\n`)).to.throw(ValidationError);
    });
    it('refuses notes with control characters', () => {
      expect(() => parseNote(`o\r\n1\n${root}\n\n\u2014 o AAAAAAA=\n`)).to.throw(ValidationError);
    });
  });

  it('parses verifier keys whose base64 contains "+"', () => {
    const key = parseVerifierKey(TESSERA_VKEY);
    expect(toBase64(Uint8Array.of(1, ...key.publicKey))).to.contain('+');
  });

  it('signs exactly the note text bytes', () => {
    const seed = randomSeed();
    const pub = publicKeyFromSeed(seed);
    const note = signNote('hello\n', [ed25519NoteSigner('n.example', seed, pub)]);
    const parsed = parseNote(note);
    expect(
      ed25519NoteVerifier('n.example', pub).verify(utf8('hello\n'), parsed.signatures[0]!.signature),
    ).to.equal(true);
  });
});
