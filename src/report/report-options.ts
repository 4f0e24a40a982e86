/**
 * Everything a report's look depends on besides the bundle, its verification and the report's
 * metadata: the language(s) and the page. The PDF records these options, as RFC 8785 JSON, in
 * its XMP render record (pdf-metadata.ts); {@link reportOptionsFromRecord} reads them back so
 * that a verifier can render the same pages again from the attached bundle and compare them.
 * A new option is added here, with its default, and nowhere else.
 *
 * ```ts
 * const options = reportOptions({ languages: ['az', 'en'] });
 * const again = reportOptionsFromRecord(readRenderRecord(xmp)); // deep-equals options
 * ```
 * @module
 */
import { z } from 'zod';
import { canonicalJson } from '../core/canonical.ts';
import { ValidationError } from '../core/errors.ts';
import { LANGUAGES, MAX_REPORT_LANGUAGES } from '../core/i18n/languages.ts';
import type { RenderRecord } from './pdf-metadata.ts';

/** Bump whenever the same inputs would be drawn differently (layout, fonts, texts, libraries). */
export const PDF_RENDERER = 'custos-report-pdf/11';

const optionsSchema = z
  .object({
    /** First the main language (the document's, its direction); a second makes the report bilingual. */
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1)
      .max(MAX_REPORT_LANGUAGES)
      .refine((l) => new Set(l).size === l.length, 'languages must differ'),
    pageSize: z.literal('A4'),
    pdfa: z.literal('PDF/A-3b'),
  })
  .strict();

export type ReportOptions = z.infer<typeof optionsSchema>;

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { languages: ['en'], pageSize: 'A4', pdfa: 'PDF/A-3b' };

/** The defaults with what the caller chose; refuses what the renderer cannot do. */
export function reportOptions(chosen: Partial<ReportOptions> = {}): ReportOptions {
  return parseOptions({ ...DEFAULT_REPORT_OPTIONS, ...chosen });
}

/** What the render record's `options` property holds: every option, canonical JSON. */
export function recordedOptions(options: ReportOptions): string {
  return canonicalJson(options);
}

/**
 * The options a PDF was rendered with, from its render record, to render it again. Refuses a
 * record this renderer did not write (another version draws the same inputs differently).
 */
export function reportOptionsFromRecord(record: Partial<RenderRecord>): ReportOptions {
  if (record.renderer !== PDF_RENDERER)
    throw new ValidationError(
      'bad_format',
      `the report was rendered by ${record.renderer ?? 'an unknown renderer'}; this is ${PDF_RENDERER}`,
      [{ path: ['renderer'], message: 'another renderer' }],
    );
  let json: unknown;
  try {
    json = JSON.parse(record.options ?? '');
  } catch {
    throw new ValidationError('bad_json', 'the render record holds no options', [
      { path: ['options'], message: 'not JSON' },
    ]);
  }
  const options = parseOptions(json);
  if (record.languages?.join(',') !== options.languages.join(','))
    throw new ValidationError('bad_format', 'the render record names other languages than its options', [
      { path: ['languages'], message: 'differs from options.languages' },
    ]);
  return options;
}

function parseOptions(value: unknown): ReportOptions {
  const parsed = optionsSchema.safeParse(value);
  if (!parsed.success)
    throw new ValidationError(
      'schema',
      `report options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })),
    );
  return parsed.data;
}
