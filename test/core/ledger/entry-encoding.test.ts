import { expect } from 'chai';
import { canonicalBytes, canonicalJson } from '../../../src/core/canonical.ts';
import { randomSeed } from '../../../src/core/crypto/ed25519.ts';
import {
  type Entry,
  encodeEntry,
  formatLoggedAt,
  parseEntry,
  parseEntryValue,
  signDraft,
  signedMessage,
  signedMessageOf,
} from '../../../src/core/ledger/entry.ts';

describe('entry encoding', () => {
  const seed = randomSeed();
  const payloads: Record<string, unknown>[] = [
    {
      item: 'fr-inv~item-1',
      type: 'annotated',
      text: 'plain',
      prev: `${'A'.repeat(43)}=`,
      occurredAt: '2026-11-23T10:00:00+01:00',
    },
    {
      item: 'fr-inv~item-1',
      type: 'annotated',
      text: 'quotes " and \\ backslashes, tab\t, newline\n, é, 漢字, emoji 🔒, \u2028',
      prev: `${'B'.repeat(43)}=`,
      occurredAt: '2026-11-23T10:00:00Z',
    },
    { z: 1, a: [3, 2, { y: null, b: true }], m: 1e21, n: -0.5, s: '' },
  ];

  it('composes exactly the JCS of the whole entry (RFC 8785), whichever payload', () => {
    for (const [k, payload] of payloads.entries()) {
      const draft = signDraft('custody.event', payload, { actor: `fr-inv-${k}`, seed });
      for (const index of [0, 12_345 + k, Number.MAX_SAFE_INTEGER]) {
        const entry: Entry = { ...draft, index, loggedAt: formatLoggedAt(1_795_000_000_000 + k) };
        const expected = canonicalBytes(entry);
        expect(encodeEntry(entry)).to.deep.equal(expected);
        expect(encodeEntry(entry, canonicalJson(payload))).to.deep.equal(expected);
      }
    }
  });

  it('signs the domain-separated JCS of the payload, however the message is built', () => {
    for (const payload of payloads) {
      expect(signedMessage('custody.event', payload)).to.deep.equal(
        new TextEncoder().encode(`custos/v1/custody.event\n${canonicalJson(payload)}`),
      );
      expect(signedMessageOf('case.opened', canonicalJson(payload))).to.deep.equal(
        signedMessage('case.opened', payload),
      );
    }
  });

  it('formats the log time of consecutive entries in one batch, and of the next batch, correctly', () => {
    expect(formatLoggedAt(0)).to.equal('1970-01-01T00:00:00.000Z');
    expect(formatLoggedAt(0)).to.equal('1970-01-01T00:00:00.000Z');
    expect(formatLoggedAt(1_795_000_000_123)).to.equal(new Date(1_795_000_000_123).toISOString());
  });

  it('reads back what it writes', () => {
    const draft = signDraft('custody.event', payloads[0]!, { actor: 'fr-inv', seed });
    const entry: Entry = { ...draft, index: 7, loggedAt: formatLoggedAt(1_795_000_000_000) };
    expect(parseEntry(encodeEntry(entry))).to.deep.include({ index: 7, kind: 'custody.event' });
  });

  it('reads an entry given as a JSON value as parseEntry reads its JCS bytes, refusals included', () => {
    const draft = signDraft('custody.event', payloads[0]!, { actor: 'fr-inv', seed });
    const entry: Entry = { ...draft, index: 7, loggedAt: formatLoggedAt(1_795_000_000_000) };
    const read = parseEntryValue(JSON.parse(JSON.stringify(entry)));
    expect(read.bytes).to.deep.equal(canonicalBytes(entry));
    expect(read.payloadJcs).to.equal(canonicalJson(entry.payload));
    expect(read.entry).to.deep.equal(parseEntry(canonicalBytes(entry)));
    const refusals: unknown[] = [
      { ...entry, extra: 1 },
      { ...entry, index: -1 },
      { ...entry, index: 1.5 },
      { ...entry, loggedAt: '2026-11-23T10:00:00Z' },
      { ...entry, signer: { ...entry.signer, note: 'x' } },
      { ...entry, payload: { ...entry.payload, type: 'teleported' } },
      { ...entry, kind: 'entry.deleted' },
      [entry],
    ];
    for (const value of refusals) {
      const message = (f: () => unknown) => {
        try {
          f();
        } catch (e) {
          return (e as Error).message;
        }
        return 'accepted';
      };
      expect(
        message(() => parseEntryValue(value)),
        JSON.stringify(value).slice(0, 80),
      ).to.equal(message(() => parseEntry(canonicalBytes(value))));
    }
  });
});
