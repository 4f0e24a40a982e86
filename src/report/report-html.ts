/**
 * The court report as one self-contained, printable HTML5 document: inline styles, no script,
 * nothing fetched (a Content-Security-Policy forbids it), so that it can be archived, mailed
 * and printed as it is. Every string from the bundle is escaped: the bundle is untrusted.
 *
 * ```ts
 * const html = renderReportHtml(bundle, verifyBundle(bundle, trust), { bundleSha256, generatedAt });
 * ```
 * @module
 */

import { translator } from '../core/i18n/translator.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import { buildReportModel } from './report-model.ts';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from './report-options.ts';
import type { Field, Part, ReportMeta, Table } from './report-parts.ts';
import { REPORT_CSS } from './report-style.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped, with the model's line breaks kept. */
const text = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');

/**
 * The HTML report carries no bundle and no signature, so nothing can check that its text is the
 * verified history: it says so on its face (top, foot, title), and names what to verify instead.
 */
export const READING_COPY =
  'READING COPY — NOT EVIDENCE. This HTML page carries no signed data and cannot be verified: anyone can edit it. The evidence is report.pdf, which carries the signed bundle.json and whose every page the verifier checks: custos verify report.pdf --log-key <key>, or the /verify page of a Custos server.';

export function renderReportHtml(
  bundle: Bundle,
  result: BundleVerification,
  meta: ReportMeta,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): string {
  const tr = translator(options.languages);
  const m = buildReportModel(bundle, result, meta, tr);
  const sections = m.sections
    .map((s) => `<section>\n<h2>${text(s.title)}</h2>\n${s.parts.map(part).join('\n')}\n</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(m.languages[0]!)}" dir="${m.direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(`Reading copy, not evidence: ${m.title} — ${m.verdict}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<p class="reading-copy" id="reading-copy" role="note">${text(READING_COPY)}</p>
<header>
<h1>${text(m.title)}</h1>
<p class="verdict ${m.verified ? 'ok' : 'bad'}"><strong>${text(m.verdict)}</strong> ${text(m.verdictDetail)}</p>
${fields(m.summary)}
${m.notices.map((n) => `<p class="warn">${text(n)}</p>`).join('\n')}
</header>
${sections}
<footer>${text(READING_COPY)}<br>${text(tr.t('report.footer', { item: m.item, verdict: m.verdict, sha256: m.bundleSha256 }))} · ${text(tr.t('report.generatedAt', { time: tr.time(m.generatedAt) }))}${m.notices.map((n) => `<br>${text(n)}`).join('')}</footer>
</body>
</html>
`;
}

function part(p: Part): string {
  switch (p.kind) {
    case 'subheading':
      return `<h3>${text(p.text)}</h3>`;
    case 'paragraph':
      return `<p${p.emphasis ? ` class="${p.emphasis}"` : ''}>${text(p.text)}</p>`;
    case 'list': {
      const tag = p.ordered ? 'ol' : 'ul';
      return `<${tag}>${p.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${text(p.text)}</code></pre>`;
    case 'fields':
      return fields(p.fields);
    case 'table':
      return table(p.table);
  }
}

function fields(list: readonly Field[]): string {
  const rows = list.map(
    (f) =>
      `<tr><th scope="row">${text(f.label)}</th><td${f.mono ? ' class="mono"' : ''}>${text(f.value)}</td></tr>`,
  );
  return `<table class="fields">${rows.join('')}</table>`;
}

function table(t: Table): string {
  if (!t.rows.length) return `<p class="empty">${text(t.empty)}</p>`;
  const total = t.columns.reduce((a, c) => a + c.weight, 0);
  const cols = t.columns.map((c) => `<col style="width:${((100 * c.weight) / total).toFixed(1)}%">`).join('');
  const head = t.columns.map((c) => `<th scope="col">${text(c.title)}</th>`).join('');
  const body = t.rows.map((r) => {
    const cells = r.cells.map((c, i) => `<td${t.columns[i]?.mono ? ' class="mono"' : ''}>${text(c)}</td>`);
    return `<tr${r.emphasis ? ` class="${r.emphasis}"` : ''}>${cells.join('')}</tr>`;
  });
  return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
