/** Entry point of the `custos` binary. */
import { main } from './main.ts';

/**
 * Resolves once everything written to `stream` so far is flushed. Writes to a pipe are
 * asynchronous, and process.exit does not wait for them: without this, `custos verify … | less`
 * lost the end of a long timeline.
 */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

// A reader that stops early (`custos verify … | head`) closes the pipe: that ends the output,
// it is no failure of the command.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });

const code = await main(process.argv);
// `serve` keeps running; everything else ends here with its documented code.
if (!process.argv.includes('serve') || code !== 0) {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
