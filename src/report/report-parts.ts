/**
 * The vocabulary of a court report: sections made of a few kinds of parts (fields, tables,
 * paragraphs…). The model builders produce them and the renderers lay them out; neither side
 * imports the other.
 * @module
 */
import type { RecordedTrust } from './recorded-trust.ts';

export interface ReportMeta {
  /** Lowercase hex SHA-256 of the exact bundle bytes attached to (or shipped with) the report. */
  readonly bundleSha256: string;
  /** RFC 3339 time the report was made; also the PDF's creation date. */
  readonly generatedAt: string;
  /**
   * What the verification printed trusted besides the log key (TSA root fingerprints); none
   * when absent. The PDF records it so that a verifier can reach the same verification.
   */
  readonly trust?: RecordedTrust;
}

export interface Field {
  readonly label: string;
  readonly value: string;
  /** Hashes and keys: a fixed-width font so that a reader can compare them character by character. */
  readonly mono?: boolean;
}

export interface Column {
  readonly title: string;
  /** Relative width: the PDF shares the page width out in these proportions. */
  readonly weight: number;
  readonly mono?: boolean;
}

/** `alert` marks what a reader must not miss (a failed check, a digest mismatch); `warn` less so. */
export type Emphasis = 'alert' | 'warn';

export interface Row {
  readonly cells: readonly string[];
  readonly emphasis?: Emphasis;
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** What to print instead of an empty table. */
  readonly empty: string;
}

export type Part =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly emphasis?: Emphasis }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'fields'; readonly fields: readonly Field[] }
  | { readonly kind: 'table'; readonly table: Table };

export interface Section {
  readonly title: string;
  readonly parts: readonly Part[];
}

export interface ReportModel {
  readonly title: string;
  readonly item: string;
  /** BCP 47 tags, the document's first; its direction is the first language's. */
  readonly languages: readonly string[];
  readonly direction: 'ltr' | 'rtl';
  readonly verified: boolean;
  readonly verdict: string;
  readonly verdictDetail: string;
  readonly summary: readonly Field[];
  /** What the report must say about itself: an unreviewed translation, who reviewed one. */
  readonly notices: readonly string[];
  readonly sections: readonly Section[];
  readonly bundleSha256: string;
  readonly generatedAt: string;
}
