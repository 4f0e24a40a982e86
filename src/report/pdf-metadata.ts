/**
 * The report's XMP metadata for PDF/A-3b (ISO 19005-3 §6.6): the document information mirrored
 * in XMP (title, description, language, creation tool and dates), and the `custos:` properties
 * that tie the printed pages to the attached bundle and say how to make them again: the
 * bundle's SHA-256, the renderer's version, the language(s) and every option the renderer took.
 * PDF/A requires properties outside the standard schemas to be described by an extension
 * schema (§6.6.2.3.3), which is written here too. Every value is XML-escaped: titles carry
 * item IDs and names from the bundle, which is untrusted.
 * @module
 */

export const CUSTOS_XMP_NS = 'urn:custos:report:1.0#';

/** What a verifier needs to render the same PDF again from the attached bundle. */
export interface RenderRecord {
  /** `custos-report-pdf/<n>`: changes whenever the same inputs would give other bytes. */
  readonly renderer: string;
  readonly languages: readonly string[];
  readonly generatedAt: string;
  readonly bundleSha256: string;
  /** The renderer's options, as canonical JSON. */
  readonly options: string;
  /** What the printed verification trusted besides the log key, as canonical JSON (recorded-trust.ts). */
  readonly trust: string;
}

export interface XmpFields {
  readonly title: string;
  readonly description: string;
  readonly creatorTool: string;
  readonly producer: string;
  readonly keywords: string;
  readonly language: string;
  readonly created: Date;
  readonly record: RenderRecord;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const PROPERTIES: readonly [keyof RenderRecord, string][] = [
  ['bundleSha256', 'SHA-256 of the attached bundle.json, lowercase hex'],
  ['renderer', 'Version of the Custos renderer that made the pages'],
  ['languages', 'Languages of the report, comma-separated BCP 47 tags, first the main one'],
  ['generatedAt', 'RFC 3339 time the report states it was generated'],
  ['options', 'Every renderer option, as RFC 8785 JSON'],
  [
    'trust',
    'What the printed verification trusted besides the log key, as RFC 8785 JSON: the SHA-256 of each TSA root certificate and how many TSAs each entry needed',
  ],
];

/** The rdf:Description elements pdfkit wraps in its x:xmpmeta packet (with pdfaid). */
export function xmpDescriptions(f: XmpFields): string {
  const r = f.record;
  const value = (k: keyof RenderRecord) =>
    escapeXml(k === 'languages' ? r.languages.join(',') : String(r[k]));
  return `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${xmpDate(f.created)}</xmp:CreateDate>
<xmp:ModifyDate>${xmpDate(f.created)}</xmp:ModifyDate>
<xmp:MetadataDate>${xmpDate(f.created)}</xmp:MetadataDate>
<xmp:CreatorTool>${escapeXml(f.creatorTool)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(f.title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(f.description)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag>${r.languages.map((l) => `<rdf:li>${escapeXml(l)}</rdf:li>`).join('')}</rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${escapeXml(f.producer)}</pdf:Producer>
<pdf:Keywords>${escapeXml(f.keywords)}</pdf:Keywords>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Custos court report</pdfaSchema:schema>
<pdfaSchema:namespaceURI>${CUSTOS_XMP_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>custos</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>
${PROPERTIES.map(
  ([name, description]) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>${escapeXml(description)}</pdfaProperty:description></rdf:li>`,
).join('\n')}
</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:custos="${CUSTOS_XMP_NS}">
${PROPERTIES.map(([name]) => `<custos:${name}>${value(name)}</custos:${name}>`).join('\n')}
</rdf:Description>`;
}

/** Reads the `custos:` render record back from a PDF's XMP packet (for re-rendering and tests). */
export function readRenderRecord(xmp: string): Partial<RenderRecord> {
  const get = (name: string) => {
    const m = new RegExp(`<custos:${name}>([^<]*)</custos:${name}>`).exec(xmp);
    return m ? unescapeXml(m[1]!) : undefined;
  };
  const languages = get('languages');
  const out: Record<string, unknown> = {};
  for (const [name] of PROPERTIES) {
    const v = get(name);
    if (v !== undefined) out[name] = name === 'languages' ? languages!.split(',') : v;
  }
  return out as Partial<RenderRecord>;
}

function unescapeXml(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );
}
