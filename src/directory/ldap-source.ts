import type { GatewayConfig } from '../config/schema.js';
import { DirectorySyncError } from './errors.js';
import type { RawDirectory, RawEntry } from './types.js';

export type LdapSettings = NonNullable<GatewayConfig['directory']['ldap']>;

/** The I/O seam of the sync: one complete read of people and groups. */
export interface DirectorySource {
  fetch(): Promise<RawDirectory>;
}

function toRaw(entry: Record<string, unknown> & { dn: string }): RawEntry {
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'dn') continue;
    const list = Array.isArray(value) ? value : [value];
    attributes[key] = list.map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)));
  }
  return { dn: entry.dn, attributes };
}

/**
 * Read the directory over LDAP with `ldapts` (bind, two paged subtree searches, unbind). The bind
 * password comes from the environment variable named in the config, never from the file.
 */
export function ldapSource(settings: LdapSettings, env: NodeJS.ProcessEnv = process.env): DirectorySource {
  const a = settings.attributes;
  const disabledAttr = settings.disabled.kind === 'none' ? [] : [settings.disabled.attribute];
  const peopleAttributes = [a.mail, a.proxyAddresses, a.displayName, a.department, a.title, a.manager, ...disabledAttr];
  return {
    async fetch() {
      const password = env[settings.bindPasswordEnv];
      if (password === undefined || password === '') {
        throw new DirectorySyncError('DIRECTORY_UNREACHABLE', `the bind password is not set: environment variable ${settings.bindPasswordEnv} is empty`);
      }
      const tls = { rejectUnauthorized: settings.tlsRejectUnauthorized };
      // ldapts speaks TLS from the first byte whenever tlsOptions is given: only for ldaps://.
      // Imported on the first sync: a gateway without a directory never loads it.
      const { Client } = await import('ldapts');
      const client = new Client({
        url: settings.url,
        timeout: settings.timeoutMs,
        connectTimeout: settings.timeoutMs,
        ...(settings.url.startsWith('ldaps:') ? { tlsOptions: tls } : {}),
      });
      try {
        try {
          if (settings.startTls) await client.startTLS(tls);
          await client.bind(settings.bindDn, password);
        } catch (err) {
          throw new DirectorySyncError('DIRECTORY_UNREACHABLE', `cannot bind to ${settings.url} as ${settings.bindDn}: ${(err as Error).message}`);
        }
        const search = async (base: string, filter: string, attributes: string[]) => {
          try {
            const { searchEntries } = await client.search(base, { scope: 'sub', filter, attributes, paged: { pageSize: settings.pageSize } });
            return searchEntries.map(toRaw);
          } catch (err) {
            throw new DirectorySyncError('DIRECTORY_SEARCH_FAILED', `search of ${base} with ${filter} failed: ${(err as Error).message}`);
          }
        };
        const people = await search(settings.baseDn, settings.peopleFilter, peopleAttributes);
        const groups = await search(settings.groupBaseDn ?? settings.baseDn, settings.groupFilter, [a.groupName, a.member]);
        return { people, groups };
      } finally {
        await client.unbind().catch(() => undefined);
      }
    },
  };
}
