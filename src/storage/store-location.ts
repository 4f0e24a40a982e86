/**
 * What a store location names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL store,
 * anything else a LevelDB directory. Light on purpose (no database client): the CLI reads it
 * for every command.
 * @module
 */

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A store location fit to print: a URL's password masked. */
export function shownLocation(location: string): string {
  return location.replace(/(\/\/[^:/@]*):[^@]*@/, '$1:***@');
}
