/**
 * Versions of the rules (docs/rules.md): an entry is judged by the version the log announced
 * for its index, so a rule added later never voids what was lawfully logged before it.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { DERIVATIVES_MAPPED_IN } from '../../../src/core/ledger/map-subjects.ts';
import {
  checkpointRulesEpochs,
  epochsFromNowOn,
  formatRulesLine,
  LATEST_REFUSALS_VERSION,
  RULE_ADDED_IN,
  RULE_INTRODUCED_IN,
  RULES_VERSION,
  rulesDisagreement,
  rulesVersionAt,
} from '../../../src/core/ledger/rules-version.ts';
import { signCheckpoint } from '../../../src/core/log/checkpoint.ts';
import type { Check } from '../../../src/core/verify/result.ts';
import { checkKnownCheckpoint } from '../../../src/core/verify/verify-known-checkpoint.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { makeIdentity } from '../../support/log-fixture.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const withLine = (...extensions: string[]) => ({ extensions });

describe('versions of the rules', () => {
  describe('the checkpoint line', () => {
    it('reads what it writes, and no line means version 1 throughout', () => {
      const epochs = [
        { version: 2, from: 0 },
        { version: 3, from: 1200 },
      ];
      expect(formatRulesLine(epochs)).to.equal('custos-rules/v1 2:0 3:1200');
      expect(checkpointRulesEpochs(withLine('custos-map/v1 AAAA', formatRulesLine(epochs)))).to.deep.equal(
        epochs,
      );
      expect(checkpointRulesEpochs(withLine())).to.deep.equal([]);
      expect(rulesVersionAt([], 5)).to.equal(1);
    });

    for (const bad of [
      'custos-rules/v1 ',
      'custos-rules/v1 1:0',
      'custos-rules/v1 2:01',
      'custos-rules/v1 2:-1',
      'custos-rules/v1 2:5 2:9',
      'custos-rules/v1 3:5 2:9',
      'custos-rules/v1 2:9 3:5',
      'custos-rules/v1 2:0  3:5',
      'custos-rules/v1 2:99999999999999999',
    ])
      it(`refuses the malformed line "${bad}"`, () => {
        expect(() => checkpointRulesEpochs(withLine(bad))).to.throw(/rules line/);
      });

    it('refuses two rules lines in one checkpoint', () => {
      expect(() => checkpointRulesEpochs(withLine('custos-rules/v1 2:0', 'custos-rules/v1 2:0'))).to.throw(
        /more than one/,
      );
    });

    it('applies each version from its index on', () => {
      const epochs = [{ version: 2, from: 83 }];
      expect(rulesVersionAt(epochs, 0)).to.equal(1);
      expect(rulesVersionAt(epochs, 82)).to.equal(1);
      expect(rulesVersionAt(epochs, 83)).to.equal(2);
    });

    it('announces this version from the size of a log that has not announced it, and never moves it', () => {
      expect(epochsFromNowOn([], 0)).to.deep.equal([{ version: RULES_VERSION, from: 0 }]);
      expect(epochsFromNowOn([], 83)).to.deep.equal([{ version: RULES_VERSION, from: 83 }]);
      const announced = [{ version: RULES_VERSION, from: 83 }];
      expect(epochsFromNowOn(announced, 500)).to.equal(announced);
    });
  });

  describe('two checkpoints of one log', () => {
    const cp = (size: number, line?: string) => ({ size, extensions: line ? [line] : [] });
    it('agree when an announcement is carried forward, or made from an index the older did not cover', () => {
      expect(rulesDisagreement(cp(10), cp(20))).to.equal(undefined);
      expect(rulesDisagreement(cp(10), cp(20, 'custos-rules/v1 2:10'))).to.equal(undefined);
      expect(rulesDisagreement(cp(10, 'custos-rules/v1 2:4'), cp(10, 'custos-rules/v1 2:4'))).to.equal(
        undefined,
      );
      expect(rulesDisagreement(cp(10, 'custos-rules/v1 2:0'), cp(90, 'custos-rules/v1 2:0 3:50'))).to.equal(
        undefined,
      );
    });

    for (const [older, newer, why] of [
      [cp(10, 'custos-rules/v1 2:4'), cp(20), 'dropped'],
      [cp(10, 'custos-rules/v1 2:4'), cp(20, 'custos-rules/v1 2:3'), 'moved back'],
      [cp(10, 'custos-rules/v1 2:4'), cp(20, 'custos-rules/v1 2:8'), 'moved forward'],
      [cp(10), cp(20, 'custos-rules/v1 2:3'), 'made for entries the older checkpoint covered'],
      [cp(10, 'custos-rules/v1 2:0'), cp(20, 'custos-rules/v1 2:0 3:5'), 'a new version reaching back'],
    ] as const)
      it(`disagree when an announcement is ${why}`, () => {
        expect(rulesDisagreement(older, newer)).to.match(/never moves or drops/);
      });
  });

  it('a reader who saw a checkpoint announcing version 2 from entry 4 is told when the log later drops it', () => {
    const id = makeIdentity();
    const root = new Uint8Array(32).fill(7);
    const note = (extensions: string[]) =>
      signCheckpoint({ origin: id.origin, size: 10, rootHash: root, extensions }, id.signer);
    const checks: Check[] = [];
    const bundleCp = { origin: id.origin, size: 10, rootHash: root, extensions: [] };
    checkKnownCheckpoint(bundleCp, id.verifier, { knownCheckpoint: note(['custos-rules/v1 2:4']) }, checks);
    expect(checks.find((c) => c.code === 'rules_moved')?.status).to.equal('fail');
  });

  describe('an entry judged by the version in force for it', () => {
    let s: MemoryStory;
    const PHONE_V1 = 'phone-1';

    /** A log that announced version 2 from entry `from` (none: version 1 throughout). */
    function story(from?: number) {
      s = new MemoryStory();
      s.rules = from === undefined ? [] : [{ version: 2, from }];
      s.genesis();
      s.register('fr-inv', ['investigator']);
    }

    it('takes an id without "~" under version 1 and refuses it under version 2', () => {
      story();
      s.openCase('c-1', 'fr-inv');
      story(0);
      refusedBy('id_namespace', () => s.openCase('c-1', 'fr-inv'));
    });

    it("refuses an id under another actor's name under every version", () => {
      story();
      refusedBy('id_namespace', () => s.openCase('fr-other~c-1', 'fr-inv'));
    });

    it('lets version 1 destroy a preserved item, as it did, and version 2 refuse it', () => {
      const destroyPreserved = () => {
        s.openCase('fr-inv~c', 'fr-inv');
        s.registerItem(PHONE_V1, 'fr-inv~c', 'fr-inv');
        s.event(PHONE_V1, 'preserved', { order: 'PO-1', until: s.at(60 * 24 * 30) }, 'fr-inv');
        return s.event(PHONE_V1, 'destroyed', { method: 'wiped', authorisation: 'order D-1' }, 'fr-inv');
      };
      story();
      expect(destroyPreserved().entry.index).to.be.greaterThan(0);
      // Version 2 from the destruction's index on: everything before it was judged by version 1.
      story(5);
      refusedBy('under_preservation', destroyPreserved);
    });

    it("lets version 1 take a key holder's backdated revocation without a note, and version 2 refuse it", () => {
      const backdate = () => {
        const inv = s.ledger.actor('fr-inv')!;
        return s.submit(
          'key.revoked',
          {
            actor: 'fr-inv',
            publicKey: inv.keys[0]!.publicKey,
            reason: 'compromised',
            effectiveAt: new Date(s.clockMs - 3 * 86_400_000).toISOString(),
            prev: inv.head.leafHash,
          },
          'fr-inv',
        );
      };
      story();
      expect(backdate().entry.kind).to.equal('key.revoked');
      story(0);
      refusedBy('backdated_revocation', backdate);
    });
  });

  it('docs/rules.md lists every rule a version added, with its version', () => {
    const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    const at = docs.indexOf('## Versions of the rules');
    expect(at, 'the section exists').to.be.greaterThan(0);
    const section = docs.slice(at);
    for (const [code, version] of Object.entries(RULE_INTRODUCED_IN))
      expect(section, code).to.match(new RegExp(`\\| \`${code}\` \\| ${version} \\|`));
  });

  it('docs/rules.md lists every rule a version added under an older code, by name, with its version', () => {
    const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Versions of the rules'));
    for (const [rule, version] of Object.entries(RULE_ADDED_IN))
      expect(section, rule).to.match(new RegExp(`\\| \`${rule}\`: [^|]+ \\| ${version} \\|`));
    expect(LATEST_REFUSALS_VERSION).to.equal(
      Math.max(...Object.values(RULE_INTRODUCED_IN), ...Object.values(RULE_ADDED_IN)),
    );
  });

  it('docs/rules.md lists the version from which derived registrations count in the map, the newest this code applies', () => {
    const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Versions of the rules'));
    expect(section).to.include(
      `| (history map: a derived registration updates its parent's \`derivatives\` key) | ${DERIVATIVES_MAPPED_IN} |`,
    );
    expect(RULES_VERSION).to.equal(Math.max(LATEST_REFUSALS_VERSION, DERIVATIVES_MAPPED_IN));
  });
});
