import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { checkEach, checkValue } from '../private/check-value';
import { canonicalDomain } from '../private/domain-names';
import { distinctDomainNamesProblem, domainNameProblem, exactDomainNameProblem } from '../validation/domain-name';
import { wholeNumberBetween } from '../validation/numbers';
import { isUnresolved } from '../private/tokens';

export enum DnsRecordType {
  /** A CNAME per alias, as the vendor guides do. Not allowed at a zone apex. */
  CNAME = 'CNAME',
  /** Route 53 alias A and AAAA records: free queries, and valid at a zone apex. */
  ALIAS = 'ALIAS',
}

/** Route 53's longest record TTL. */
const MAX_RECORD_TTL_SECONDS = 2147483647;

/** The distribution attributes DNS records need. A `VideoDistribution` fits as it is. */
export interface DnsTarget {
  readonly domainName: string;
  readonly hostedZoneId: string;
  readonly aliases: readonly string[];
}

export interface DistributionDnsRecordsProps {
  readonly distribution: DnsTarget;
  /**
   * Route 53 hosted zone for the records.
   * @default none: Terraform outputs give the CNAME target for DNS hosted elsewhere
   */
  readonly hostedZoneId?: string;
  /**
   * The zone's name (`example.com`), to catch a CNAME at the apex before Route 53 rejects it.
   * @default not checked
   */
  readonly zoneName?: string;
  /** @default the distribution's aliases */
  readonly recordNames?: readonly string[];
  /** @default DnsRecordType.CNAME */
  readonly recordType?: DnsRecordType;
  /** TTL of CNAME records. @default 300 */
  readonly ttlSeconds?: number;
  /** Also create AAAA alias records (the distribution has IPv6 on by default). @default true */
  readonly ipv6?: boolean;
}

/** Points each alias of a distribution at `<id>.cloudfront.net`. */
export class DistributionDnsRecords extends Construct {
  public readonly records: Route53Record[] = [];

  constructor(scope: Construct, id: string, props: DistributionDnsRecordsProps) {
    super(scope, id);
    const names = [...(props.recordNames ?? props.distribution.aliases)];
    const recordType = props.recordType ?? DnsRecordType.CNAME;
    if (names.length === 0) {
      invalid(
        'recordNames',
        'is empty and the distribution has no aliases',
        names,
        'Give the distribution domainNames, or list recordNames.',
      );
    }
    checkEach('recordNames', names, domainNameProblem);
    checkValue('recordNames', names, distinctDomainNamesProblem);
    checkValue('zoneName', props.zoneName, exactDomainNameProblem);
    checkValue('ttlSeconds', props.ttlSeconds, wholeNumberBetween(0, MAX_RECORD_TTL_SECONDS, 'Use e.g. 300.'));
    const zoneName = props.zoneName && canonicalDomain(props.zoneName);
    for (const name of names) {
      if (!zoneName || isUnresolved(name)) continue;
      const host = canonicalDomain(name);
      if (host !== zoneName && !host.endsWith(`.${zoneName}`)) {
        invalid('recordNames', `contains a name outside the zone ${zoneName}`, name, 'Use the hosted zone that holds this name.');
      }
      if (host === zoneName && recordType === DnsRecordType.CNAME) {
        invalid(
          'recordType',
          `is CNAME, but ${name} is the zone apex where DNS allows no CNAME`,
          recordType,
          'Use DnsRecordType.ALIAS (Route 53 alias A/AAAA records).',
        );
      }
    }

    if (props.hostedZoneId === undefined) {
      new TerraformOutput(this, 'cname-target', {
        description: `Point these names at the distribution with a CNAME in your DNS: ${names.join(', ')}`,
        value: props.distribution.domainName,
      });
      return;
    }

    const hostedZoneId = props.hostedZoneId;
    const usedKeys = new Set<string>();
    names.forEach((name) => {
      const key = uniqueRecordKey(name, usedKeys);
      if (recordType === DnsRecordType.CNAME) {
        this.records.push(
          new Route53Record(this, `${key}-cname`, {
            zoneId: hostedZoneId,
            name,
            type: 'CNAME',
            ttl: props.ttlSeconds ?? 300,
            records: [props.distribution.domainName],
          }),
        );
        return;
      }
      const types = props.ipv6 === false ? ['A'] : ['A', 'AAAA'];
      for (const type of types) {
        this.records.push(
          new Route53Record(this, `${key}-${type.toLowerCase()}`, {
            zoneId: hostedZoneId,
            name,
            type,
            alias: {
              name: props.distribution.domainName,
              zoneId: props.distribution.hostedZoneId,
              evaluateTargetHealth: false,
            },
          }),
        );
      }
    });
  }
}

/**
 * The construct id part for a record name: `*` reads `wildcard`, so `*.example.com` and a literal
 * `wildcard.example.com` would share an id; the later one gets a number.
 */
function uniqueRecordKey(name: string, usedKeys: Set<string>): string {
  const base = canonicalDomain(name).replace(/\*/g, 'wildcard');
  let key = base;
  for (let count = 2; usedKeys.has(key); count += 1) key = `${base}-${count}`;
  usedKeys.add(key);
  return key;
}
