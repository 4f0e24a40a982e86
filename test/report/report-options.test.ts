import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import type { RenderRecord } from '../../src/report/pdf-metadata.ts';
import {
  DEFAULT_REPORT_OPTIONS,
  PDF_RENDERER,
  recordedOptions,
  reportOptions,
  reportOptionsFromRecord,
} from '../../src/report/report-options.ts';

const recordOf = (options = DEFAULT_REPORT_OPTIONS): Partial<RenderRecord> => ({
  renderer: PDF_RENDERER,
  languages: options.languages,
  options: recordedOptions(options),
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.code;
    throw e;
  }
  return undefined;
}

describe('report options', () => {
  it('records every option, with its default, as canonical JSON', () => {
    expect(recordedOptions(reportOptions())).to.equal(
      '{"languages":["en"],"pageSize":"A4","pdfa":"PDF/A-3b"}',
    );
  });

  it('reads back from a render record exactly the options it was rendered with', () => {
    const options = reportOptions();
    expect(reportOptionsFromRecord(recordOf(options))).to.deep.equal(options);
  });

  it('refuses a record of another renderer version', () => {
    expect(
      codeOf(() => reportOptionsFromRecord({ ...recordOf(), renderer: 'custos-report-pdf/1' })),
    ).to.equal('bad_format');
  });

  it('refuses a record with an option this renderer does not know (it could change the pages)', () => {
    const options = JSON.stringify({ ...DEFAULT_REPORT_OPTIONS, margins: 'narrow' });
    expect(codeOf(() => reportOptionsFromRecord({ ...recordOf(), options }))).to.equal('schema');
  });

  it('refuses a record whose languages differ from its options', () => {
    expect(codeOf(() => reportOptionsFromRecord({ ...recordOf(), languages: ['fr'] }))).to.equal(
      'bad_format',
    );
  });

  it('refuses a record without options, or with options that are not JSON', () => {
    expect(codeOf(() => reportOptionsFromRecord({ renderer: PDF_RENDERER, languages: ['en'] }))).to.equal(
      'bad_json',
    );
  });

  it('refuses an unknown language and a language named twice', () => {
    expect(codeOf(() => reportOptions({ languages: ['xx' as 'en'] }))).to.equal('schema');
    expect(codeOf(() => reportOptions({ languages: ['en', 'en'] }))).to.equal('schema');
  });
});
