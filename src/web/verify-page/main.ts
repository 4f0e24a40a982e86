/**
 * The verifier page's script, bundled by esbuild into the page itself: it wires the form to the
 * same verifier the CLI runs (src/core/verify), and renders the outcome with DOM calls only. The page's
 * Content-Security-Policy forbids every connection, so nothing dropped here can leave the browser.
 * @module
 */
import { byId, code, el } from './dom.ts';
import { type LoadedBundle, loadBundle, sha256OfFile } from './files.ts';
import { policyRows } from './other-log-policies.ts';
import {
  forget,
  mergeKeys,
  remember,
  rememberedPins,
  rememberedStore,
  type Said,
  trustFilePins,
} from './other-logs.ts';
import { currentTranslator, setUpLanguage } from './page-language.ts';
import { renderCheckpoint, renderItems, renderRequests, renderVerdict } from './render-summary.ts';
import { renderChecks, renderTimeline } from './render-tables.ts';
import { readTrust, type TrustFields } from './trust.ts';
import { type EvidenceFile, verifyLoaded } from './view.ts';
import { signatureEngine } from './webcrypto-ed25519.ts';

const fields: Record<keyof TrustFields, HTMLTextAreaElement | HTMLInputElement> = {
  logKey: byId('log-key', HTMLTextAreaElement),
  witnessKeys: byId('witness-keys', HTMLTextAreaElement),
  threshold: byId('witness-threshold', HTMLInputElement),
  knownCheckpoint: byId('known-checkpoint', HTMLTextAreaElement),
  tsaRoots: byId('tsa-roots', HTMLTextAreaElement),
  pqKey: byId('pq-key', HTMLTextAreaElement),
  otherLogs: byId('other-logs', HTMLTextAreaElement),
};
const output = byId('result', HTMLElement);
const status = byId('status', HTMLElement);
const progress = byId('evidence-progress', HTMLProgressElement);
const policies = policyRows(byId('other-log-policies', HTMLElement), () => {
  if (bundle) void verify();
});

// WebCrypto's native Ed25519 where the browser has it: ten times faster than the fallback.
const signatures = signatureEngine();
let bundle: LoadedBundle | undefined;
let evidence: EvidenceFile | undefined;
/** Bumped by each new run, so that a slow earlier read never overwrites a newer one. */
const runs = { verify: 0, bundle: 0, evidence: 0 };

async function verify(): Promise<void> {
  for (const f of document.querySelectorAll('[aria-invalid]')) f.removeAttribute('aria-invalid');
  const tr = currentTranslator();
  if (!bundle) return say(tr.t('page.chooseBundle'));
  const trust = readTrust(
    {
      logKey: fields.logKey.value,
      witnessKeys: fields.witnessKeys.value,
      threshold: fields.threshold.value,
      knownCheckpoint: fields.knownCheckpoint.value,
      tsaRoots: fields.tsaRoots.value,
      pqKey: fields.pqKey.value,
      otherLogs: fields.otherLogs.value,
    },
    rememberedStore(),
    policies.read(),
  );
  if (!trust.ok) {
    const invalid = trust.origin ? policies.fieldsOf(trust.origin) : [fields[trust.field]];
    for (const f of invalid) f.setAttribute('aria-invalid', 'true');
    const problem = tr.t(trust.message.key, trust.message.values);
    output.replaceChildren(el('p', { class: 'notice', role: 'alert' }, problem));
    return say(problem);
  }
  say(tr.t('page.verifying'));
  const run = ++runs.verify;
  // Let the status paint before the verification of a large bundle.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (run !== runs.verify) return;
  const view = await verifyLoaded(bundle, trust.policy, evidence, await signatures);
  if (run !== runs.verify) return;
  const sections = [
    renderVerdict(view),
    renderItems(view),
    renderTimeline(view),
    renderRequests(view.result),
    renderChecks(view.checks),
    renderCheckpoint(view.result),
  ];
  output.replaceChildren(...sections.filter((s): s is HTMLElement => s !== null));
  say(tr.t(view.verdict === 'verified' ? 'page.verifiedStatus' : 'page.failedStatus', { name: bundle.name }));
}

async function onBundle(file: File): Promise<void> {
  const run = ++runs.bundle;
  // The verdict on the previous file must not stand, even for a moment, beside this one's name.
  output.replaceChildren();
  say(currentTranslator().t('page.reading', { name: file.name }));
  showFile('bundle-name', file.name, currentTranslator().t('size.bytes', { n: file.size }));
  const loaded = await loadBundle(file, file.name);
  if (run !== runs.bundle) return;
  bundle = loaded;
  await verify();
}

async function onEvidence(file: File): Promise<void> {
  const run = ++runs.evidence;
  evidence = undefined;
  // Until the new file is hashed, the result must not show the previous file's comparison.
  if (bundle) void verify();
  showFile('evidence-name', file.name, currentTranslator().t('page.computing'));
  progress.max = Math.max(file.size, 1);
  progress.value = 0;
  progress.hidden = false;
  try {
    const sha256 = await sha256OfFile(file, (done) => {
      if (run === runs.evidence) progress.value = done;
    });
    if (run !== runs.evidence) return;
    evidence = { name: file.name, sha256 };
    showFile('evidence-name', file.name, 'SHA-256 ', code(sha256));
  } catch (e) {
    showFile(
      'evidence-name',
      file.name,
      currentTranslator().t('page.unreadable', { reason: e instanceof Error ? e.message : String(e) }),
    );
    return;
  } finally {
    if (run === runs.evidence) progress.hidden = true;
  }
  await verify();
}

function showFile(id: string, name: string, ...detail: (string | Node)[]): void {
  byId(id, HTMLElement).replaceChildren(el('strong', {}, name), ' — ', ...detail);
}

function say(text: string): void {
  status.textContent = text;
}

function dropZone(zoneId: string, inputId: string, onFile: (file: File) => Promise<void>): void {
  const zone = byId(zoneId, HTMLElement);
  const input = byId(inputId, HTMLInputElement);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void onFile(file);
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('is-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('is-over');
    const file = e.dataTransfer?.files[0];
    if (file) void onFile(file);
  });
}

// A file dropped beside a zone would otherwise make the browser navigate away to open it.
for (const type of ['dragover', 'drop']) window.addEventListener(type, (e) => e.preventDefault());
dropZone('bundle-drop', 'bundle-file', onBundle);
dropZone('evidence-drop', 'evidence-file', onEvidence);
byId('inputs', HTMLFormElement).addEventListener('submit', (e) => {
  e.preventDefault();
  void verify();
});
for (const f of Object.values(fields))
  f.addEventListener('change', () => {
    if (bundle) void verify();
  });
byId('print', HTMLButtonElement).addEventListener('click', () => window.print());
wireOtherLogs();
// A printed report should carry the caveats, which the screen keeps folded.
window.addEventListener('beforeprint', () => {
  byId('proves', HTMLDetailsElement).open = true;
});
// A result on screen is drawn again in the new language.
setUpLanguage(() => {
  policies.draw(fields.otherLogs.value);
  if (bundle) void verify();
});
document.documentElement.classList.add('js');

/**
 * Other logs' keys and witness policies: those remembered in this browser fill the fields at
 * start; a trust store file adds its explicit pins and their policies (never replacing a policy
 * shown); only the Remember button writes them to the browser's storage.
 */
function wireOtherLogs(): void {
  const field = fields.otherLogs;
  const said = byId('other-logs-status', HTMLElement);
  const show = (s: Said) => {
    said.textContent = currentTranslator().t(s.key, s.values);
  };
  const remembered = rememberedPins();
  if (remembered.keys.length) {
    field.value = remembered.keys.join('\n');
    policies.draw(field.value);
    for (const [origin, policy] of remembered.policies) policies.offer(origin, policy);
    show({ key: 'page.otherLogsRemembered', values: { n: remembered.keys.length } });
    byId('other-logs-more', HTMLDetailsElement).open = true;
  }
  field.addEventListener('input', () => policies.draw(field.value));
  const file = byId('other-logs-file', HTMLInputElement);
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const pins = trustFilePins(await chosen.text());
    if (!pins) return show({ key: 'page.badTrustFile' });
    field.value = mergeKeys(field.value, pins.keys);
    policies.draw(field.value);
    const kept = [...pins.policies].filter(([origin, p]) => policies.offer(origin, p) === 'kept');
    if (kept.length)
      show({ key: 'page.otherLogPolicyKept', values: { origin: kept.map(([o]) => o).join(', ') } });
    if (bundle) void verify();
  });
  byId('remember-other-logs', HTMLButtonElement).addEventListener('click', () =>
    show(remember(field.value, policies.read())),
  );
  byId('forget-other-logs', HTMLButtonElement).addEventListener('click', () => show(forget()));
}
