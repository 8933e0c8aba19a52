/** Why a directory sync failed, with a code an operator can act on. */
export type DirectorySyncErrorCode =
  /** Could not connect or bind (address, TLS, bind account, password). */
  | 'DIRECTORY_UNREACHABLE'
  /** Bound, but the search failed (baseDn, filter, size limits, paging). */
  | 'DIRECTORY_SEARCH_FAILED'
  /** The search returned no people while the copy in force has some: a wrong filter or baseDn, not an empty organisation. */
  | 'DIRECTORY_EMPTY'
  /** Too many people would be disabled or removed at once (directory.ldap.maxRemovedShare). */
  | 'DIRECTORY_MASS_CHANGE';

export class DirectorySyncError extends Error {
  constructor(
    readonly code: DirectorySyncErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'DirectorySyncError';
  }
}
