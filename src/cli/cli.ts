/** Entry point of the `custos` binary. */
import { main } from './main.ts';

const code = await main(process.argv);
// `serve` keeps running; everything else ends here with its documented code.
if (!process.argv.includes('serve') || code !== 0) process.exit(code);
