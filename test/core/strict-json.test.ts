import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { findRepeatedMember, parseJsonStrict } from '../../src/core/strict-json.ts';

const refusal = (text: string): ValidationError => {
  try {
    parseJsonStrict(text);
  } catch (e) {
    expect(e).to.be.instanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error(`accepted ${text}`);
};

describe('strict JSON (no member name twice in one object)', () => {
  it('reads what JSON.parse reads when every name is unique', () => {
    for (const text of [
      '{}',
      '[]',
      '"a"',
      '1',
      'null',
      '{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}',
      '{"a":"{\\"a\\":1,\\"a\\":2}","b":"\\\\","c":"\\\\\\"","d":"}],[{"}',
      ' { "x" : [ 1 , { "y" : "," } ] , "y" : true } ',
      '{"\\u0061":1,"b":1}',
    ])
      expect(parseJsonStrict(text), text).to.deep.equal(JSON.parse(text));
  });

  it('refuses a name repeated at the top, and says where', () => {
    const e = refusal('{"format":"a","format":"b"}');
    expect(e.code).to.equal('bad_json');
    expect(e.message).to.match(/member "format" appears twice in \(root\)/);
    expect(e.issues[0]!.path).to.deep.equal([]);
  });

  it('refuses a name repeated deep in arrays and objects, with its path', () => {
    const e = refusal('{"entries":[{"entry":{}},{"entry":{"payload":{"text":"x","id":1,"text":"y"}}}]}');
    expect(e.issues[0]!.path).to.deep.equal(['entries', 1, 'entry', 'payload']);
    expect(e.message).to.include('entries[1].entry.payload');
  });

  it('compares names after unescaping', () => {
    expect(refusal('{"log":{"origin":"a","\\u006frigin":"b"}}').message).to.include('"origin"');
    expect(refusal('{"a\\"b":1,"a\\u0022b":2}').message).to.include('a"b');
  });

  it('is not fooled by quotes, backslashes and brackets inside strings', () => {
    expect(findRepeatedMember('{"a":"\\\\","b":"\\"a\\":","c":"{","d":"["}')).to.equal(undefined);
    expect(findRepeatedMember('{"a":"\\\\","b":1,"a":2}')?.name).to.equal('a');
    expect(findRepeatedMember('[{"a":1},{"b":[1,{"a":1,"a":1}]}]')?.path).to.deep.equal([1, 'b', 1]);
  });

  it('refuses text that is not JSON with the same code', () => {
    expect(refusal('{"a":1,}').code).to.equal('bad_json');
    expect(refusal('').code).to.equal('bad_json');
  });

  it('clips a hostile name in the message', () => {
    const long = 'n'.repeat(100_000);
    expect(refusal(`{"${long}":1,"${long}":2}`).message.length).to.be.below(300);
  });

  it('refuses escaped lone surrogates in names, which a UTF-8 reader would make one name', () => {
    const e = refusal('{"k\\ud800":1,"k\\udc00":2}');
    expect(e.code).to.equal('bad_json');
    expect(e.message).to.match(/unpaired UTF-16 surrogate/);
  });

  it('refuses lone surrogates in strings, escaped or raw, deep in the value, and says where', () => {
    expect(refusal('{"a":[1,{"b":"x\\udfff"}]}').message).to.include('a[1].b');
    expect(refusal(`{"a":"x${'\ud800'}y"}`).message).to.match(/unpaired UTF-16 surrogate/);
    expect(refusal('"\\ud800\\ud800"').code).to.equal('bad_json');
  });

  it('finds a lone surrogate however its escape is spelt, though text without one is not walked', () => {
    for (const spelling of ['\\uD800', '\\uDbFf', '\\udC00', '\\uDFFF'])
      expect(refusal(`{"a":["ok",{"b":"x${spelling}"}]}`).code, spelling).to.equal('bad_json');
    expect(refusal(`["${'\udfff'}"]`).code).to.equal('bad_json');
    // An escaped backslash before "ud800" is no surrogate: the loose pre-test sends it to the walk, which accepts it.
    expect(parseJsonStrict('["\\\\ud800"]')).to.deep.equal(['\\ud800']);
  });

  it('reads a surrogate pair, escaped or raw, as the one character it is', () => {
    expect(parseJsonStrict('{"\\ud83d\\ude00":"😀"}')).to.deep.equal({ '😀': '😀' });
  });
});
