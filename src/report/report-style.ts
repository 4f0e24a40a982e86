/**
 * The HTML report's stylesheet, inlined so that the document needs nothing else. Sized for A4
 * printing first: serif-free body, hashes in a fixed-width font, rows that do not split
 * across pages, and failures marked by more than colour (bold, a border) for black-and-white
 * printers.
 * @module
 */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "Helvetica Neue", Helvetica, Arial, sans-serif; color: #111; margin: 0 auto; max-width: 60em; padding: 1.5em; }
h1 { font-size: 17pt; margin: 0 0 .4em; }
h2 { font-size: 13pt; margin: 1.6em 0 .5em; padding-bottom: .15em; border-bottom: 1.5px solid #333; break-after: avoid; }
h3 { font-size: 11pt; margin: 1.1em 0 .4em; break-after: avoid; }
p, li { margin: .35em 0; }
code, pre, .mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 9pt; overflow-wrap: anywhere; }
pre { background: #f3f3f3; border: 1px solid #ccc; padding: .5em .8em; white-space: pre-wrap; }
.reading-copy { font-weight: bold; color: #8a5a00; background: #fff1cc; border: 2px dashed #8a5a00; padding: .5em .8em; margin: 0 0 1em; }
.verdict { font-size: 11.5pt; padding: .6em .8em; border: 2px solid; margin: .6em 0 1em; }
.verdict.ok { border-color: #1b6e2a; background: #eaf6ec; }
.verdict.ok strong { color: #1b6e2a; }
.verdict.bad { border-color: #a30000; background: #fdecec; }
.verdict.bad strong { color: #a30000; }
.verdict strong { margin-inline-end: .5em; }
table { border-collapse: collapse; width: 100%; }
table.fields th { text-align: start; vertical-align: top; font-weight: 600; width: 14em; padding-block: .2em; padding-inline: 0 .8em; color: #333; }
table.fields td { padding: .2em 0; vertical-align: top; }
table.grid { table-layout: fixed; width: calc(100% - 2px); font-size: 9pt; margin: .3em 0 .6em; }
table.grid th { background: #e6e6e6; text-align: start; }
table.grid th, table.grid td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; overflow-wrap: anywhere; }
table.grid tr { break-inside: avoid; }
tr.alert td { background: #fdecec; font-weight: 700; }
tr.alert td:first-child { border-inline-start: 4px solid #a30000; }
tr.warn td { background: #fff6df; }
tr.warn td:first-child { border-inline-start: 4px solid #b07800; }
p.alert { color: #a30000; font-weight: 700; }
.empty { font-style: italic; color: #444; }
footer { margin-top: 2em; padding-top: .5em; border-top: 1px solid #999; font-size: 8.5pt; color: #444; }
@media print { body { padding: 0; max-width: none; } }
`;
