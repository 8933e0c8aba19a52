/**
 * The organisation's own domains (policy `organisation.internalDomains`, subdomains included):
 * only addresses there may ask for a mailed sign-in link. Read from the policy file in force,
 * re-read at most once a minute; when the file cannot be read the last good list stays.
 */
import type { GatewayConfig } from '../../config/schema.js';
import type { Logger } from '../../log/logger.js';
import { matchesAnyDomain } from '../../policy/domains.js';

export type OrganisationDomains = () => Promise<readonly string[]>;

export function policyOrganisationDomains(config: GatewayConfig, log: Logger, now: () => number = Date.now): OrganisationDomains {
  let cached: { at: number; domains: readonly string[] } | undefined;
  return async () => {
    if (cached && now() - cached.at < 60_000) return cached.domains;
    try {
      const { loadPolicy } = await import('../../policy/load-policy.js');
      const policy = await loadPolicy(config.policy.path, { dictionariesDir: config.dictionaries.dir });
      cached = { at: now(), domains: policy.organisation.internalDomains };
    } catch (err) {
      log.warn({ file: config.policy.path, err: (err as Error).message }, 'cannot read the organisation domains for sign-in links; keeping the last good list');
      cached = { at: now(), domains: cached?.domains ?? [] };
    }
    return cached.domains;
  };
}

/** Is this (plain, lower-case) address in one of the organisation's domains? */
export function isOrganisationAddress(address: string, domains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && matchesAnyDomain(address.slice(at + 1), domains) !== undefined;
}
