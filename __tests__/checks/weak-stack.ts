import { CloudfrontDistribution } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { CloudfrontRealtimeLogConfig } from '@cdktf/provider-aws/lib/cloudfront-realtime-log-config';
import { TerraformStack } from 'cdktf';
import { testStack } from '../support/synth';
import { behavior, CERTIFICATE_ARN, customOrigin, HOSTS } from './support';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
/** Managed UseOriginCacheControlHeaders-QueryStrings: every query string and cookie in the key. */
const USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS = '4cc15a8a-d715-48a4-82b8-cc0b614638fe';

export interface WeakStack {
  readonly stack: TerraformStack;
  readonly distribution: CloudfrontDistribution;
  readonly bucket: S3Bucket;
  readonly bucketPolicy: S3BucketPolicy;
}

/**
 * A deliberately weak distribution, from raw provider resources (none of the library's defaults),
 * that breaks every rule of the pack once.
 */
export function weakStack(): WeakStack {
  const stack = testStack('weak');
  // VCDN-S3-2: no public access block.
  const bucket = new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
  // VCDN-POLICY-1: CloudFront (for any distribution of any account) may read.
  const bucketPolicy = new S3BucketPolicy(stack, 'media-policy', {
    bucket: bucket.id,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: `${bucket.arn}/*` },
      ],
    }),
  });
  const legacyCaching = { cachePolicyId: undefined, forwardedValues: { queryString: false, cookies: { forward: 'none' } } };
  // VCDN-LOG-1: legacy logging into a bucket whose ACLs are off.
  const logs = new S3Bucket(stack, 'logs', { bucketPrefix: 'logs-' });
  new S3BucketOwnershipControls(stack, 'logs-ownership', { bucket: logs.id, rule: { objectOwnership: 'BucketOwnerEnforced' } });
  // VCDN-COST-2: every request of a segment behavior logged in real time.
  const everyRequest = new CloudfrontRealtimeLogConfig(stack, 'every-request', {
    name: 'every-request',
    samplingRate: 100,
    fields: ['timestamp', 'sc-status'],
    endpoint: {
      streamType: 'Kinesis',
      kinesisStreamConfig: {
        roleArn: 'arn:aws:iam::111122223333:role/rtl',
        streamArn: 'arn:aws:kinesis:eu-west-1:111122223333:stream/rtl',
      },
    },
  });
  const distribution = new CloudfrontDistribution(stack, 'cdn', {
    enabled: true,
    aliases: ['video.example.com'],
    // VCDN-TLS-1: TLS 1.0 allowed on a custom certificate.
    viewerCertificate: { acmCertificateArn: CERTIFICATE_ARN, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1' },
    origin: [
      // VCDN-TLS-2: clear-text HTTP to an AWS endpoint that serves HTTPS.
      customOrigin('api', 'v1a2b3c4d5.execute-api.eu-west-1.amazonaws.com', {
        customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] },
      }),
      // VCDN-S3-1: the bucket's REST endpoint without Origin Access Control.
      { originId: 'media', domainName: bucket.bucketRegionalDomainName, s3OriginConfig: { originAccessIdentity: '' } },
      // VCDN-SHIELD-1: a MediaPackage endpoint without Origin Shield.
      customOrigin('live', HOSTS.mediaPackage, { originPath: '/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b' }),
    ],
    // VCDN-CACHE-1: legacy forwarded_values.
    defaultCacheBehavior: behavior('media', legacyCaching),
    orderedCacheBehavior: [
      { pathPattern: '/api/*', ...behavior('api') },
      { pathPattern: '*.m3u8', ...behavior('live') },
      // VCDN-COST-1: every segment request goes to the origin.
      { pathPattern: '*.ts', ...behavior('live', { cachePolicyId: CACHING_DISABLED }) },
      // VCDN-CACHE-2: each viewer's token (any query string, any cookie) in the segments' key.
      {
        pathPattern: '*.m4s',
        ...behavior('live', { cachePolicyId: USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS, realtimeLogConfigArn: everyRequest.arn }),
      },
    ],
    restrictions: { geoRestriction: { restrictionType: 'none' } },
    loggingConfig: { bucket: logs.bucketDomainName },
    // VCDN-WAF-1: no webAclId. VCDN-OPS-1: a live origin (MediaPackage) and no alarm.
  });
  return { stack, distribution, bucket, bucketPolicy };
}
