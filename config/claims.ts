/**
 * What two stacks of one configuration cannot both have: a custom domain (CloudFront serves an alias
 * from one distribution, and both stacks would write its DNS record) and the account-wide names the
 * configuration sets itself (generated names are unique per stack already).
 */
import { VideoCdnValidationError } from '../modules';
import type { SectionKey, SectionOf } from './stacks';

/** One name a stack takes for itself, and where its configuration says so. */
interface Claim {
  /** What kind of name, as a user reads it. */
  readonly kind: string;
  /** The name, as AWS compares it. */
  readonly name: string;
  /** The configuration key that sets it, like liveMediaPackage.instances.news.customDomain.domainName. */
  readonly at: string;
  readonly value: string;
}

/** The claims of one stack's section, `at` its place in the configuration. */
function claimsOf<K extends SectionKey>(key: K, section: SectionOf<K>, at: string): Claim[] {
  const claims: Claim[] = [];
  const claim = (kind: string, path: string, value: string | undefined, caseless = false) => {
    if (value !== undefined)
      claims.push({ kind, name: caseless ? value.toLowerCase().replace(/\.$/, '') : value, at: `${at}.${path}`, value });
  };
  const domain = section.customDomain;
  claim('custom domain', 'customDomain.domainName', domain?.domainName, true);
  domain?.subjectAlternativeNames?.forEach((name, index) =>
    claim('custom domain', `customDomain.subjectAlternativeNames[${index}]`, name, true),
  );
  if (key === 'vod') {
    const vod = section as SectionOf<'vod'>;
    claim('S3 bucket name', 'sourceBucket.bucketName', vod.sourceBucket?.bucketName);
    claim('S3 bucket name', 'outputBucket.bucketName', vod.outputBucket?.bucketName);
    claim('MediaConvert queue name', 'mediaConvert.queueName', vod.mediaConvert?.queueName);
    claim('IAM role name', 'mediaConvert.roleName', vod.mediaConvert?.roleName, true);
  }
  if (key === 'liveMediaStore') {
    const origin = (section as SectionOf<'liveMediaStore'>).origin;
    if (origin.type === 'created-container') claim('MediaStore container name', 'origin.containerName', origin.containerName);
    if (origin.type === 's3-migration') {
      claim('S3 bucket name', 'origin.bucketName', origin.bucketName);
      claim('S3 bucket name', 'origin.failoverBucket.bucketName', origin.failoverBucket?.bucketName);
    }
  }
  if (key === 'liveMediaPackage') {
    claim('MediaPackage channel id', 'createChannel.channelId', (section as SectionOf<'liveMediaPackage'>).createChannel?.channelId);
  }
  return claims;
}

/** Every name claimed twice, each reported at its second claim and naming the first. */
export function claimProblems(stacks: readonly { key: SectionKey; at: string; section: SectionOf<SectionKey> }[]): string[] {
  const first = new Map<string, Claim>();
  const problems: string[] = [];
  for (const stack of stacks) {
    for (const claim of claimsOf(stack.key, stack.section, stack.at)) {
      const id = `${claim.kind}\0${claim.name}`;
      const owner = first.get(id);
      if (owner === undefined) {
        first.set(id, claim);
        continue;
      }
      problems.push(
        VideoCdnValidationError.messageFor(
          claim.at,
          `claims the ${claim.kind} ${owner.at} already claims`,
          claim.value,
          `Give each its own ${claim.kind}: ${claim.kind === 'custom domain' ? 'CloudFront serves an alias from one distribution only, and both stacks would write its DNS record' : 'AWS names it once per account (S3: globally)'}.`,
        ),
      );
    }
  }
  return problems;
}
