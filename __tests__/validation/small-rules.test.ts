/** The small value rules: ports, origins, tags, headers, names, comments, countries, Origin Shield regions, lists and numbers. */
import {
  allOf,
  countriesProblem,
  countryCodeProblem,
  distributionCommentProblem,
  iamRoleNameProblem,
  noDuplicates,
  nonEmpty,
  numberBetween,
  originHeaderNameProblem,
  originHeaderValueProblem,
  originPortProblem,
  originShieldRegionProblem,
  playerOriginsProblem,
  policyNameListProblem,
  resourceNameProblem,
  s3CorsOriginProblem,
  settingPath,
  settingValue,
  tagKeyProblem,
  tagValueProblem,
  webOriginProblem,
  wholeNumberBetween,
} from '../../modules';
import { ruleCases } from './rule-cases';

describe('originPortProblem', () =>
  ruleCases(
    originPortProblem,
    [80, 443, 1024, 5443, 65535],
    [
      [22, /port CloudFront cannot connect to/],
      [70000, /port/],
      [5000.5, /port/],
    ],
  ));
describe('webOriginProblem', () =>
  ruleCases(
    webOriginProblem,
    ['*', 'https://player.example.com', 'http://localhost:8080'],
    [
      ['player.example.com', /not an origin/],
      ['https://player.example.com/', /not an origin/],
      ['https://*.example.com', /not an origin/],
    ],
  ));
describe('s3CorsOriginProblem', () =>
  ruleCases(s3CorsOriginProblem, ['https://*.example.com', '*'], [['https://*.*.example.com', /not an origin/]]));
describe('playerOriginsProblem', () => ruleCases(playerOriginsProblem, [['*']], [[[], /empty list/]]));
describe('tagKeyProblem', () =>
  ruleCases(
    tagKeyProblem,
    ['team', 'cost center', 'über'],
    [
      ['', /1-128/],
      ['a$b', /character AWS does not allow/],
      ['aws:x', /reserves/],
    ],
  ));
describe('tagValueProblem', () =>
  ruleCases(
    tagValueProblem,
    ['', 'owner@example.com', 'a=b+c/d:e'],
    [
      ['a\u0000b', /character AWS does not allow/],
      ['cost ${price}', /character AWS does not allow/],
      ['x'.repeat(257), /256/],
    ],
  ));
describe('originHeaderNameProblem', () =>
  ruleCases(
    originHeaderNameProblem,
    ['X-Origin-Verify'],
    [
      ['Host', /cannot add to origin requests/],
      ['X-Amz-Date', /cannot add/],
      ['Bad Header', /not a valid HTTP token/],
    ],
  ));
describe('originHeaderValueProblem', () => ruleCases(originHeaderValueProblem, ['abc'], [['', /is empty/]]));
describe('resourceNameProblem', () =>
  ruleCases(
    resourceNameProblem,
    ['acme-vod_1'],
    [
      ['bad name', /1-128 letters/],
      ['x'.repeat(129), /1-128/],
    ],
  ));
describe('iamRoleNameProblem', () => ruleCases(iamRoleNameProblem, ['acme+vod=role,a.b@c-d_e'], [['role with spaces', /1-64/]]));
describe('distributionCommentProblem', () =>
  ruleCases(distributionCommentProblem, ['x'.repeat(128), '✓'.repeat(42)], [['✓'.repeat(43), /129 bytes long in UTF-8/]]));
describe('countryCodeProblem', () =>
  ruleCases(
    countryCodeProblem,
    ['US', 'DE'],
    [
      ['usa', /ISO 3166-1 alpha-2/],
      ['us', /alpha-2/],
    ],
  ));
describe('countriesProblem', () => ruleCases(countriesProblem, [['US']], [[[], /empty list/]]));
describe('originShieldRegionProblem', () =>
  ruleCases(originShieldRegionProblem, ['eu-west-1', 'us-east-1'], [['eu-north-1', /does not offer Origin Shield|offers Origin Shield/]]));
describe('policyNameListProblem', () =>
  ruleCases(
    policyNameListProblem,
    [['m'], ['a', 'b']],
    [
      [[], /empty list/],
      [['m', 'M'], /lists "M" twice/],
      [[' '], /blank name/],
      [Array.from({ length: 11 }, (_, index) => `q${index}`), /11 names/],
    ],
  ));
describe('wholeNumberBetween', () =>
  ruleCases(
    wholeNumberBetween(1, 3, 'Use 1-3.'),
    [1, 3],
    [
      [0, /whole number from 1 to 3/],
      [1.5, /whole number/],
      [Number.NaN, /whole number/],
    ],
  ));
describe('numberBetween', () =>
  ruleCases(
    numberBetween(1, 30, 'Use 1-30.'),
    [1, 2.5, 30],
    [
      [0.5, /from 1 to 30/],
      [Number.POSITIVE_INFINITY, /from 1 to 30/],
    ],
  ));
describe('nonEmpty and noDuplicates', () =>
  ruleCases(
    allOf<readonly string[]>(nonEmpty('Add one.'), noDuplicates('Once.')),
    [['a', 'b']],
    [
      [[], /empty list/],
      [['a', 'a'], /lists "a" twice/],
    ],
  ));

describe('setting paths', () => {
  it('reads endpoints[1].url as a path of keys and indexes, and its value', () => {
    expect(settingPath('endpoints[1].url')).toEqual(['endpoints', 1, 'url']);
    expect(settingValue({ endpoints: [{ url: 'a' }, { url: 'b' }] }, 'endpoints[1].url')).toBe('b');
    expect(settingValue({}, 'endpoints[1].url')).toBeUndefined();
  });
});
