/**
 * The verifier page's markup. The builder (src/http/verify-page-routes.ts) fills in the bundled
 * script, the styles and the Content-Security-Policy that allows exactly those two by hash; the
 * policy is repeated in a meta element so a copy saved to disk is as locked down as the served
 * page. Static text only: everything about a bundle is added by the script, as text.
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
<title>Custos — verify a court bundle</title>
<link rel="icon" href="data:,">
<style>{{style}}</style>
</head>
<body>
<a class="skip" href="#result">Skip to the result</a>
<header class="masthead">
<div class="wrap">
<p class="brand">Custos <span>chain-of-custody ledger</span></p>
<h1>Verify a court bundle</h1>
<p class="lede">Checks an evidence item’s custody history against the log’s signed checkpoint, with the same code as the command-line verifier. It all happens in this page: nothing you choose here is uploaded, and the page also works saved to disk and opened offline.</p>
</div>
</header>
<main class="wrap">
<form id="inputs" class="inputs" novalidate>
<section class="step" aria-labelledby="step-key">
<h2 id="step-key"><span class="step-num" aria-hidden="true">1</span> Pin the log’s verifier key</h2>
<label for="log-key">Log verifier key</label>
<textarea id="log-key" name="log-key" rows="3" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="log-key-help" placeholder="custos.example/log+1a2b3c4d+AXyz…"></textarea>
<p id="log-key-help" class="help">Use the key the log’s operator gave you <strong>out of band</strong> — by letter, by phone, through a court registry. Never copy it from the bundle: the bundle’s own copy is only compared with it.</p>
<details class="more">
<summary>Witness policy and an earlier checkpoint (optional)</summary>
<label for="witness-keys">Witness keys you trust, one per line</label>
<textarea id="witness-keys" rows="2" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="witness-help" placeholder="witness.example+0a1b2c3d+BOfg…"></textarea>
<label for="witness-threshold">How many of them must have cosigned</label>
<input id="witness-threshold" type="number" min="0" step="1" inputmode="numeric" aria-describedby="witness-help" placeholder="all">
<p id="witness-help" class="help">With a policy, the checkpoint must carry valid cosignatures from at least that many of these witnesses: they saw the same log as you.</p>
<label for="known-checkpoint">A checkpoint of this log you saw before</label>
<textarea id="known-checkpoint" rows="4" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="checkpoint-help"></textarea>
<p id="checkpoint-help" class="help">The bundle’s checkpoint must not be older than it, nor disagree with it: that would be a rolled-back or forked log.</p>
</details>
<details class="more">
<summary>Timestamping authorities and the post-quantum key (optional)</summary>
<label for="tsa-roots">Root certificates of timestamping authorities you trust (PEM)</label>
<textarea id="tsa-roots" rows="3" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="tsa-help" placeholder="-----BEGIN CERTIFICATE-----"></textarea>
<p id="tsa-help" class="help">With a TSA root, every event must be in a checkpoint that authority timestamped (RFC 3161), and each event is shown as logged no later than that time.</p>
<label for="pq-key">The log’s ML-DSA-44 verifier key</label>
<textarea id="pq-key" rows="2" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="pq-help" placeholder="custos.example/log+1a2b3c4d+Bh…"></textarea>
<p id="pq-help" class="help">With this key, the checkpoint must also carry a valid post-quantum (ML-DSA-44) signature by it.</p>
</details>
</section>
<section class="step" aria-labelledby="step-bundle">
<h2 id="step-bundle"><span class="step-num" aria-hidden="true">2</span> Choose the bundle</h2>
<div id="bundle-drop" class="drop">
<label for="bundle-file">bundle.json, or the report PDF it is attached to</label>
<input id="bundle-file" type="file" accept=".json,.pdf,application/json,application/pdf">
<p class="help">or drop the file here</p>
<p id="bundle-name" class="file-name"></p>
</div>
</section>
<section class="step" aria-labelledby="step-file">
<h2 id="step-file"><span class="step-num" aria-hidden="true">3</span> Check the evidence file <span class="optional">optional</span></h2>
<div id="evidence-drop" class="drop">
<label for="evidence-file">The evidence file itself (e.g. the disk image)</label>
<input id="evidence-file" type="file">
<p class="help">Its SHA-256 is computed here, in pieces, and compared with the registered digest. Large files take a while.</p>
<progress id="evidence-progress" hidden aria-label="Hashing the evidence file"></progress>
<p id="evidence-name" class="file-name"></p>
</div>
</section>
<div class="actions">
<button type="submit" class="primary">Verify</button>
<button type="button" id="print">Print</button>
<p id="status" class="status" role="status" aria-live="polite"></p>
</div>
</form>
<div id="result" class="result" tabindex="-1"></div>
<details id="proves" class="block proves">
<summary>What a verified bundle proves, and what it does not</summary>
<p>It proves that the log whose key you pinned committed, in this order, to these entries, signed by these actors with keys valid at the time, obeying the custody rules; and — with a witness policy — that the witnesses saw the same log.</p>
<p>It does not prove that the history is complete after the checkpoint (later events may exist: ask for a fresh bundle), or that what an actor signed is true in the world. Those rest on the actors, the witnesses and the courts.</p>
</details>
</main>
<footer class="wrap foot">
<p>Format <code>custos-bundle/v2</code> (v1 is read, and fails completeness), specified in <code>docs/bundle.md</code>. This page makes no network requests; its security policy forbids them.</p>
</footer>
<script>{{script}}</script>
</body>
</html>
`;
