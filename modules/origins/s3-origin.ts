import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { bucketPolicyDocument } from '../private/bucket-policy-document';
import { createOriginAccessControl } from '../private/origin-access-control';
import { checkOriginOptions, commonOriginConfig } from '../private/origin-config';
import { BucketPolicy } from '../storage/bucket-policy';
import { S3BucketReference } from '../storage/bucket-reference';
import { IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from './origin';

export interface S3OriginProps extends OriginOptions {
  /**
   * Add the grant to the bucket's policy: the bucket's own (`PrivateBucket.resourcePolicy()`), or
   * one `aws_s3_bucket_policy` shared by every origin on a bucket that has none. Turn off when the
   * bucket policy is managed elsewhere, and merge `bucketPolicyJson` into it.
   * @default true
   */
  readonly createBucketPolicy?: boolean;
}

/**
 * An S3 bucket behind CloudFront with Origin Access Control: the bucket stays private and its
 * policy admits `cloudfront.amazonaws.com` only for the distributions that use it (`AWS:SourceArn`)
 * and only over TLS.
 */
export class S3Origin implements IVideoOrigin {
  public static withOriginAccessControl(bucket: S3BucketReference, props: S3OriginProps = {}): S3Origin {
    return new S3Origin(bucket, props);
  }

  public readonly originId?: string;
  /**
   * The statements this origin needs in the bucket policy (JSON), naming every distribution that
   * uses the origin (rendered at synth): to merge into a policy managed elsewhere (`createBucketPolicy: false`).
   */
  public readonly bucketPolicyJson: string;
  private readonly distributionArns: string[] = [];

  private constructor(
    public readonly bucket: S3BucketReference,
    private readonly props: S3OriginProps,
  ) {
    checkOriginOptions(props);
    this.originId = props.originId;
    this.bucketPolicyJson = Lazy.stringValue({
      produce: () =>
        JSON.stringify(
          bucketPolicyDocument(bucket.arn, { cloudFrontReaders: this.distributionArns, statements: [], secureTransportOnly: true }),
        ),
    });
  }

  public bind(scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    const oac = createOriginAccessControl(scope, `${options.originId}-oac`, 's3');
    const distributionArn = options.distribution.distributionArn;
    this.distributionArns.push(distributionArn);
    if (this.props.createBucketPolicy !== false) {
      const policy = BucketPolicy.of(this.bucket, scope, `${options.originId}-bucket-policy`);
      policy.adoptAddressOf(scope, `${options.originId}-bucket-policy`);
      policy.allowCloudFrontRead(distributionArn);
      policy.requireSecureTransport();
    }
    return {
      originConfig: {
        domainName: this.bucket.bucketRegionalDomainName,
        originAccessControlId: oac.id,
        ...commonOriginConfig(this.props, options.originId),
      },
    };
  }
}
