/** The parts of an S3 bucket the library needs. A `PrivateBucket` or a provider `S3Bucket` fits as it is. */
export interface S3BucketReference {
  /** Bucket name. */
  readonly bucket: string;
  readonly arn: string;
  /** `<bucket>.s3.<region>.amazonaws.com`: the regional name avoids redirects after bucket creation. */
  readonly bucketRegionalDomainName: string;
}
