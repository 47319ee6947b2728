import { bucketNameProblem, bucketPrefixProblem, keyPrefixProblem } from '../../modules';
import { ruleCases } from './rule-cases';

describe('bucketNameProblem', () => {
  ruleCases(
    bucketNameProblem,
    ['abc', 'acme-vod-masters', 'a.b.c', 'x'.repeat(63)],
    [
      ['ab', /not a valid S3 bucket name/],
      ['My_Bucket', /not a valid S3 bucket name/],
      ['a..b', /dot next to another dot/],
      ['a.-b', /dot next to another dot or a hyphen/],
      ['192.168.1.10', /IP address/],
      ['xn--masters', /uses "xn--", which S3 reserves/],
      ['media-s3alias', /uses "-s3alias"/],
      ['x'.repeat(64), /not a valid S3 bucket name/],
    ],
  );
});

describe('bucketPrefixProblem', () => {
  ruleCases(
    bucketPrefixProblem,
    ['live-', 'vod-s3-mediaconvert-source-'],
    [
      ['Live-', /1-37 lowercase/],
      ['x'.repeat(38), /1-37/],
      ['sthree-x', /S3 reserves/],
    ],
  );
});

describe('keyPrefixProblem', () => {
  ruleCases(
    keyPrefixProblem,
    ['', 'vod/', 'assets/2024/', "a!_.'()-/"],
    [
      ['/vod/', /no leading/],
      ['vod', /ending in \//],
      ['vod/*/', /no wildcards/],
      ['a//', /ending in \//],
    ],
  );
});
