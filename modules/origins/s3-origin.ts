import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checkOriginOptions, commonOriginConfig } from '../private/origin-config';
import { createOriginAccessControl } from '../private/origin-access-control';
import { DistributionReference, IVideoOrigin, OriginBindOptions, OriginBinding, OriginOptions } from './origin';
import { cloudFrontReadStatement } from '../private/cloudfront-read-statement';

/** The parts of a bucket the origin needs. An `S3Bucket` resource fits as it is. */
export interface S3BucketReference {
  /** Bucket name. */
  readonly bucket: string;
  readonly arn: string;
  /** `<bucket>.s3.<region>.amazonaws.com`: the regional name avoids redirects after bucket creation. */
  readonly bucketRegionalDomainName: string;
}

export interface S3OriginProps extends OriginOptions {
  /**
   * Create the bucket policy that lets only the distributions using this origin read objects.
   * Turn off when the bucket policy is managed elsewhere, and merge `bucketPolicyJson` into it.
   * @default true
   */
  readonly createBucketPolicy?: boolean;
}

/**
 * An S3 bucket behind CloudFront with Origin Access Control: the bucket stays private and its
 * policy admits `cloudfront.amazonaws.com` only for the distributions that use it (`AWS:SourceArn`).
 */
export class S3Origin implements IVideoOrigin {
  public static withOriginAccessControl(bucket: S3BucketReference, props: S3OriginProps = {}): S3Origin {
    return new S3Origin(bucket, props);
  }

  public readonly originId?: string;
  /** The bucket policy document (JSON), covering every distribution bound so far. */
  public readonly bucketPolicyJson: string;
  /** The bucket policy resource, once a distribution is bound (unless createBucketPolicy is false). */
  public bucketPolicy?: S3BucketPolicy;
  private readonly distributionArns: string[] = [];

  private constructor(
    public readonly bucket: S3BucketReference,
    private readonly props: S3OriginProps,
  ) {
    checkOriginOptions(props);
    this.originId = props.originId;
    this.bucketPolicyJson = Lazy.stringValue({ produce: () => JSON.stringify(this.policyDocument()) });
  }

  public bind(scope: Construct, options: OriginBindOptions): OriginBinding {
    const oac = createOriginAccessControl(scope, `${options.originId}-oac`, 's3');
    return {
      originConfig: {
        domainName: this.bucket.bucketRegionalDomainName,
        originAccessControlId: oac.id,
        ...commonOriginConfig(this.props, options.originId),
      },
      onDistributionCreated: (distribution) => this.allowRead(scope, options.originId, distribution),
    };
  }

  private allowRead(scope: Construct, originId: string, distribution: DistributionReference): void {
    this.distributionArns.push(distribution.distributionArn);
    if (this.props.createBucketPolicy === false || this.bucketPolicy) return;
    this.bucketPolicy = new S3BucketPolicy(scope, `${originId}-bucket-policy`, {
      bucket: this.bucket.bucket,
      policy: this.bucketPolicyJson,
    });
  }

  private policyDocument(): object {
    return {
      Version: '2012-10-17',
      Statement: [
        cloudFrontReadStatement('s3:GetObject', `${this.bucket.arn}/*`, this.distributionArns),
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [this.bucket.arn, `${this.bucket.arn}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
  }
}
