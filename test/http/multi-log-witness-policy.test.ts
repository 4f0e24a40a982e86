/**
 * The witness policy a reader pins for another log applies to that log's part of a multi-log
 * bundle (docs/bundle.md §4, Parts; docs/cli.md, The trust store): the checkpoint that proves
 * the disclosure must carry valid cosignatures from at least k of the n witnesses pinned for
 * that log's origin, each witness counted once, or the part fails naming the witnesses missing.
 * Two real logs, A's checkpoints cosigned by two real witness processes; the demo records the
 * story. Each rule is attacked: a part whose checkpoint lacks a required cosignature, one
 * cosigned by a witness outside the policy (and by an impostor under a policy witness's name), a
 * forged cosignature, and k of n reached with one witness's line twice. `custos verify` and
 * `custos export` apply the trust store's policy; every reason is a catalogue message, with no
 * English in six other languages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import type { Language } from '../../src/core/i18n/languages.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { formatSignatureLine, formatVerifierKey, SIG_TYPE_COSIGNATURE_V1 } from '../../src/core/log/note.ts';
import { parseTlogProof } from '../../src/core/log/tlog-proof.ts';
import type { Check } from '../../src/core/verify/result.ts';
import type { WitnessPolicy } from '../../src/core/verify/trust-policy.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { cosign } from '../../src/core/witness/cosignature.ts';
import { runCli } from '../support/cli-runner.ts';
import { englishLeaks } from '../support/english-leaks.ts';
import { by, editProofLines, forgedLine } from '../support/part-cosignatures.ts';
import { removeTempDirs } from '../support/temp-dir.ts';
import { A_ORIGIN, startTwoLogs, type TwoLogs } from '../support/two-logs.ts';
import type { WitnessProcess } from '../support/witness-process.ts';

// biome-ignore lint/suspicious/noExplicitAny: bundles are edited as plain JSON to tamper with them.
type Json = any;

describe('the witness policy pinned for another log, applied to its part of a bundle', function () {
  this.timeout(300_000);
  let logs: TwoLogs;
  let w1: WitnessProcess;
  let w2: WitnessProcess;
  let both: WitnessPolicy;
  const policyFor = (policy: WitnessPolicy) => (origin: string) =>
    origin === A_ORIGIN ? { logKey: logs.aKey, witnesses: policy } : undefined;
  const verifyPart = (bundle: unknown, policy: WitnessPolicy = both): Check[] =>
    verifyBundle(bundle, { logKey: logs.bKey, otherLogs: policyFor(policy) }).checks.filter(
      (c) => c.id === 'parts',
    );
  /** A witness key nobody runs: a policy member that cannot have cosigned. */
  const absent = {
    name: 'witness-3.test-witness.example',
    vkey: formatVerifierKey(
      'witness-3.test-witness.example',
      SIG_TYPE_COSIGNATURE_V1,
      publicKeyFromSeed(randomSeed()),
    ),
  };

  before(async () => {
    logs = await startTwoLogs({ witnessesOfA: 2 });
    [w1, w2] = logs.witnessesOfA as [WitnessProcess, WitnessProcess];
    both = { keys: [w1.vkey, w2.vkey], threshold: 2 };
  });
  after(async () => {
    await logs?.stop();
    await removeTempDirs();
  });

  it("verifies A's part when both witnesses A's reader requires cosigned its checkpoint", () => {
    const proof = parseTlogProof(logs.spanning.parts![0]!.disclosure.tlogProof);
    expect(proof.checkpoint).to.include(`— ${w1.name} `).and.include(`— ${w2.name} `);
    const [part] = verifyPart(logs.spanning);
    expect(part, part?.detail).to.include({ status: 'pass' });
  });

  it('fails a part whose checkpoint lacks a required cosignature, naming the witness missing', () => {
    const stripped = editProofLines(logs.spanning, (lines) => lines.filter((l) => !by(w2)(l)));
    const [part] = verifyPart(stripped);
    expect(part).to.include({ status: 'fail', code: 'witness_quorum' });
    expect(part!.detail).to.include(
      `1 of the 2 required trusted witnesses cosigned the checkpoint (${w1.name}); not cosigned by: ${w2.name}`,
    );
    // 1 of 2 suffices for a reader who asks no more.
    expect(verifyPart(stripped, { ...both, threshold: 1 })[0]).to.include({ status: 'pass' });
    const bare = editProofLines(logs.spanning, (lines) => lines.filter((l) => !by(w1)(l) && !by(w2)(l)));
    expect(verifyPart(bare)[0]!.detail).to.include(
      `0 of the 2 required trusted witnesses cosigned the checkpoint; not cosigned by: ${w1.name}, ${w2.name}`,
    );
  });

  it('counts no cosignature by a witness outside the policy, nor by an impostor under a policy witness’s name', () => {
    const [outside] = verifyPart(logs.spanning, { keys: [w1.vkey, absent.vkey], threshold: 2 });
    expect(outside).to.include({ status: 'fail', code: 'witness_quorum' });
    expect(outside!.detail).to.include(`not cosigned by: ${absent.name}`).and.not.include(w2.name);
    const seed = randomSeed();
    const impostor = { name: w2.name, seed, publicKey: publicKeyFromSeed(seed) };
    const replaced = editProofLines(logs.spanning, (lines, note) => [
      ...lines.filter((l) => !by(w2)(l)),
      formatSignatureLine(cosign(note, impostor, BigInt(Math.floor(Date.now() / 1000)))).trimEnd(),
    ]);
    const [part] = verifyPart(replaced);
    expect(part).to.include({ status: 'fail', code: 'witness_quorum' });
    expect(part!.detail).to.include(`not cosigned by: ${w2.name}`);
  });

  it('fails a part whose checkpoint carries a forged cosignature of a policy witness, naming it', () => {
    const forged = editProofLines(logs.spanning, (lines) => lines.map(forgedLine(w2)));
    const [part] = verifyPart(forged);
    expect(part).to.include({ status: 'fail', code: 'bad_signature' });
    expect(part!.detail).to.include(`the signature by ${w2.name} on the checkpoint does not verify`);
  });

  it('counts one witness once: its line twice, or its key twice in the policy, is not 2 of 2', () => {
    const twice = editProofLines(logs.spanning, (lines) => {
      const kept = lines.filter((l) => !by(w2)(l));
      return [...kept, kept.find(by(w1))!];
    });
    expect(
      parseTlogProof(twice.parts[0].disclosure.tlogProof).checkpoint.split(`— ${w1.name} `),
    ).to.have.length(3);
    const [part] = verifyPart(twice);
    expect(part).to.include({ status: 'fail', code: 'witness_quorum' });
    expect(part!.detail).to.include(`1 of the 2 required`).and.include(`not cosigned by: ${w2.name}`);
    // A policy naming w1 twice (which the trust store refuses to keep) still counts w1 once.
    const [listedTwice] = verifyPart(twice, { keys: [w1.vkey, w1.vkey], threshold: 2 });
    expect(listedTwice).to.include({ status: 'fail', code: 'witness_quorum' });
  });

  it('says every reason in six other languages with no English, neither the catalogue’s nor a thrown error’s', () => {
    const stripped = editProofLines(logs.spanning, (lines) => lines.filter((l) => !by(w2)(l)));
    const forged = editProofLines(logs.spanning, (lines) => lines.map(forgedLine(w1)));
    // The inclusion path altered: the proof no longer leads to the cosigned root.
    const unproven: Json = structuredClone(logs.spanning);
    const proofLines = (unproven.parts[0].disclosure.tlogProof as string).split('\n');
    proofLines[2] = toBase64(fromBase64(proofLines[2]!).map((b, i) => (i === 0 ? b ^ 1 : b)));
    unproven.parts[0].disclosure.tlogProof = proofLines.join('\n');
    // An entry of the part's own bundle (not the disclosure) made malformed: a check inside the
    // part whose reason the verifier would quote in English.
    const malformed: Json = structuredClone(logs.spanning);
    const inner = malformed.parts[0].bundle.entries.find(
      (x: Json) => x.entry.index !== logs.story.disclosure && x.entry.kind === 'custody.event',
    );
    inner.entry.payload.type = 42;
    const failing = [stripped, forged, unproven, malformed].map((b) => verifyPart(b)[0]!);
    expect(failing.map((c) => c.code)).to.deep.equal([
      'witness_quorum',
      'bad_signature',
      'bad_proof',
      'bad_proof',
    ]);
    expect(failing.map((c) => c.status)).to.deep.equal(['fail', 'fail', 'fail', 'fail']);
    expect(failing[3]!.message!.key).to.equal('detail.partBundleFailed');
    for (const language of ['az', 'ru', 'ar', 'zh', 'fr', 'es'] as Language[]) {
      const tr = translator([language]);
      for (const c of failing) {
        const printed = tr.t(c.message!.key, c.message!.values);
        expect(englishLeaks(printed, language, [c.detail]), `${language}: ${printed}`).to.deep.equal([]);
      }
    }
  });

  it('custos verify and custos export apply the witness policy the trust store keeps for A', async () => {
    const env = {
      CUSTOS_URL: logs.b.url,
      CUSTOS_ACTOR: 'de-bka-lab-koch',
      CUSTOS_KEY: logs.keyFile(logs.dirB, 'de-bka-lab-koch'),
      CUSTOS_CONFIG: join(logs.out, 'witnessed', 'config.json'),
    };
    expect((await runCli(['trust', 'add', logs.bKey], env)).code).to.equal(0);
    const added = await runCli(['trust', 'add', logs.aKey, '--witness', w1.vkey, '--witness', w2.vkey], env);
    expect(added.stdout).to.include('requiring 2 of 2 witnesses');
    const twice = await runCli(['trust', 'add', logs.aKey, '--witness', w1.vkey, '--witness', w1.vkey], env);
    expect(twice.code).to.not.equal(0);
    const whole = join(logs.out, 'whole.json');
    const stripped = join(logs.out, 'stripped.json');
    await writeFile(whole, JSON.stringify(logs.spanning));
    await writeFile(
      stripped,
      JSON.stringify(editProofLines(logs.spanning, (l) => l.filter((x) => !by(w2)(x)))),
    );
    const ok = await runCli(['verify', whole], env);
    expect(ok.code, ok.stdout + ok.stderr).to.equal(0);
    const refused = await runCli(['verify', stripped], env);
    expect(refused.code).to.not.equal(0);
    expect(refused.stdout).to.include(`not cosigned by: ${w2.name}`);
    const json = await runCli(['--json', 'verify', stripped], env);
    const parts = json.json<{ checks: Check[] }>().checks.filter((c) => c.id === 'parts');
    expect(parts.map((c) => [c.status, c.code])).to.deep.equal([['fail', 'witness_quorum']]);
    // Export checks the part it adds with the same policy: a package A's witnesses did not both
    // cosign is not exported; the package as received is.
    const pkg = JSON.parse(await readFile(logs.packageFile, 'utf8'));
    const strippedPkg = join(logs.out, 'stripped-package.json');
    const lines = (pkg.disclosure.tlogProof as string).split('\n');
    await writeFile(
      strippedPkg,
      JSON.stringify({
        ...pkg,
        disclosure: { ...pkg.disclosure, tlogProof: lines.filter((l) => !by(w2)(l)).join('\n') },
      }),
    );
    const args = (p: string, out: string) => [
      'export',
      logs.story.deItem,
      '--transfer',
      p,
      '--out',
      join(logs.out, out),
    ];
    const notExported = await runCli(args(strippedPkg, 'court-stripped'), env);
    expect(notExported.code).to.not.equal(0);
    expect(notExported.stdout + notExported.stderr).to.include(`not cosigned by: ${w2.name}`);
    const exported = await runCli(args(logs.packageFile, 'court'), env);
    expect(exported.code, exported.stderr).to.equal(0);
    const report = await runCli(['verify', join(logs.out, 'court', 'report.pdf')], env);
    expect(report.code, report.stdout + report.stderr).to.equal(0);
    expect(report.stdout).to.match(/PAGES: /);
  });
});
