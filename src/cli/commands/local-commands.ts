/**
 * Commands that need no service: `keygen`, `config`, `hash`.
 * @module
 */
import { stat } from 'node:fs/promises';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Command } from 'commander';
import { publicKeyFromSeed, randomSeed } from '../../core/crypto/ed25519.ts';
import { toBase64, toHex } from '../../core/encoding.ts';
import { formatPublicKeyPem, writePrivateKeyFile, writePublicFile } from '../../keyring/key-files.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { type Algorithm, digestFile, expandPaths, sumLine } from '../file-digests.ts';
import { checkActorId } from '../local-checks.ts';
import { printJson, printLine } from '../output.ts';
import { progressBar } from '../progress.ts';
import { type GlobalFlags, Session } from '../session.ts';
import {
  configPath,
  readConfig,
  resolveSetting,
  SETTING_NAMES,
  type SettingName,
  writeConfig,
} from '../settings.ts';

/** An actor id derived from the key, for when the administrator has not chosen one. */
export function suggestedActorId(publicKey: Uint8Array): string {
  return `act-${toHex(sha256(publicKey)).slice(0, 12)}`;
}

export function registerLocalCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('keygen')
    .description('make an Ed25519 key pair: private key as PKCS#8 PEM (mode 0600), public key printed')
    .option('--out <file>', 'where to write the private key (default: <id>.key)')
    .option(
      '--id <actor>',
      'the actor id to propose, by the rule of registration: ASCII letters, digits, ".", "_", "-" (default: derived from the key)',
    )
    .addHelpText('after', '\nExample:\n  custos keygen --id fr-ofac-martin --out ~/.custos/martin.key')
    .action(async (opts: { out?: string; id?: string }) => {
      if (opts.id !== undefined) checkActorId(opts.id);
      const seed = randomSeed();
      const publicKey = publicKeyFromSeed(seed);
      const id = opts.id ?? suggestedActorId(publicKey);
      const out = opts.out ?? `${id}.key`;
      await writePrivateKeyFile(out, { seed, publicKey }).catch((e: Error) => {
        throw new CliError(e.message, EXIT.local);
      });
      await writePublicFile(`${out.replace(/\.key$/, '')}.pub`, formatPublicKeyPem(publicKey));
      const result = { id, publicKey: toBase64(publicKey), keyFile: out };
      if (flags().json) printJson(result);
      else {
        printLine(`actor id:    ${id}`);
        printLine(`public key:  ${result.publicKey}`);
        printLine(`private key: ${out} (mode 0600; it never leaves this machine)`);
        printLine('Give the actor id and public key to an administrator to be registered.');
      }
    });

  const config = program
    .command('config')
    .description('show or change the per-user settings (flag > environment > config file)');
  config.action(async () => {
    const session = await Session.open(flags());
    const rows = SETTING_NAMES.map((n) => ({
      id: n,
      ...resolveSetting(n, session.flags, session.env, session.config),
    }));
    if (flags().json) printJson({ file: configPath(), settings: rows });
    else {
      printLine(`config file: ${configPath()}`);
      for (const r of rows)
        printLine(`${r.id.padEnd(7)} ${r.value ?? '(unset)'}${r.value ? `  [${r.source}]` : ''}`);
    }
  });
  config
    .command('set <name> <value>')
    .description(`set one of ${SETTING_NAMES.join(', ')}`)
    .action(async (name: string, value: string) => {
      const key = checkName(name);
      await writeConfig({ ...(await readConfig()), [key]: value });
      printLine(`${key} = ${value}`);
    });
  config.command('unset <name>').action(async (name: string) => {
    const key = checkName(name);
    const values = await readConfig();
    delete values[key];
    await writeConfig(values);
  });

  program
    .command('hash <paths...>')
    .description('SHA-256 of files (directories are walked), printed exactly as sha256sum prints it')
    .option('--sha512', 'SHA-512 instead, as sha512sum prints it')
    .addHelpText(
      'after',
      '\nExamples:\n  custos hash disk.E01\n  custos hash evidence/ > SHA256SUMS && sha256sum -c SHA256SUMS',
    )
    .action(async (paths: string[], opts: { sha512?: boolean }) => {
      const algorithm: Algorithm = opts.sha512 ? 'sha512' : 'sha256';
      const files = await expandPaths(paths).catch((e: NodeJS.ErrnoException) => {
        throw new CliError(`cannot read ${e.path ?? paths.join(' ')}: ${e.code ?? e.message}`, EXIT.local);
      });
      const results = [];
      for (const file of files) {
        const size = (await stat(file)).size;
        const bar = progressBar(size, file);
        const d = await digestFile(file, [algorithm], (n) => bar.add(n)).finally(() => bar.stop());
        results.push({ id: file, size: d.size, [algorithm]: d.digests[algorithm] });
        if (!flags().json) printLine(sumLine(d.digests[algorithm]!, file));
      }
      if (flags().json) printJson(results);
    });
}

function checkName(name: string): SettingName {
  const key = name === 'log-key' ? 'logKey' : name;
  if (!(SETTING_NAMES as readonly string[]).includes(key))
    throw new CliError(`unknown setting ${name}; one of ${SETTING_NAMES.join(', ')}`, EXIT.usage);
  return key as SettingName;
}
