/**
 * The inputs the properties found broken, kept as plain tests so they are checked on every run
 * whatever the seed. Each passed the schema or the construct checks, then made Terraform fail
 * (validate, plan or apply) or crashed the app with an error that was not a VideoCdnValidationError.
 */
import * as fs from 'fs';
import { ConfigError, DEFAULT_CONFIG_PATH, parseConfig } from '../../config/load';
import { DistributionDnsRecords, EdgeCertificate, HttpOrigin, VideoDistribution } from '../../modules';
import { testStack } from '../support/synth';
import { synthesizeConfig } from './synthesize';
import { TerraformDocument, terraformJsonProblems } from './terraform-json';

const MKIO = { streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com' };

/** parseConfig's error message, or fails when the data is valid. */
function configErrorOf(data: object): string {
  try {
    parseConfig(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

function stacksOf(data: object): Record<string, TerraformDocument> {
  const app = synthesizeConfig(parseConfig(data));
  app.dispose();
  return app.stacks;
}

describe('findings of the property tests', () => {
  it('text with ${ or %{ is refused by the schema (Terraform read "cost ${price}" as a reference and validate failed)', () => {
    expect(configErrorOf({ awsRegion: 'eu-west-1', tags: { team: 'cost ${price}' } })).toMatch(
      /'tags\.team' contains a character AWS does not allow in tags/,
    );
    expect(configErrorOf({ awsRegion: 'eu-west-1', tags: { '${env}': 'x' } })).toMatch(
      /'tags\.\$\{env\}' is not a valid key \(contains a character AWS does not allow in tags\)/,
    );
    expect(configErrorOf({ awsRegion: 'eu-west-1', mkio: { ...MKIO, distribution: { comment: '%{ if true }x%{ endif }' } } })).toMatch(
      /'mkio\.distribution\.comment' must not contain/,
    );
    expect(configErrorOf({ awsRegion: 'eu-west-1', backend: { type: 'local', path: 'state/${terraform.workspace}.tfstate' } })).toMatch(
      /'backend\.path' must not contain/,
    );
    expect(
      configErrorOf({
        awsRegion: 'eu-west-1',
        liveMediaStore: { origin: { type: 'created-container' }, customHeaders: { 'X-Origin-Verify': 'a${b}' } },
      }),
    ).toMatch(/'liveMediaStore\.customHeaders\.X-Origin-Verify' must not contain/);
  });

  it("a MediaPackage v2 egress host starting with a hyphen is refused at its key path (it passed the schema, then failed in HttpOrigin as 'domainName')", () => {
    const url = 'https://-a.egress.a0aa00.mediapackagev2.us-east-1.amazonaws.com/out/v1/group/channel/endpoint/index.m3u8';
    expect(
      configErrorOf({ awsRegion: 'eu-west-1', liveMediaPackage: { mediaPackageVersion: 'v2', endpoints: [{ url, packaging: 'hls' }] } }),
    ).toMatch(/'liveMediaPackage\.endpoints\[0\]\.url' does not have the host of a MediaPackage origin endpoint/);
  });

  it('aliases *.example.com and wildcard.example.com get a record each (both took the construct id "wildcard.example.com-cname": plain Error, stack trace)', () => {
    const stacks = stacksOf({
      awsRegion: 'eu-west-1',
      mkio: {
        ...MKIO,
        customDomain: {
          domainName: 'wildcard.example.com',
          subjectAlternativeNames: ['*.example.com'],
          hostedZoneId: 'Z0123456789ABCDEFGHIJ',
        },
      },
    });
    const records = Object.values(stacks.mkio.resource?.aws_route53_record ?? {}).filter(
      (record) => record.type === 'CNAME' && !String(record.name).includes('${'),
    );
    expect(records.map((record) => record.name).sort()).toEqual(['*.example.com', 'wildcard.example.com']);
    expect(terraformJsonProblems(stacks.mkio)).toEqual([]);
  });

  it('DistributionDnsRecords refuses a name listed twice (it crashed on the duplicate construct id)', () => {
    const stack = testStack();
    const target = {
      domainName: 'd111111abcdef8.cloudfront.net',
      hostedZoneId: 'Z2FDTNDATAQYW2',
      aliases: ['video.example.com', 'Video.Example.com'],
    };
    expect(() => new DistributionDnsRecords(stack, 'dns', { distribution: target, hostedZoneId: 'Z1' })).toThrow(
      /^'recordNames' lists "Video.Example.com" twice/,
    );
  });

  it('a domain name ending in a dot is refused (the provider refuses ACM names ending in a period: validate failed)', () => {
    const stack = testStack();
    expect(() => new EdgeCertificate(stack, 'certificate', { domainName: 'video.example.com.' })).toThrow(/^'domainName' ends with a dot/);
  });

  it('distribution comments stay within 128 UTF-8 bytes (a long MK.IO host, or 50 "✓", failed validate)', () => {
    const host = `${'a'.repeat(63)}.${'b'.repeat(63)}.streaming.mediakind.com`;
    const stacks = stacksOf({ awsRegion: 'eu-west-1', mkio: { streamingEndpointHostName: host } });
    const comment = String(Object.values(stacks.mkio.resource?.aws_cloudfront_distribution ?? {})[0].comment);
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(128);
    expect(comment).toMatch(/^MK\.IO streaming endpoint a+/);
    expect(configErrorOf({ awsRegion: 'eu-west-1', mkio: { ...MKIO, distribution: { comment: '✓'.repeat(50) } } })).toMatch(
      /'mkio\.distribution\.comment' is 150 bytes long in UTF-8, above CloudFront's 128/,
    );
    const stack = testStack();
    expect(
      () =>
        new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin('origin.example.com') }, comment: '✓'.repeat(50) }),
    ).toThrow(/^'comment' is 150 bytes long/);
  });

  it('an IP address as origin is refused (CloudFront takes host names only)', () => {
    expect(() => new HttpOrigin('10.0.0.1')).toThrow(/^'domainName' is an IP address/);
  });

  it('error responses: only statuses CloudFront answers with, and TTLs Terraform can hold', () => {
    const origin = new HttpOrigin('origin.example.com');
    const distribution = (errorResponses: object[]) => () =>
      new VideoDistribution(testStack(), 'cdn', { defaultBehavior: { origin }, errorResponses: errorResponses as never });
    expect(distribution([{ httpStatus: 404, responseHttpStatus: 302, responsePagePath: '/404.html' }])).toThrow(
      /^'errorResponses\.responseHttpStatus' is not a status CloudFront can answer with/,
    );
    // 3.1e70 is an integer to JavaScript; terraform validate: "Attribute must be a whole number".
    expect(distribution([{ httpStatus: 504, ttlSeconds: 3.1e70 }])).toThrow(
      /^'errorResponses\.ttlSeconds' must be a whole number of seconds from 0 to 31536000/,
    );
    const target = { domainName: 'd111111abcdef8.cloudfront.net', hostedZoneId: 'Z2FDTNDATAQYW2', aliases: ['video.example.com'] };
    expect(() => new DistributionDnsRecords(testStack(), 'dns', { distribution: target, hostedZoneId: 'Z1', ttlSeconds: 3.1e70 })).toThrow(
      /^'ttlSeconds' must be a whole number/,
    );
  });

  it('two sections whose own backends name one S3 object are refused (both stacks silently shared one state)', () => {
    const backend = { type: 's3', bucket: 'state-bucket', region: 'eu-west-1', key: 'video/terraform.tfstate' };
    const config = parseConfig({
      awsRegion: 'eu-west-1',
      mkio: { ...MKIO, backend },
      antMedia: { serverHostName: 'ams.example.com', backend },
    });
    expect(() => synthesizeConfig(config)).toThrow(ConfigError);
    expect(() => synthesizeConfig(config)).toThrow(
      /'antMedia\.backend' would put the stack ant-media \(antMedia\) in the state of mkio \(mkio\), got: S3 object s3:\/\/state-bucket\/video\/terraform\.tfstate/,
    );
    // A section key equal to what another stack's {stack} key resolves to is the same state too.
    const resolved = parseConfig({
      awsRegion: 'eu-west-1',
      backend: { ...backend, key: 'video/{stack}.tfstate' },
      mkio: MKIO,
      antMedia: { serverHostName: 'ams.example.com', backend: { ...backend, key: 'video/mkio.tfstate' } },
    });
    expect(() => synthesizeConfig(resolved)).toThrow(/'antMedia\.backend' would put the stack ant-media \(antMedia\) in the state of mkio/);
  });

  it('the default example still synthesizes well-formed Terraform, every stack', () => {
    const stacks = stacksOf(JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8')));
    expect(Object.keys(stacks).length).toBe(5);
    for (const [stack, json] of Object.entries(stacks))
      expect({ stack, problems: terraformJsonProblems(json) }).toEqual({ stack, problems: [] });
  });
});
