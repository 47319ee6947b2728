/**
 * The domain names of the buckets whose ACLs are off (PrivateBucket: BucketOwnerEnforced), as the
 * tokens their constructs hand out: legacy logging, which delivers by ACL, refuses them.
 */
const domains = new Set<string>();

export function registerAclLessBucketDomains(...names: string[]): void {
  for (const name of names) domains.add(name);
}

export function isAclLessBucketDomain(name: string): boolean {
  return domains.has(name);
}
