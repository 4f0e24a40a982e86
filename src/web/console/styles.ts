/**
 * The console's one style sheet (/console/app.css). Colours meet WCAG AA contrast on their
 * backgrounds; focus is always visible; layouts are single-column below 60rem so a 768-pixel
 * tablet needs no horizontal scrolling (wide tables scroll inside their own box).
 * @module
 */

export const CONSOLE_CSS = `
:root {
  --ink: #1c2128; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --paper: #fff;
  --accent: #1f4e79; --accent-2: #e7eef6; --ok: #1a7f37; --ok-bg: #eaf6ee; --bad: #b42318; --bad-bg: #fdeceb;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
  color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--soft);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.wrap { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 0 0 .6rem; }
h3 { font-size: 1rem; margin: .75rem 0 .4rem; }
a { color: #0b4f8a; }
code, .hash { font-family: var(--mono); font-size: .86em; }
.hash { overflow-wrap: anywhere; word-break: break-all; }
:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 2; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.masthead { background: var(--accent); color: #fff; margin-bottom: 1.25rem; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1.25rem; padding-top: .6rem; padding-bottom: .6rem; }
.brand { margin: 0; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; font-size: .9rem; }
.brand a { color: #fff; text-decoration: none; }
.brand span { font-weight: 400; text-transform: none; letter-spacing: 0; opacity: .9; }
nav { display: flex; flex-wrap: wrap; gap: .15rem .9rem; }
nav a { color: #fff; text-decoration: none; padding: .3rem .1rem; border-bottom: 2px solid transparent; }
nav a[aria-current=page] { border-bottom-color: #fff; font-weight: 600; }
nav a:hover { border-bottom-color: #cfe0f3; }
.who { margin: 0 0 0 auto; font-size: .9rem; }
.stack { display: grid; gap: 1rem; }
.grid-2 { display: grid; gap: 1rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
@media (max-width: 60rem) { .grid-2 { grid-template-columns: minmax(0, 1fr); } .who { margin-left: 0; } }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; min-width: 0; }
.lede { max-width: 48rem; color: var(--muted); }
.engine { background: var(--accent-2); border-left: 4px solid var(--accent); padding: .5rem .75rem; max-width: 48rem; }
.empty, .help { color: var(--muted); }
.help { font-size: .88rem; margin: .2rem 0 .4rem; }
label, legend { display: block; font-weight: 600; font-size: .92rem; margin: .6rem 0 .25rem; }
.optional { font-weight: 400; font-size: .78rem; color: var(--muted); border: 1px solid var(--line); border-radius: 99px; padding: 0 .45rem; margin-left: .4rem; }
input[type=text], input[type=number], input[type=datetime-local], select, textarea {
  width: 100%; max-width: 40rem; font: inherit; color: var(--ink); background: var(--paper);
  border: 1px solid #6e7781; border-radius: 6px; padding: .4rem .55rem; }
textarea { resize: vertical; }
fieldset.multi { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem .5rem; max-width: 40rem; }
label.check { display: inline-flex; align-items: center; gap: .3rem; font-weight: 400; margin: .2rem 1rem .2rem 0; }
[aria-invalid=true] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
.field-error { color: var(--bad); font-size: .88rem; margin: .2rem 0 0; }
.field-error:empty { display: none; }
button { font: inherit; border-radius: 6px; border: 1px solid #6e7781; background: var(--paper); color: var(--ink); padding: .4rem .9rem; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
button.quiet { border-color: transparent; text-decoration: underline; color: #0b4f8a; }
button:disabled { opacity: .6; cursor: progress; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .9rem; }
.refusal { background: var(--bad-bg); border: 1px solid var(--bad); border-radius: 6px; padding: .5rem .8rem; margin: .6rem 0; }
.refusal p { margin: .2rem 0; }
.done { background: var(--ok-bg); border: 1px solid var(--ok); border-radius: 6px; padding: .5rem .8rem; margin: .6rem 0; }
.rule-code { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { background: var(--soft); font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.proof-ok { color: var(--ok); font-weight: 600; }
.proof-bad { color: var(--bad); font-weight: 600; }
.key-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.key-list li { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
progress { width: 100%; max-width: 40rem; height: 1rem; }
.foot { color: var(--muted); font-size: .85rem; margin: 2rem auto; }
.badge { display: inline-block; border-radius: 99px; padding: 0 .5rem; font-size: .8rem; border: 1px solid var(--line); background: var(--soft); }
`;
