/**
 * The verifier page's styles, inlined into the page and allowed by hash. Sober on purpose: the
 * verdict is the only loud thing, and it is stated in words as well as colour so that it
 * survives a black-and-white printer and colour blindness. Print hides the form.
 * @module
 */

export const VERIFY_PAGE_CSS = `
:root {
  --ink: #1c2128; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --paper: #fff;
  --accent: #1f4e79; --ok: #1a7f37; --ok-bg: #eaf6ee; --bad: #b42318; --bad-bg: #fdeceb;
  --warn: #8a5a00; --warn-bg: #fff6d6;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--soft);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
.wrap { max-width: 68rem; margin: 0 auto; padding: 0 1.25rem; }
h1, h2, h3 { line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: 1.9rem; }
h2 { font-size: 1.2rem; }
h3 { font-size: 1.05rem; }
p { margin: .25rem 0 .75rem; }
code, .hash { font-family: var(--mono); font-size: .88em; }
.hash { overflow-wrap: anywhere; word-break: break-all; }
/* Off screen on the start side: in a right-to-left page, overflow on the left would scroll. */
.skip { position: absolute; inset-inline-start: -999px; }
.skip:focus { inset-inline-start: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 1; }
:focus-visible { outline: 3px solid #4a90d9; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.masthead { background: var(--accent); color: #fff; padding: 1.5rem 0 1.25rem; margin-bottom: 1.5rem; }
.brand { font-weight: 700; letter-spacing: .08em; text-transform: uppercase; font-size: .8rem; margin: 0 0 .4rem; opacity: .95; }
.brand span { font-weight: 400; letter-spacing: .02em; text-transform: none; opacity: .8; margin-inline-start: .4rem; }
.lede { max-width: 50rem; margin: 0; opacity: .95; }
.masthead .wrap { position: relative; }
.lang-switch { display: flex; justify-content: flex-end; align-items: center; gap: .5rem; margin: 0 0 .5rem; font-size: .86rem; }
.lang-switch label { display: inline; margin: 0; font-weight: 600; color: #fff; }
.lang-switch select { font: inherit; border-radius: 6px; padding: .15rem .35rem; }
.review-note { font-size: .8rem; opacity: .85; margin: .6rem 0 0; }
/* Keys, certificates, hashes and IDs are Latin whatever the page's direction. */
code, .hash { unicode-bidi: isolate; }
[dir=rtl] textarea, [dir=rtl] input[type=number] { direction: ltr; }

.inputs { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); align-items: stretch; }
.step, .block, .verdict { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.step h2 { display: flex; align-items: center; gap: .5rem; font-size: 1.05rem; }
.step-num {
  display: inline-grid; place-items: center; width: 1.6rem; height: 1.6rem; border-radius: 50%;
  background: var(--accent); color: #fff; font-size: .85rem; flex: none;
}
.optional { font-weight: 400; font-size: .8rem; color: var(--muted); border: 1px solid var(--line); border-radius: 99px; padding: 0 .5rem; }
label { display: block; font-weight: 600; font-size: .92rem; margin: .5rem 0 .25rem; }
textarea, input[type=number] {
  width: 100%; font: .85rem/1.4 var(--mono); color: var(--ink); background: var(--paper);
  border: 1px solid #8c959f; border-radius: 6px; padding: .45rem .55rem; resize: vertical;
}
input[type=number] { width: 8rem; font-family: inherit; }
[aria-invalid=true] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
.help { color: var(--muted); font-size: .86rem; }
.more { margin-top: .5rem; font-size: .92rem; }
.more summary { cursor: pointer; color: var(--accent); }
.other-log { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0 0; padding: .25rem .75rem .6rem; background: var(--soft); }
.other-log legend { padding: 0 .35rem; font-weight: 600; }
.drop { border: 2px dashed #9aa5b1; border-radius: 8px; padding: .75rem 1rem; background: var(--soft); }
.drop.is-over { border-color: var(--accent); background: #e7eef6; }
.drop label { margin-top: 0; }
input[type=file] { max-width: 100%; font-size: .9rem; }
input[type=file]::file-selector-button, button {
  font: inherit; font-size: .92rem; border-radius: 6px; padding: .4rem .9rem; cursor: pointer;
  border: 1px solid #8c959f; background: var(--paper); color: var(--ink);
}
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.file-name { font-size: .86rem; margin: .4rem 0 0; overflow-wrap: anywhere; }
.file-name:empty, .status:empty { display: none; }
progress { width: 100%; height: .6rem; }
.actions { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
.status { margin: 0; color: var(--muted); }
.notice { background: var(--warn-bg); border: 1px solid #e4c85e; border-radius: 8px; padding: .75rem 1rem; }

.result { margin-top: 1.5rem; display: grid; gap: 1rem; }
.result:focus { outline: none; }
.result:empty { display: none; }
.verdict { display: flex; gap: 1.25rem; align-items: flex-start; border-width: 2px; padding: 1.25rem 1.5rem; }
.verdict-mark { font-size: 2.6rem; line-height: 1; margin: 0; font-weight: 700; }
.verdict-word { font-size: 2.2rem; letter-spacing: .06em; margin: 0 0 .25rem; }
.verdict-lede { font-size: 1.05rem; max-width: 52rem; }
.verdict-source { font-size: .86rem; color: var(--muted); margin-bottom: 0; }
.verdict-failures { margin: .25rem 0 .75rem; padding-inline-start: 1.25rem; }
.verdict-keys { max-width: 52rem; background: var(--warn-bg); border-inline-start: 4px solid var(--warn); padding: .5rem .75rem; }
.is-verified { background: var(--ok-bg); border-color: var(--ok); }
.is-verified .verdict-mark, .is-verified .verdict-word { color: var(--ok); }
.is-failed { background: var(--bad-bg); border-color: var(--bad); }
.is-failed .verdict-mark, .is-failed .verdict-word { color: var(--bad); }

.card + .card { border-top: 1px solid var(--line); margin-top: 1rem; padding-top: 1rem; }
.card h3 { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.tag { font-size: .75rem; font-weight: 600; color: var(--accent); border: 1px solid currentColor; border-radius: 99px; padding: 0 .5rem; }
.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .3rem 1.25rem; margin: .5rem 0 0; }
.facts dt { color: var(--muted); font-size: .9rem; }
.facts dd { margin: 0; min-width: 0; }
.warning { color: var(--bad); font-weight: 600; }

.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: start; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom-width: 2px; }
td.num { font-variant-numeric: tabular-nums; text-align: end; color: var(--muted); }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
.sub { display: block; color: var(--muted); font-size: .82rem; }
.sub.key-note { color: var(--warn); font-weight: 600; }
.sub.crossing { color: var(--ink); font-weight: 700; }
.event { font-weight: 600; white-space: nowrap; }
/*
 * The timeline's columns are sized from its header, not from its rows: an automatic layout of
 * 10,000 rows kept the browser busy for seconds after the verdict. Cells wrap rather than spill.
 */
table.timeline { table-layout: fixed; min-width: 46rem; }
.timeline td { overflow-wrap: anywhere; }
.timeline td.when, .timeline .event { white-space: normal; }
.timeline time { white-space: nowrap; }
.timeline .col-num { width: 4.5rem; }
.timeline .col-when { width: 15rem; }
.timeline .col-item { width: 10rem; }
.timeline .col-event { width: 8.5rem; }
.timeline .col-by { width: 12rem; }
tr.is-mismatch td { background: var(--bad-bg); }
tr.is-fail td { background: var(--bad-bg); }
.badge { display: inline-block; min-width: 3.2rem; text-align: center; font-size: .72rem; font-weight: 700; letter-spacing: .05em; border-radius: 4px; padding: .1rem .35rem; border: 1px solid; }
.badge-pass { color: var(--ok); background: var(--ok-bg); }
.badge-fail { color: var(--bad); background: var(--paper); }
.badge-warn { color: var(--warn); background: var(--warn-bg); }
.badge-info { color: var(--muted); background: var(--soft); }
.proves { margin-top: 1rem; }
.proves summary { cursor: pointer; font-weight: 600; }
.foot { color: var(--muted); font-size: .85rem; padding-top: 1rem; padding-bottom: 2rem; }

@media (max-width: 40rem) {
  .verdict { flex-direction: column; gap: .25rem; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: .4rem; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .masthead { background: none; color: #000; padding: 0; margin-bottom: .5rem; }
  .lede, .inputs, .skip, .foot, .lang-switch { display: none; }
  .wrap { max-width: none; padding: 0; }
  .step, .block, .verdict { border-radius: 0; break-inside: avoid-page; }
  .block { break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .proves { display: block; }
  .proves summary { list-style: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
