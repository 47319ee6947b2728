import { AcmCertificate } from '@cdktf/provider-aws/lib/acm-certificate';
import { AcmCertificateValidation } from '@cdktf/provider-aws/lib/acm-certificate-validation';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Fn, TerraformIterator, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { checkEach, checkValue } from '../private/check-value';
import { validationBaseName } from '../private/domain-names';
import { tagsBlock } from '../private/tags';
import { edgeCertificateArnProblem } from '../validation/aws-identifiers';
import { distinctDomainNamesProblem, domainNameProblem } from '../validation/domain-name';
import { isUnresolved } from '../private/tokens';
import { usEast1 } from '../private/us-east-1-provider';

/** A certificate a distribution can serve its aliases with. */
export interface IEdgeCertificate {
  readonly certificateArn: string;
  /** The names it covers, when known: the distribution then checks every alias against them. */
  readonly domainNames?: readonly string[];
}

export interface EdgeCertificateProps {
  /** The main name, e.g. `video.example.com` or `*.example.com`. */
  readonly domainName: string;
  /** @default none */
  readonly subjectAlternativeNames?: readonly string[];
  /**
   * Route 53 hosted zone that gets the DNS validation records.
   * @default none: the records are written as a Terraform output to create in your DNS
   */
  readonly hostedZoneId?: string;
  /**
   * An AWS provider for us-east-1.
   * @default the stack's us-east-1 placement (UsEast1Placement): one aliased provider `aws.us_east_1` per stack on
   * hashicorp/aws 5, the resources' `region` argument on 6
   */
  readonly provider?: AwsProvider;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * An ACM certificate in us-east-1, validated through DNS. Its `certificateArn` resolves only
 * once the certificate is issued, so a distribution that uses it waits for validation.
 */
export class EdgeCertificate extends Construct implements IEdgeCertificate {
  /** An existing certificate; its ARN must be in us-east-1. */
  public static fromCertificateArn(certificateArn: string, domainNames?: readonly string[]): IEdgeCertificate {
    checkValue('certificateArn', certificateArn, edgeCertificateArnProblem);
    checkEach('domainNames', domainNames, domainNameProblem);
    return { certificateArn, domainNames };
  }

  public readonly certificateArn: string;
  public readonly domainNames: readonly string[];
  public readonly resource: AcmCertificate;
  public readonly validation: AcmCertificateValidation;
  /** One record per distinct validation name (a wildcard shares its parent's record). */
  public readonly validationRecords: Route53Record[] = [];

  constructor(scope: Construct, id: string, props: EdgeCertificateProps) {
    super(scope, id);
    const names = [props.domainName, ...(props.subjectAlternativeNames ?? [])];
    checkValue('domainName', props.domainName, domainNameProblem);
    checkEach('subjectAlternativeNames', props.subjectAlternativeNames, domainNameProblem);
    checkValue('subjectAlternativeNames', names, distinctDomainNamesProblem);
    this.domainNames = names;
    const east = usEast1(this, props.provider);

    this.resource = east.place(
      new AcmCertificate(this, 'Resource', {
        ...east.config,
        domainName: props.domainName,
        subjectAlternativeNames: props.subjectAlternativeNames ? [...props.subjectAlternativeNames] : undefined,
        validationMethod: 'DNS',
        keyAlgorithm: 'RSA_2048',
        tags: tagsBlock(props.tags),
        lifecycle: { createBeforeDestroy: true },
      }),
    );

    const recordFqdns: string[] = [];
    if (props.hostedZoneId !== undefined) {
      // Keyed by names known at synth time: a for_each over domain_validation_options would be
      // keyed by values only known after apply and fail at plan time with several names.
      const options = TerraformIterator.fromList(this.resource.domainValidationOptions);
      const field = (attribute: string) => options.forExpressionForMap('val.domain_name', `val.${attribute}`);
      for (const lookupName of namesNeedingRecords(names)) {
        const record = new Route53Record(this, `validation-${validationBaseName(lookupName)}`, {
          zoneId: props.hostedZoneId,
          name: Fn.lookup(field('resource_record_name'), lookupName),
          type: Fn.lookup(field('resource_record_type'), lookupName),
          records: [Fn.lookup(field('resource_record_value'), lookupName)],
          ttl: 60,
          allowOverwrite: true,
        });
        this.validationRecords.push(record);
        recordFqdns.push(record.fqdn);
      }
    } else {
      new TerraformOutput(this, 'dns-validation-records', {
        description: `Create these DNS records to validate the certificate for ${names.join(', ')}`,
        value: this.resource.domainValidationOptions,
      });
    }

    this.validation = east.place(
      new AcmCertificateValidation(this, 'Validation', {
        ...east.config,
        certificateArn: this.resource.arn,
        validationRecordFqdns: recordFqdns.length > 0 ? recordFqdns : undefined,
      }),
    );
    this.certificateArn = this.validation.certificateArn;
  }
}

/** One name per distinct validation record: `example.com` and `*.example.com` share one. */
function namesNeedingRecords(names: readonly string[]): string[] {
  const byBase = new Map<string, string>();
  for (const name of names) {
    if (isUnresolved(name)) continue;
    const base = validationBaseName(name);
    if (!byBase.has(base)) byBase.set(base, name);
  }
  return [...byBase.values()];
}
