import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { checkValue } from '../private/check-value';
import { checkOriginOptions, commonOriginConfig } from '../private/origin-config';
import { originHostProblem } from '../validation/domain-name';
import { wholeNumberBetween } from '../validation/numbers';
import { originPortProblem } from '../validation/port';
import { IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from './origin';

export enum OriginProtocolPolicy {
  HTTP_ONLY = 'http-only',
  HTTPS_ONLY = 'https-only',
  MATCH_VIEWER = 'match-viewer',
}

export enum OriginSslPolicy {
  TLS_V1_2 = 'TLSv1.2',
  TLS_V1_1 = 'TLSv1.1',
  TLS_V1 = 'TLSv1',
  SSL_V3 = 'SSLv3',
}

export interface HttpOriginProps extends OriginOptions {
  /** @default OriginProtocolPolicy.HTTPS_ONLY */
  readonly protocolPolicy?: OriginProtocolPolicy;
  /** 80, 443 or 1024-65535. @default 80 */
  readonly httpPort?: number;
  /** 80, 443 or 1024-65535. @default 443 */
  readonly httpsPort?: number;
  /** @default [OriginSslPolicy.TLS_V1_2] */
  readonly originSslProtocols?: readonly OriginSslPolicy[];
  /** 1-60 (higher needs a quota increase). @default 30 */
  readonly readTimeoutSeconds?: number;
  /** 1-60. @default 5 */
  readonly keepaliveTimeoutSeconds?: number;
}

/** Any web server reachable by host name: MediaPackage, MK.IO, Ant Media, a load balancer. */
export class HttpOrigin implements IVideoOrigin {
  public readonly originId?: string;
  /** The protocol CloudFront uses towards the origin (policy checks read it). */
  public readonly protocolPolicy: OriginProtocolPolicy;

  constructor(
    public readonly domainName: string,
    private readonly props: HttpOriginProps = {},
  ) {
    checkValue('domainName', domainName, originHostProblem);
    checkOriginOptions(props);
    checkValue('httpPort', props.httpPort, originPortProblem);
    checkValue('httpsPort', props.httpsPort, originPortProblem);
    checkValue(
      'readTimeoutSeconds',
      props.readTimeoutSeconds,
      wholeNumberBetween(1, 60, 'Use 1-60 seconds, or ask AWS for a quota increase and raise it later.'),
    );
    checkValue('keepaliveTimeoutSeconds', props.keepaliveTimeoutSeconds, wholeNumberBetween(1, 60, 'Use 1-60 seconds.'));
    if (props.originSslProtocols !== undefined && props.originSslProtocols.length === 0) {
      invalid('originSslProtocols', 'is empty', props.originSslProtocols, 'List at least TLSv1.2.');
    }
    this.originId = props.originId;
    this.protocolPolicy = props.protocolPolicy ?? OriginProtocolPolicy.HTTPS_ONLY;
  }

  public bind(_scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    return {
      originConfig: {
        domainName: this.domainName,
        ...commonOriginConfig(this.props, options.originId),
        customOriginConfig: {
          originProtocolPolicy: this.protocolPolicy,
          httpPort: this.props.httpPort ?? 80,
          httpsPort: this.props.httpsPort ?? 443,
          originSslProtocols: [...(this.props.originSslProtocols ?? [OriginSslPolicy.TLS_V1_2])],
          originReadTimeout: this.props.readTimeoutSeconds ?? 30,
          originKeepaliveTimeout: this.props.keepaliveTimeoutSeconds ?? 5,
        },
      },
    };
  }
}
