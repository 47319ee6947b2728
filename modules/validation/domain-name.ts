import { ValueRule } from './value-rule';
import { noDuplicates } from './lists';

const LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^(\\*\\.)?(${LABEL}\\.)+[a-z]{2,63}$`, 'i');
const HOST = new RegExp(`^(?=.{1,253}$)${LABEL}(\\.${LABEL})*$`, 'i');

/** A DNS name such as a CloudFront alias or certificate name; a leading `*.` wildcard is allowed. */
export const domainNameProblem: ValueRule<string> = (name) => {
  if (name.endsWith('.')) {
    // The AWS provider refuses ACM certificate names ending in a period (terraform validate fails).
    return { problem: 'ends with a dot', fix: 'Drop the trailing dot: write video.example.com, not video.example.com.' };
  }
  if (name.length > 253 || !DOMAIN.test(name)) {
    return { problem: 'is not a valid domain name', fix: 'Write a fully qualified name like video.example.com, without scheme or path.' };
  }
  return undefined;
};

/** A DNS name without a wildcard: a zone name, a server's host. */
export const exactDomainNameProblem: ValueRule<string> = (name) =>
  domainNameProblem(name) ??
  (name.startsWith('*.') ? { problem: 'cannot be a wildcard here', fix: 'Name the exact host, e.g. video.example.com.' } : undefined);

/** The host CloudFront connects to: a DNS name without scheme, port or path, and not an IP address. */
export const originHostProblem: ValueRule<string> = (host) => {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host) || host.includes('/')) {
    return {
      problem: 'must be a host name, not a URL',
      fix: 'Drop the scheme and path: put the path in originPath (e.g. host "example.com", originPath "/live").',
    };
  }
  if (host.includes(':')) return { problem: 'must not contain a port', fix: 'Set httpPort or httpsPort instead.' };
  if (!HOST.test(host))
    return { problem: 'is not a valid host name', fix: 'Use letters, digits, hyphens and dots, e.g. origin.example.com.' };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return {
      problem: 'is an IP address, which CloudFront does not accept as an origin',
      fix: 'Give the server a DNS name (e.g. a Route 53 A record) and use that.',
    };
  }
  return undefined;
};

/** Each name once: DNS names compare without case and without a trailing dot. */
export const distinctDomainNamesProblem: ValueRule<readonly string[]> = noDuplicates('List each name once.', (name) =>
  name.toLowerCase().replace(/\.$/, ''),
);

/** CloudFront's limit of alternate domain names per distribution. */
export const MAX_ALIASES = 100;

/** A distribution's aliases: each name once, at most 100. */
export const aliasesProblem: ValueRule<readonly string[]> = (names) =>
  names.length > MAX_ALIASES
    ? {
        problem: `has ${names.length} names, above CloudFront's ${MAX_ALIASES} aliases per distribution`,
        fix: 'Use a wildcard alias or split the distribution.',
      }
    : distinctDomainNamesProblem(names);
