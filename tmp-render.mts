import { writeFile } from 'node:fs/promises';
import { CustosClient } from './src/client/custos-client.ts';
import { readPrivateKeyFile } from './src/keyring/key-files.ts';
import { startTwoLogs } from './test/support/two-logs.ts';

const t = await startTwoLogs();
try {
  const c = new CustosClient(t.a.url, { actor: 'az-sss-aliyev', seed: (await readPrivateKeyFile(t.keyFile(t.dirA, 'az-sss-aliyev'))).seed });
  for (const lang of ['en', 'az', 'ar']) {
    const pdf = await c.bytes(`/v1/items/${encodeURIComponent(t.story.item)}/report.pdf?lang=${lang}`, true);
    await writeFile(`/tmp/addr-pdf/a-${lang}.pdf`, pdf);
  }
  console.log(JSON.stringify(t.story));
} finally {
  await t.stop();
}
