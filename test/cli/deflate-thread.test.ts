/**
 * The second thread of `custos verify report.pdf`'s page check deflates exactly as the renderer
 * does on its own thread (a stream that differs by one byte fails the page check), and keeps
 * doing so, on the main thread, once the worker is gone.
 */
import { randomBytes } from 'node:crypto';
import { md5 } from '@noble/hashes/legacy.js';
import { expect } from 'chai';
import { unzlibSync } from 'fflate';
import { deflateThread } from '../../src/cli/commands/deflate-thread.ts';
import { toHex } from '../../src/core/encoding.ts';
import { deflate } from '../../src/report/pdf-deflate.ts';

/** Inputs of the kinds a report holds: page operators (repetitive), fonts (dense), nothing. */
function inputs(): Uint8Array[] {
  const text = new TextEncoder();
  return [
    text.encode('q\n1 0 0 -1 0 841.89 cm\nBT\n[<0012003a>] TJ\nET\nQ\n'.repeat(20_000)),
    new Uint8Array(randomBytes(300_000)),
    text.encode('{"format":"custos-bundle/v2"}'),
    new Uint8Array(0),
    text.encode('BT ET\n'.repeat(3)),
  ];
}

const same = (a: readonly Uint8Array[], b: readonly Uint8Array[]) =>
  a.length === b.length && a.every((x, i) => Buffer.from(x).equals(Buffer.from(b[i]!)));

describe('the page check’s deflate thread', () => {
  it('deflates page contents split over two threads to the bytes of one', async () => {
    const thread = deflateThread();
    try {
      const data = inputs();
      const { deflater } = await thread.help();
      const outputs = await deflater!(data);
      expect(same(outputs, data.map(deflate))).to.equal(true);
      expect(
        same(
          outputs.map((o) => unzlibSync(o)),
          data,
        ),
      ).to.equal(true);
    } finally {
      thread.close();
    }
  });

  it('hands the renderer the attachment deflated ahead, by its very bytes only', async () => {
    const thread = deflateThread();
    try {
      const [attachment, other] = inputs();
      thread.ahead(attachment!);
      const { deflated, md5: digests } = await thread.help();
      expect(Buffer.from(deflated!.get(attachment!)!).equals(Buffer.from(deflate(attachment!)))).to.equal(
        true,
      );
      expect(deflated!.get(attachment!.slice()), 'an equal copy is not the same bytes').to.equal(undefined);
      expect(deflated!.get(other!)).to.equal(undefined);
      // pdfkit's CheckSum of the attachment, which the renderer otherwise takes with noble's MD5.
      expect(digests!.get(attachment!)).to.equal(toHex(md5(attachment!)));
      expect(digests!.get(attachment!.slice())).to.equal(undefined);
    } finally {
      thread.close();
    }
  });

  it('deflates on the main thread, to the same bytes, once the worker has stopped', async () => {
    const thread = deflateThread();
    thread.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const data = inputs();
    thread.ahead(data[0]!);
    const { deflater, deflated } = await thread.help();
    expect(same(await deflater!(data), data.map(deflate))).to.equal(true);
    expect(Buffer.from(deflated!.get(data[0]!)!).equals(Buffer.from(deflate(data[0]!)))).to.equal(true);
  });
});
