import { isPerViewerName, segmentKeyNameProblem } from '../../modules';
import { ruleCases } from './rule-cases';

describe('per-viewer names', () => {
  it.each([
    'token',
    'video-token',
    'jwt',
    'auth',
    'hdnts',
    'hdnea',
    '__hdnea__',
    'Signature',
    'sig',
    'Policy',
    'CloudFront-Policy',
    'Expires',
    'Key-Pair-Id',
    'Hash-Algorithm',
    'session',
    'JSESSIONID',
    'sessionId',
    'sid',
    'hmac',
    'nonce',
    'CMCD',
    'X-Amz-Credential',
    'X-Amz-Security-Token',
  ])('%s looks per viewer', (name) => {
    expect(isPerViewerName(name)).toBe(true);
  });

  it.each([
    'm',
    'start',
    'end',
    'aws.manifestfilter',
    'aws.manifestsettings',
    '_HLS_msn',
    '_HLS_part',
    '_HLS_skip',
    'id',
    'playOrder',
    'v',
    'lang',
    'bitrate',
    'policyVersion',
    'Origin',
    'CloudFront-Viewer-Country',
    'expiry-format',
    'signal',
  ])('%s selects content', (name) => {
    expect(isPerViewerName(name)).toBe(false);
  });
});

describe('segmentKeyNameProblem', () => {
  ruleCases(
    segmentKeyNameProblem,
    ['m', '_HLS_part'],
    [
      ['token', /looks per viewer/],
      ['CMCD', /looks per viewer/],
    ],
  );
});
