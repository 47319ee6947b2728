import { originPathProblem, pathPatternProblem, publicPathsProblem } from '../../modules';
import { ruleCases } from './rule-cases';

describe('originPathProblem', () =>
  ruleCases(
    originPathProblem,
    ['/live', 'live/', '/out/hls', ''],
    [
      ['/live stream', /plain path/],
      ['/a//b', /plain path/],
      ['/live?x=1', /plain path/],
      [`/${'a'.repeat(255)}`, /longer than 255/],
    ],
  ));
describe('pathPatternProblem', () =>
  ruleCases(
    pathPatternProblem,
    ['*.m3u8', '/live/*', 'index.ism/*', '/?/*'],
    [
      ['*', /only the default behavior/],
      ['/*', /only the default behavior/],
      ['**', /only the default behavior/],
      ['/*?', /only the default behavior/],
      ['', /1-255/],
      ['/a b/*', /characters CloudFront does not accept/],
    ],
  ));

describe('publicPathsProblem', () =>
  ruleCases(
    publicPathsProblem,
    [[], ['/clientaccesspolicy.xml', '/posters/*']],
    [
      [['/a/*', 'a/*'], /lists "a\/\*" twice/],
      [['/ok/*', '*'], /contains "\*", which matches every request/],
    ],
  ));
