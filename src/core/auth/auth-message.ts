/**
 * What an actor signs to log in (docs/api.md, Authentication): the pure half of src/auth, so
 * that the CLI, the service and the browser console build the same bytes from one definition.
 * @module
 */
import { concatBytes, utf8 } from '../encoding.ts';

export const AUTH_DOMAIN = 'custos/v1/auth\n';

/** The bytes an actor signs to log in: the domain prefix, then the raw challenge. */
export function authMessage(challenge: Uint8Array): Uint8Array {
  return concatBytes(utf8(AUTH_DOMAIN), challenge);
}
