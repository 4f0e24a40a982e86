import { expect } from 'chai';
import {
  parseRecordedTrust,
  recordedTrustJson,
  recordingOtherLogs,
  recordTrust,
  rootFingerprint,
  TrustNotPinned,
  trustToReproduce,
} from '../../src/report/recorded-trust.ts';

const root = (byte: number) => ({ name: `root ${byte}`, der: new Uint8Array(40).fill(byte) });

describe('the trust a report records', () => {
  it('names TSA roots by SHA-256, sorted and without repeats, and never carries them', () => {
    const recorded = recordTrust({ tsa: { roots: [root(2), root(1), root(2)], required: 1 } });
    const prints = [rootFingerprint(root(1).der), rootFingerprint(root(2).der)].sort();
    expect(recorded).to.deep.equal({ tsa: { roots: prints, required: 1 } });
    expect(recordedTrustJson(recorded)).to.equal(
      `{"tsa":{"required":1,"roots":["${prints[0]}","${prints[1]}"]}}`,
    );
    expect(recordedTrustJson(recordTrust({}))).to.equal('{}');
  });

  it('refuses a record this renderer would not write: unknown members, other spellings, no roots', () => {
    const print = rootFingerprint(root(1).der);
    for (const bad of [
      '{"tsa":{"required":1,"roots":[]}}',
      `{"tsa":{"roots":["${print}"],"required":1}}`,
      `{"tsa":{"required":1,"roots":["${print}"]},"witnesses":1}`,
      `{"tsa":{"required":1,"roots":["${print.toUpperCase()}"]}}`,
      'null',
      '',
    ])
      expect(() => parseRecordedTrust(bad), bad).to.throw();
    expect(parseRecordedTrust(`{"tsa":{"required":1,"roots":["${print}"]}}`)).to.deep.equal({
      tsa: { required: 1, roots: [print] },
    });
  });

  it('reproduces with the reader’s own pinned roots and the recorded count, whatever the reader requires', () => {
    const recorded = recordTrust({ tsa: { roots: [root(1)], required: 1 } });
    const pinned = { logKey: 'k', tsa: { roots: [root(3), { ...root(1), name: 'ours' }], required: 2 } };
    expect(trustToReproduce(recorded, pinned)).to.deep.equal({
      logKey: 'k',
      tsa: { roots: [{ ...root(1), name: 'ours' }], required: 1 },
    });
    expect(trustToReproduce({}, pinned)).to.deep.equal({ logKey: 'k' });
  });

  it('cannot reproduce when a recorded root is not pinned, naming its fingerprint', () => {
    const recorded = recordTrust({ tsa: { roots: [root(1), root(2)], required: 2 } });
    const pinned = { logKey: 'k', tsa: { roots: [root(1)], required: 1 } };
    expect(() => trustToReproduce(recorded, pinned))
      .to.throw(TrustNotPinned)
      .with.property('message')
      .that.includes(rootFingerprint(root(2).der));
    expect(() => trustToReproduce(recorded, { logKey: 'k' })).to.throw(TrustNotPinned);
  });

  it('records the other logs’ keys a verification used (their witness policies applied, not recorded), and reproduces only with the reader’s same pins, keys alone', () => {
    const [az, de] = ['custos.az.example/log+01020304+AQ==', 'custos.de.example/log+05060708+AQ=='];
    const pins = (origin: string) =>
      origin === 'custos.az.example/log'
        ? { logKey: az, witnesses: { keys: ['w'], threshold: 1 } }
        : origin === 'custos.de.example/log'
          ? { logKey: de }
          : undefined;
    const recording = recordingOtherLogs(pins);
    // The exporter's witness policy still gates the export (a part that does not meet it fails)...
    expect(recording.otherLogs('custos.az.example/log')).to.deep.equal(pins('custos.az.example/log'));
    expect(recording.otherLogs('custos.other.example/log')).to.equal(undefined);
    const recorded = recordTrust({}, recording.used);
    expect(recordedTrustJson(recorded)).to.equal(`{"logs":["${az}"]}`);
    expect(parseRecordedTrust(recordedTrustJson(recorded))).to.deep.equal(recorded);
    const again = trustToReproduce(recorded, { logKey: 'k', otherLogs: pins });
    // ...but only keys are recorded, and the pages are drawn again under the keys alone.
    expect(again.otherLogs?.('custos.az.example/log')).to.deep.equal({ logKey: az });
    // Not asked for at export, so not used to draw the pages again, though the reader pinned it.
    expect(again.otherLogs?.('custos.de.example/log')).to.equal(undefined);
    for (const reader of [{ logKey: 'k' }, { logKey: 'k', otherLogs: () => ({ logKey: de }) }])
      expect(() => trustToReproduce(recorded, reader))
        .to.throw(TrustNotPinned)
        .with.property('message')
        .that.includes(az);
  });
});
