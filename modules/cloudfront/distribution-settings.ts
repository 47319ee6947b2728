/** Closed sets of distribution-level settings, in the provider's vocabulary. */

export enum PriceClass {
  /** North America, Europe, Israel: the cheapest. */
  PRICE_CLASS_100 = 'PriceClass_100',
  /** PriceClass_100 plus Asia, Middle East and Africa. */
  PRICE_CLASS_200 = 'PriceClass_200',
  /** All edge locations. */
  PRICE_CLASS_ALL = 'PriceClass_All',
}

export enum HttpVersion {
  HTTP1_1 = 'http1.1',
  HTTP2 = 'http2',
  HTTP2_AND_3 = 'http2and3',
  HTTP3 = 'http3',
}

/** Minimum TLS version viewers may use (CloudFront security policy) with a custom certificate. */
export enum SecurityPolicyProtocol {
  SSL_V3 = 'SSLv3',
  TLS_V1 = 'TLSv1',
  TLS_V1_2016 = 'TLSv1_2016',
  TLS_V1_1_2016 = 'TLSv1.1_2016',
  TLS_V1_2_2018 = 'TLSv1.2_2018',
  TLS_V1_2_2019 = 'TLSv1.2_2019',
  TLS_V1_2_2021 = 'TLSv1.2_2021',
  /** TLS 1.2 and 1.3 with the 2025 cipher set (hashicorp/aws passes it through: 5.100 and 6). */
  TLS_V1_2_2025 = 'TLSv1.2_2025',
  /** TLS 1.3 only: players on older TLS stacks cannot connect. */
  TLS_V1_3_2025 = 'TLSv1.3_2025',
}

export enum ViewerProtocolPolicy {
  ALLOW_ALL = 'allow-all',
  HTTPS_ONLY = 'https-only',
  REDIRECT_TO_HTTPS = 'redirect-to-https',
}

/** Regions where CloudFront offers Origin Shield. */
export const ORIGIN_SHIELD_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'sa-east-1',
] as const;
export type OriginShieldRegion = (typeof ORIGIN_SHIELD_REGIONS)[number];

/** CloudFront's default quota of cache behaviors per distribution (adjustable through Service Quotas). */
export const DEFAULT_MAX_CACHE_BEHAVIORS = 75;

/** The hosted zone id Route 53 uses for every CloudFront distribution alias record. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';
