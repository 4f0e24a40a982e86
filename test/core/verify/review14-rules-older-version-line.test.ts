/**
 * Review of issue 14 (rules version 4): LATEST_REFUSALS_VERSION became 4, so entries a log
 * admitted under versions 2 and 3 now count as "older". When the log announced version 2 (or 3)
 * but not yet 4 — every bundle exported before the upgrade — the verifier must not tell the
 * reader that the log "announced no version of the rules" and that the entries were "replayed
 * under version 1": they were replayed under the version the checkpoint announces.
 */
import { expect } from 'chai';
import { BundleSchema } from '../../../src/core/ledger/bundle.ts';
import type { Check } from '../../../src/core/verify/result.ts';
import { checkEntries, replay } from '../../../src/core/verify/verify-entries.ts';
import { readVector } from '../../support/vectors.ts';

describe('review14: the rules line for a log that announced version 2 or 3 but not 4', () => {
  for (const epochs of [
    [{ version: 2, from: 0 }],
    [
      { version: 2, from: 0 },
      { version: 3, from: 10 },
    ],
  ])
    it(`announced ${epochs.map((e) => `${e.version}:${e.from}`).join(' ')}: no line claims version 1 or no announcement`, () => {
      const bundle = BundleSchema.parse(
        JSON.parse(readVector('custos-0.1.0', 'ex-784a-0000.bundle.json').toString('utf8')),
      );
      const checks: Check[] = [];
      replay(checkEntries(bundle, undefined, checks), checks, epochs);
      const lines = checks.filter((c) => c.id === 'rules' && c.status === 'pass').map((c) => c.detail);
      for (const line of lines)
        expect(line).to.not.match(/announced no version of the rules|replayed under version 1/);
    });
});
