/**
 * Court bundles exported by Custos 0.1.0 (test/vectors/custos-0.1.0, made by that version) are
 * what a court may already hold: today's verifier must still verify everything they prove. Their
 * log announced no version of the rules, so their entries are judged by version 1, under which
 * they were logged (docs/rules.md, Versions of the rules). They carry no completeness proof, and
 * the verifier must still say so.
 */
import { expect } from 'chai';
import { BundleSchema } from '../../../src/core/ledger/bundle.ts';
import { formatRulesLine, type RulesEpochs } from '../../../src/core/ledger/rules-version.ts';
import type { Check } from '../../../src/core/verify/result.ts';
import { verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { checkEntries, replay } from '../../../src/core/verify/verify-entries.ts';
import { readVector } from '../../support/vectors.ts';

const logKey = readVector('custos-0.1.0', 'log.vkey').toString('utf8').trim();
const BUNDLES = ['ex-784a-0000', 'ex-784a-0002', 'ex-784a-0001-img'];

describe('court bundles exported by Custos 0.1.0', () => {
  for (const item of BUNDLES)
    it(`${item}: every entry, signature, proof and rule still verifies; only completeness is unproven`, () => {
      const bundle = JSON.parse(readVector('custos-0.1.0', `${item}.bundle.json`).toString('utf8'));
      const result = verifyBundle(bundle, { logKey });
      const failed = result.checks.filter((c) => c.status === 'fail');
      expect(failed.map((c) => c.id)).to.deep.equal(['completeness']);
      expect(failed[0]!.detail).to.match(/carries no completeness proof/);
      const rules = result.checks.filter((c) => c.id === 'rules');
      expect(rules.map((c) => c.status)).to.deep.equal(['pass', 'pass']);
      expect(rules[1]!.detail).to.match(
        /announced no version of the rules: they were replayed under version 1/,
      );
      for (const id of ['checkpoint', 'inclusion', 'signatures', 'chain', 'digests'])
        expect(result.checks.find((c) => c.id === id)?.status, id).to.equal('pass');
    });

  it('the same entries judged by version 2 break the namespace rule: the version in force is what saves them', () => {
    const bundle = BundleSchema.parse(
      JSON.parse(readVector('custos-0.1.0', 'ex-784a-0000.bundle.json').toString('utf8')),
    );
    const checks: Check[] = [];
    replay(checkEntries(bundle, undefined, checks), checks, [{ version: 2, from: 0 }]);
    const broken = checks.filter((c) => c.id === 'rules' && c.status === 'fail' && c.code === 'id_namespace');
    expect(broken.map((c) => c.entry)).to.deep.equal([12, 17, 21, 49]);
  });
});

describe('the rules line measures older entries against the refusals of the versions the log announced', () => {
  const linesFor = (epochs: RulesEpochs) => {
    const bundle = BundleSchema.parse(
      JSON.parse(readVector('custos-0.1.0', 'ex-784a-0000.bundle.json').toString('utf8')),
    );
    const checks: Check[] = [];
    replay(checkEntries(bundle, undefined, checks), checks, epochs);
    return checks.filter((c) => c.id === 'rules' && c.status === 'pass').map((c) => c.detail);
  };

  // A log at version 2 or 3 was judged by every refusal its code knew: saying more of it when a
  // later version adds refusals would change the checks a court's report printed, and its pages.
  for (const epochs of [
    [{ version: 2, from: 0 }],
    [
      { version: 2, from: 0 },
      { version: 3, from: 10 },
    ],
    [{ version: 3, from: 0 }],
  ] as const)
    it(`announced ${formatRulesLine(epochs)}: no entry is said to be judged by an older version`, () => {
      expect(linesFor(epochs).filter((l) => /replayed under|no version/.test(l))).to.deep.equal([]);
    });

  it('announced version 2 from entry 5: the entries before it were replayed under version 1', () => {
    const lines = linesFor([{ version: 2, from: 5 }]).filter((l) => /replayed under/.test(l));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(
      /^\d+ of 30 entries were logged before entry 5, from which the log applies version 2 of the rules: each was replayed under the version in force for it$/,
    );
  });

  it('announced version 4 from entry 10: the entries before it (7 of this bundle) were replayed under the versions before', () => {
    expect(
      linesFor([
        { version: 2, from: 0 },
        { version: 4, from: 10 },
      ]),
    ).to.include(
      '7 of 30 entries were logged before entry 10, from which the log applies version 4 of the rules: each was replayed under the version in force for it',
    );
  });
});
