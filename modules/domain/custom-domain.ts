import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { EdgeCertificate, IEdgeCertificate } from './certificate';
import { DistributionDnsRecords, DnsRecordType, DnsTarget } from './dns-records';
import { invalid } from '../private/invalid';

export interface CustomDomainProps {
  /** The viewer-facing host, e.g. `video.example.com`. */
  readonly domainName: string;
  /** More aliases on the same distribution and certificate. @default none */
  readonly subjectAlternativeNames?: readonly string[];
  /**
   * Route 53 zone for certificate validation and the alias records.
   * @default none: validation records and the CNAME target become Terraform outputs
   */
  readonly hostedZoneId?: string;
  /** The zone's name, to catch a CNAME at the zone apex. @default not checked */
  readonly zoneName?: string;
  /** @default DnsRecordType.CNAME */
  readonly recordType?: DnsRecordType;
  /**
   * Use this existing us-east-1 certificate instead of requesting one.
   * @default a new DNS-validated ACM certificate
   */
  readonly certificateArn?: string;
  /** @default the stack's us-east-1 placement (UsEast1Placement) */
  readonly usEast1Provider?: AwsProvider;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * A custom domain in two steps: the certificate first (the distribution needs it), then
 * `pointAt(distribution)` for the DNS records once the distribution exists.
 */
export class CustomDomain extends Construct {
  public readonly certificate: IEdgeCertificate;
  /** Every alias: the domain name and the alternative names. */
  public readonly domainNames: readonly string[];
  private dnsRecords?: DistributionDnsRecords;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: CustomDomainProps,
  ) {
    super(scope, id);
    this.domainNames = [props.domainName, ...(props.subjectAlternativeNames ?? [])];
    this.certificate = props.certificateArn
      ? EdgeCertificate.fromCertificateArn(props.certificateArn, this.domainNames)
      : new EdgeCertificate(this, 'Certificate', {
          domainName: props.domainName,
          subjectAlternativeNames: props.subjectAlternativeNames,
          hostedZoneId: props.hostedZoneId,
          provider: props.usEast1Provider,
          tags: props.tags,
        });
  }

  /** The base URL viewers use: `https://<domainName>`. */
  public get baseUrl(): string {
    return `https://${this.props.domainName}`;
  }

  /** Creates the DNS records pointing every alias at the distribution, and an output of the base URL. */
  public pointAt(distribution: DnsTarget): DistributionDnsRecords {
    if (this.dnsRecords) {
      invalid(
        'distribution',
        'already has DNS records from this custom domain',
        this.props.domainName,
        'Call pointAt once per custom domain.',
      );
    }
    this.dnsRecords = new DistributionDnsRecords(this, 'Dns', {
      distribution,
      hostedZoneId: this.props.hostedZoneId,
      zoneName: this.props.zoneName,
      recordNames: this.domainNames,
      recordType: this.props.recordType,
    });
    new TerraformOutput(this, 'base-url', { description: 'Custom-domain base URL', value: this.baseUrl });
    return this.dnsRecords;
  }
}
