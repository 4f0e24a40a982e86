/**
 * The verifier page's markup. The builder (src/http/verify-page-routes.ts) fills in the bundled
 * script, the styles and the Content-Security-Policy that allows exactly those two by hash; the
 * policy is repeated in a meta element so a copy saved to disk is as locked down as the served
 * page. Static text only: everything about a bundle is added by the script, as text. Elements
 * marked `data-i18n` hold a catalogue message (src/core/i18n), English here, which the script
 * replaces with the reader's language.
 * @module
 */

export interface PageParts {
  readonly script: string;
  readonly style: string;
  /** The policy for the meta element (no frame-ancestors: meta cannot carry it). */
  readonly csp: string;
}

/**
 * One pass with a replacer function: a replacement string would interpret the `$&`-patterns that
 * minified code may well contain, and a second pass could fill a placeholder inside the script.
 */
export function fillTemplate(parts: PageParts): string {
  return PAGE.replace(/\{\{(csp|style|script)\}\}/g, (_, name: keyof PageParts) => parts[name]);
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title data-i18n="page.title">Custos — verify a court bundle</title>
<link rel="icon" href="data:,">
<style>{{style}}</style>
</head>
<body>
<a class="skip" href="#result" data-i18n="page.skip">Skip to the result</a>
<header class="masthead">
<div class="wrap">
<p class="lang-switch"><label for="lang" data-i18n="page.language">Language</label> <select id="lang" autocomplete="off"></select></p>
<p class="brand">Custos <span data-i18n="page.brand">chain-of-custody ledger</span></p>
<h1 data-i18n="page.heading">Verify a court bundle</h1>
<p class="lede" data-i18n="page.lede">Checks an evidence item’s custody history against the log’s signed checkpoint, with the same code as the command-line verifier. It all happens in this page: nothing you choose here is uploaded, and the page also works saved to disk and opened offline.</p>
<p id="review-note" class="review-note" hidden></p>
</div>
</header>
<main class="wrap">
<form id="inputs" class="inputs" novalidate>
<section class="step" aria-labelledby="step-key">
<h2 id="step-key"><span class="step-num" aria-hidden="true">1</span> <span data-i18n="page.stepKey">Pin the log’s verifier key</span></h2>
<label for="log-key" data-i18n="page.logKey">Log verifier key</label>
<textarea id="log-key" name="log-key" rows="3" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="log-key-help" placeholder="custos.example/log+1a2b3c4d+AXyz…"></textarea>
<p id="log-key-help" class="help" data-i18n="page.logKeyHelp">Use the key the log’s operator gave you out of band — by letter, by phone, through a court registry. Never copy it from the bundle: the bundle’s own copy is only compared with it.</p>
<details class="more">
<summary data-i18n="page.moreWitness">Witness policy and an earlier checkpoint (optional)</summary>
<label for="witness-keys" data-i18n="page.witnessKeys">Witness keys you trust, one per line</label>
<textarea id="witness-keys" rows="2" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="witness-help" placeholder="witness.example+0a1b2c3d+BOfg…"></textarea>
<label for="witness-threshold" data-i18n="page.threshold">How many of them must have cosigned</label>
<input id="witness-threshold" type="number" min="1" step="1" inputmode="numeric" aria-describedby="witness-help" placeholder="all">
<p id="witness-help" class="help" data-i18n="page.witnessHelp">With a policy, the checkpoint must carry valid cosignatures from at least that many of these witnesses: they saw the same log as you.</p>
<label for="known-checkpoint" data-i18n="page.knownCheckpoint">A checkpoint of this log you saw before</label>
<textarea id="known-checkpoint" rows="4" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="checkpoint-help"></textarea>
<p id="checkpoint-help" class="help" data-i18n="page.checkpointHelp">The bundle’s checkpoint must not be older than it, nor disagree with it: that would be a rolled-back or forked log.</p>
</details>
<details class="more">
<summary data-i18n="page.moreTsa">Timestamping authorities and the post-quantum key (optional)</summary>
<label for="tsa-roots" data-i18n="page.tsaRoots">Root certificates of timestamping authorities you trust (PEM)</label>
<textarea id="tsa-roots" rows="3" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="tsa-help" placeholder="-----BEGIN CERTIFICATE-----"></textarea>
<p id="tsa-help" class="help" data-i18n="page.tsaHelp">With a TSA root, every event must be in a checkpoint that authority timestamped (RFC 3161), and each event is shown as logged no later than that time.</p>
<label for="pq-key" data-i18n="page.pqKey">The log’s ML-DSA-44 verifier key</label>
<textarea id="pq-key" rows="2" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="pq-help" placeholder="custos.example/log+1a2b3c4d+Bh…"></textarea>
<p id="pq-help" class="help" data-i18n="page.pqHelp">With this key, the checkpoint must also carry a valid post-quantum (ML-DSA-44) signature by it.</p>
</details>
<details class="more" id="other-logs-more">
<summary data-i18n="page.moreOtherLogs">Other logs, for a bundle that spans several logs (optional)</summary>
<label for="other-logs" data-i18n="page.otherLogs">Verifier keys of other logs you trust, one per line</label>
<textarea id="other-logs" rows="3" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="other-logs-help" placeholder="custos.other.example/log+1a2b3c4d+AXyz…"></textarea>
<p id="other-logs-help" class="help" data-i18n="page.otherLogsHelp">A bundle exported in one state may carry the part of the log of the state that disclosed the item. That part is checked only with a key you pin here for its log, never with one the bundle names. Paste the keys, or load a trust store file (custos-trust/v1). They are used for this page only, unless you choose to remember them in this browser.</p>
<div id="other-log-policies" class="other-log-policies" hidden></div>
<p id="other-log-policy-help" class="help" data-i18n="page.otherLogPolicyHelp">With witnesses, that log’s part counts only if the checkpoint that proves its disclosure carries valid cosignatures from at least that many of them: the witness policy a trust store keeps for that log (custos trust add --witness). Empty: the log’s key alone.</p>
<label for="other-logs-file" data-i18n="page.otherLogsFile">Load a trust store file (custos-trust/v1)</label>
<input id="other-logs-file" type="file" accept=".json,application/json">
<p class="other-logs-actions"><button type="button" id="remember-other-logs" data-i18n="page.rememberOtherLogs">Remember these keys and witness policies in this browser</button> <button type="button" id="forget-other-logs" data-i18n="page.forgetOtherLogs">Forget the remembered keys</button></p>
<p id="other-logs-status" class="help" role="status" aria-live="polite"></p>
</details>
</section>
<section class="step" aria-labelledby="step-bundle">
<h2 id="step-bundle"><span class="step-num" aria-hidden="true">2</span> <span data-i18n="page.stepBundle">Choose the bundle</span></h2>
<div id="bundle-drop" class="drop">
<label for="bundle-file" data-i18n="page.bundleFile">bundle.json, or the report PDF it is attached to</label>
<input id="bundle-file" type="file" accept=".json,.pdf,application/json,application/pdf">
<p class="help" data-i18n="page.drop">or drop the file here</p>
<p id="bundle-name" class="file-name"></p>
</div>
</section>
<section class="step" aria-labelledby="step-file">
<h2 id="step-file"><span class="step-num" aria-hidden="true">3</span> <span data-i18n="page.stepFile">Check the evidence file</span> <span class="optional" data-i18n="page.optional">optional</span></h2>
<div id="evidence-drop" class="drop">
<label for="evidence-file" data-i18n="page.evidenceFile">The evidence file itself (e.g. the disk image)</label>
<input id="evidence-file" type="file">
<p class="help" data-i18n="page.evidenceHelp">Its SHA-256 is computed here, in pieces, and compared with the registered digest. Large files take a while.</p>
<progress id="evidence-progress" hidden aria-label="Hashing the evidence file" data-i18n-aria-label="page.hashing"></progress>
<p id="evidence-name" class="file-name"></p>
</div>
</section>
<div class="actions">
<button type="submit" class="primary" data-i18n="page.verify">Verify</button>
<button type="button" id="print" data-i18n="page.print">Print</button>
<p id="status" class="status" role="status" aria-live="polite"></p>
</div>
</form>
<div id="result" class="result" tabindex="-1"></div>
<details id="proves" class="block proves">
<summary data-i18n="page.proves">What a verified bundle proves, and what it does not</summary>
<p data-i18n="page.provesText">It proves that the log whose key you pinned committed, in this order, to these entries, signed by these actors with keys valid at the time, obeying the custody rules; and — with a witness policy — that the witnesses saw the same log.</p>
<p data-i18n="page.notProvesText">It does not prove that the history is complete after the checkpoint (later events may exist: ask for a fresh bundle), or that what an actor signed is true in the world. Those rest on the actors, the witnesses and the courts.</p>
</details>
</main>
<footer class="wrap foot">
<p data-i18n="page.footer">Formats custos-bundle/v2 and v3, a bundle across several logs (v1 is read, and fails completeness), specified in docs/bundle.md. This page makes no network requests; its security policy forbids them.</p>
</footer>
<script>{{script}}</script>
</body>
</html>
`;
