/**
 * A file input that hashes the chosen file in the worker, with a progress bar, and hands the
 * SHA-256 to the form (registration, receipt and re-hash use it).
 * @module
 */
import { el } from '../verify-page/dom.ts';
import { type FileDigest, hashInWorker } from './file-hash.ts';
import { t } from './messages.ts';

export function fileHasher(
  id: string,
  label: string,
  onHashed: (d: FileDigest, file: File) => void,
): HTMLElement {
  const input = el('input', { id, type: 'file' });
  const bar = el('progress', { 'aria-label': t('hash.progress'), max: '1', value: '0', hidden: '' });
  const out = el('p', { class: 'help', id: `${id}-result`, 'aria-live': 'polite' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    bar.hidden = false;
    bar.max = Math.max(file.size, 1);
    bar.value = 0;
    out.textContent = t('hash.progress');
    try {
      const digest = await hashInWorker(file, (done) => {
        bar.value = done;
      });
      out.replaceChildren(t('hash.done', { sha256: digest.sha256 }));
      onHashed(digest, file);
    } catch (e) {
      out.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      bar.hidden = true;
    }
  });
  return el('div', { class: 'field file-hasher' }, el('label', { for: id }, label), input, bar, out);
}
