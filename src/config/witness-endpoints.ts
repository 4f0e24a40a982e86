/**
 * The witnesses a log asks for cosignatures, from CUSTOS_WITNESSES: a JSON array of
 * `{"url", "verifierKey"}`, or the path of a file holding one.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { WitnessEndpoint } from '../log/witness-coordinator.ts';
import { ConfigError } from './environment.ts';

const Endpoints = z.array(z.object({ url: z.url(), verifierKey: z.string().min(1) }).strict()).max(32);

export async function readWitnessEndpoints(setting: string): Promise<WitnessEndpoint[]> {
  if (setting.trim() === '') return [];
  const text = setting.trim().startsWith('[')
    ? setting
    : await readFile(setting, 'utf8').catch(() => {
        throw new ConfigError(`CUSTOS_WITNESSES: cannot read ${setting}`);
      });
  const parsed = Endpoints.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ConfigError(`CUSTOS_WITNESSES: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
