import { invalid } from './invalid';
import { isUnresolved } from './tokens';

const LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^(\\*\\.)?(${LABEL}\\.)+[a-z]{2,63}$`, 'i');

/** Checks a DNS name (optionally a leading `*.` wildcard) such as a CloudFront alias or certificate name. */
export function checkDomainName(prop: string, name: string, allowWildcard: boolean): void {
  if (isUnresolved(name)) return;
  if (name.endsWith('.')) {
    // The AWS provider refuses ACM certificate names ending in a period (terraform validate fails).
    invalid(prop, 'ends with a dot', name, 'Drop the trailing dot: write video.example.com, not video.example.com.');
  }
  if (name.length > 253 || !DOMAIN.test(name)) {
    invalid(prop, 'is not a valid domain name', name, 'Write a fully qualified name like video.example.com, without scheme or path.');
  }
  if (!allowWildcard && name.startsWith('*.')) {
    invalid(prop, 'cannot be a wildcard here', name, 'Name the exact host, e.g. video.example.com.');
  }
}

/** Lower-case, no trailing dot: the form CloudFront and ACM compare. */
export function canonicalDomain(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** True if `certificateName` covers `host`; a wildcard covers exactly one label. */
export function certificateNameCovers(certificateName: string, host: string): boolean {
  const cert = canonicalDomain(certificateName);
  const name = canonicalDomain(host);
  if (cert === name) return true;
  if (!cert.startsWith('*.')) return false;
  const suffix = cert.slice(1); // ".example.com"
  if (!name.endsWith(suffix)) return false;
  const label = name.slice(0, name.length - suffix.length);
  return label.length > 0 && !label.includes('.');
}

/** The name an ACM DNS validation record is created for: `*.example.com` validates through `example.com`. */
export function validationBaseName(name: string): string {
  return canonicalDomain(name).replace(/^\*\./, '');
}
