import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { RuleResult } from '../../../modules/checks/rule';
import { LiveOriginShieldRule } from '../../../modules/checks/rules/live-origin-shield';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { AntMediaOrigin } from '../../../modules/origins/ant-media-origin';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { MediaPackageOrigin } from '../../../modules/mediapackage/mediapackage-origin';
import { MkioOrigin } from '../../../modules/origins/mkio-origin';
import { IVideoOrigin } from '../../../modules/origins/origin';
import { S3Origin } from '../../../modules/origins/s3-origin';
import { testStack } from '../../support/synth';
import { HOSTS, onlyVerdict } from '../support';

const MEDIAPACKAGE_URL = `https://${HOSTS.mediaPackage}/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b/index.m3u8`;

function distribution(origin: IVideoOrigin) {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
  return stack;
}

describe('VCDN-SHIELD-1 live origin without Origin Shield', () => {
  it('is compliant for a MediaPackage origin with Origin Shield', () => {
    const stack = distribution(MediaPackageOrigin.fromEndpointUrl(MEDIAPACKAGE_URL, { originShieldRegion: 'eu-west-1' }));
    expect(onlyVerdict(LiveOriginShieldRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it.each([
    ['MediaPackage', () => MediaPackageOrigin.fromEndpointUrl(MEDIAPACKAGE_URL, { originId: 'live' }), HOSTS.mediaPackage],
    ['MediaPackage v2', () => new HttpOrigin(HOSTS.mediaPackageV2, { originId: 'live' }), HOSTS.mediaPackageV2],
    ['MediaStore', () => new HttpOrigin(HOSTS.mediaStore, { originId: 'live' }), HOSTS.mediaStore],
    ['MK.IO', () => MkioOrigin.fromStreamingEndpoint(HOSTS.mkio, { originId: 'live' }), HOSTS.mkio],
    ['Ant Media Server', () => AntMediaOrigin.https(HOSTS.ownServer, { originId: 'live' }), HOSTS.ownServer],
    ['Ant Media Server', () => AntMediaOrigin.http(HOSTS.ownServer, { originId: 'live' }), HOSTS.ownServer],
    ['Wowza Streaming Engine', () => new HttpOrigin('wowza.example.com', { originId: 'live', httpPort: 1935 }), 'wowza.example.com'],
  ])('is non-compliant for a %s origin without it', (server, origin, host) => {
    const verdict = onlyVerdict(LiveOriginShieldRule, distribution(origin()));
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe(`origin "live" (${host}) is a live origin (${server}) without origin_shield`);
  });

  it('is not applicable to origins that are not recognisably live', () => {
    const stack = testStack();
    const posters = S3Origin.withOriginAccessControl(new S3Bucket(stack, 'posters', { bucketPrefix: 'posters-' }));
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: new HttpOrigin('www.example.com') },
      additionalBehaviors: { '/posters/*': { origin: posters } },
    });
    expect(onlyVerdict(LiveOriginShieldRule, stack).result).toBe(RuleResult.NOT_APPLICABLE);
  });
});
