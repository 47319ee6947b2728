/**
 * Policy checks on your own stacks (the README's "Policy checks" snippet): the pack runs at synth,
 * and a finding that does not apply is suppressed on its construct with a written reason.
 */
import { App } from 'cdktf';
import { CachePolicy, PolicyChecks, PrivateBucket, S3Origin, VideoCdnStack, VideoDistribution } from '../modules';

export function buildPolicyChecksExample(app: App): PolicyChecks {
  const stack = new VideoCdnStack(app, 'trailers', { awsRegion: 'eu-west-1' });
  const trailers = new PrivateBucket(stack, 'trailers');
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin: S3Origin.withOriginAccessControl(trailers), cachePolicy: CachePolicy.CACHING_OPTIMIZED },
  });

  // A finding that does not apply here: suppress it on the construct (and all below it), saying why.
  PolicyChecks.suppress(distribution, 'VCDN-WAF-1', 'Public trailers without tokens: a web ACL costs more than the abuse it stops.');

  // Check every stack of the app at synth (main.ts does this in buildApp); ERROR findings fail `cdktf synth`.
  const checks = PolicyChecks.applyTo(app);
  return checks;
}
