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
