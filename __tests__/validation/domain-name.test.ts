import { aliasesProblem, distinctDomainNamesProblem, domainNameProblem, exactDomainNameProblem, originHostProblem } from '../../modules';
import { ruleCases } from './rule-cases';

describe('domainNameProblem', () =>
  ruleCases(
    domainNameProblem,
    ['video.example.com', '*.example.com', 'EXAMPLE.org'],
    [
      ['video.example.com.', /ends with a dot/],
      ['https://video.example.com', /not a valid domain name/],
      ['localhost', /not a valid domain name/],
    ],
  ));
describe('exactDomainNameProblem', () => ruleCases(exactDomainNameProblem, ['example.com'], [['*.example.com', /cannot be a wildcard/]]));
describe('originHostProblem', () =>
  ruleCases(
    originHostProblem,
    ['origin.example.com', 'abc.mediapackage.eu-west-1.amazonaws.com'],
    [
      ['https://origin.example.com', /host name, not a URL/],
      ['origin.example.com:8080', /must not contain a port/],
      ['bad_host!', /not a valid host name/],
      ['10.0.0.1', /is an IP address/],
    ],
  ));
describe('distinctDomainNamesProblem', () =>
  ruleCases(
    distinctDomainNamesProblem,
    [['a.example.com', 'b.example.com']],
    [[['a.example.com', 'A.example.com.'], /lists "A.example.com." twice/]],
  ));
describe('aliasesProblem', () =>
  ruleCases(
    aliasesProblem,
    [Array.from({ length: 100 }, (_, index) => `a${index}.example.com`)],
    [[Array.from({ length: 101 }, (_, index) => `a${index}.example.com`), /101 names, above CloudFront's 100/]],
  ));
