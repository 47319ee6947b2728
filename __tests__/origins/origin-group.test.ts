import { AllowedMethods, HttpOrigin, MediaPackageOrigin, OriginGroup, S3Origin, VideoDistribution } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

const primary = new HttpOrigin('live-a.example.com', { originId: 'live-a' });
const secondary = new HttpOrigin('live-b.example.com', { originId: 'live-b' });

describe('OriginGroup', () => {
  it('minimal: both members as origins, an origin_group with the live failover codes, behaviors target the group', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: new OriginGroup({ members: [primary, secondary], originGroupId: 'live' }) },
    });
    const cdn = onlyResource(synthJson(stack), 'aws_cloudfront_distribution');
    expect(cdn.origin.map((origin: any) => origin.origin_id)).toEqual(['live-a', 'live-b']);
    expect(cdn.origin_group).toEqual([
      {
        origin_id: 'live',
        failover_criteria: { status_codes: [404, 500, 502, 503, 504] },
        member: [{ origin_id: 'live-a' }, { origin_id: 'live-b' }],
      },
    ]);
    expect(cdn.default_cache_behavior.target_origin_id).toBe('live');
  });

  it('maximal: members keep their own Origin Access Control and CDN authorization header; one group shared by behaviors', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'backup', { bucketPrefix: 'backup-' });
    const mediaPackage = MediaPackageOrigin.fromEndpointUrl(
      'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1/aaaa1111/index.m3u8',
      {
        originId: 'mediapackage',
        cdnIdentifier: '9ceebbe7-9607-4552-8764-876e47032660',
      },
    );
    const group = new OriginGroup({
      members: [
        mediaPackage,
        S3Origin.withOriginAccessControl(
          { bucket: bucket.bucket, arn: bucket.arn, bucketRegionalDomainName: bucket.bucketRegionalDomainName },
          { originId: 's3-backup' },
        ),
      ],
      failoverStatusCodes: [403, 404, 500],
    });
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: group },
      additionalBehaviors: { '*.m3u8': { origin: group, allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS } },
    });
    const json = synthJson(stack);
    const cdn = onlyResource(json, 'aws_cloudfront_distribution');
    expect(cdn.origin_group).toHaveLength(1);
    expect(cdn.origin_group[0].failover_criteria.status_codes).toEqual([403, 404, 500]);
    const [mp, s3] = cdn.origin;
    expect(mp.custom_header).toEqual([{ name: 'X-MediaPackage-CDNIdentifier', value: '9ceebbe7-9607-4552-8764-876e47032660' }]);
    expect(s3.origin_access_control_id).toMatch(/^\$\{aws_cloudfront_origin_access_control\./);
    expect(resources(json, 'aws_s3_bucket_policy')).toHaveLength(1);
    expect(cdn.ordered_cache_behavior[0].target_origin_id).toBe(cdn.default_cache_behavior.target_origin_id);
  });

  it('refuses three members, status codes CloudFront does not fail over on, and nested groups', () => {
    const third = new HttpOrigin('live-c.example.com');
    expect(() => new OriginGroup({ members: [primary, secondary, third] })).toThrow(
      /^'members' has 3 members; an origin group has exactly two \(the primary, then the secondary\)/,
    );
    expect(() => new OriginGroup({ members: [primary, secondary], failoverStatusCodes: [200, 500] })).toThrow(
      /^'failoverStatusCodes' contains 200, which CloudFront does not fail over on, got: \[200,500\]\. Use codes among 400, 403, 404, 416, 500, 502, 503, 504\./,
    );
    expect(() => new OriginGroup({ members: [primary, secondary], failoverStatusCodes: [] })).toThrow(/is an empty list/);
    const inner = new OriginGroup({ members: [primary, secondary] });
    expect(() => new OriginGroup({ members: [inner, third] })).toThrow(/^'members' contains an origin group/);
  });

  it('refuses a behavior that allows POST (or PUT, PATCH, DELETE) on a group', () => {
    const group = new OriginGroup({ members: [primary, secondary] });
    expect(
      () => new VideoDistribution(testStack(), 'cdn', { defaultBehavior: { origin: group, allowedMethods: AllowedMethods.ALLOW_ALL } }),
    ).toThrow(/^'defaultBehavior\.allowedMethods' allows DELETE, PATCH, POST, PUT on a behavior that targets an origin group/);
  });

  it('refuses an eleventh group', () => {
    const groups = Array.from(
      { length: 11 },
      (_, index) => new OriginGroup({ members: [new HttpOrigin(`a${index}.example.com`), new HttpOrigin(`b${index}.example.com`)] }),
    );
    expect(
      () =>
        new VideoDistribution(testStack(), 'cdn', {
          defaultBehavior: { origin: groups[0] },
          additionalBehaviors: Object.fromEntries(groups.slice(1).map((group, index) => [`/g${index}/*`, { origin: group }])),
        }),
    ).toThrow(/^'originGroups' would be 11, above CloudFront's quota of 10 per distribution/);
  });
});
