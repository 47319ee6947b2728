import { cloudFrontReadStatement } from './cloudfront-read-statement';

/** One statement of an IAM policy document, as JSON. */
export type PolicyStatement = Readonly<Record<string, unknown>>;

export interface BucketPolicyContent {
  /** Distributions whose Origin Access Control may read every object. */
  readonly cloudFrontReaders: readonly string[];
  /** Any other statements, in the order they were added. */
  readonly statements: readonly PolicyStatement[];
  /** Deny every request that does not use TLS. */
  readonly secureTransportOnly: boolean;
}

/** A bucket policy document: CloudFront's read grant first, other statements, the TLS-only denial last. */
export function bucketPolicyDocument(bucketArn: string, content: BucketPolicyContent): object {
  return {
    Version: '2012-10-17',
    Statement: [
      ...(content.cloudFrontReaders.length > 0
        ? [cloudFrontReadStatement('s3:GetObject', `${bucketArn}/*`, content.cloudFrontReaders)]
        : []),
      ...content.statements,
      ...(content.secureTransportOnly
        ? [
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [bucketArn, `${bucketArn}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ]
        : []),
    ],
  };
}
