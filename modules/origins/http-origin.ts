import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { checkValue } from '../private/check-value';
import { checkOriginOptions, commonOriginConfig } from '../private/origin-config';
import { originHostProblem } from '../validation/domain-name';
import { keepaliveTimeoutProblem, readTimeoutProblem } from '../validation/origin-timeouts';
import { originPortProblem } from '../validation/port';
import { IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from './origin';
import { IVpcOrigin } from './vpc-origin';

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
  /**
   * Reach the server through a CloudFront VPC origin (a private subnet, no public address): the
   * VPC origin's protocol and ports apply, and `domainName` is the server's private DNS name (or the
   * name its certificate holds, over HTTPS).
   * @default over the internet
   */
  readonly vpcOrigin?: IVpcOrigin;
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
    checkValue('readTimeoutSeconds', props.readTimeoutSeconds, readTimeoutProblem);
    checkValue('keepaliveTimeoutSeconds', props.keepaliveTimeoutSeconds, keepaliveTimeoutProblem);
    if (props.originSslProtocols !== undefined && props.originSslProtocols.length === 0) {
      invalid('originSslProtocols', 'is empty', props.originSslProtocols, 'List at least TLSv1.2.');
    }
    this.originId = props.originId;
    this.protocolPolicy = props.protocolPolicy ?? props.vpcOrigin?.endpoint?.protocolPolicy ?? OriginProtocolPolicy.HTTPS_ONLY;
    if (props.vpcOrigin?.endpoint) checkMatchesVpcOrigin(props, props.vpcOrigin.endpoint);
  }

  public bind(_scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    const vpcOrigin = this.props.vpcOrigin;
    if (vpcOrigin) {
      return {
        originConfig: {
          domainName: this.domainName,
          ...commonOriginConfig(this.props, options.originId),
          vpcOriginConfig: {
            vpcOriginId: vpcOrigin.vpcOriginId,
            originReadTimeout: this.props.readTimeoutSeconds ?? 30,
            originKeepaliveTimeout: this.props.keepaliveTimeoutSeconds ?? 5,
          },
        },
      };
    }
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

/** Through a VPC origin, the protocol and ports are the VPC origin's: settings here must agree with them. */
function checkMatchesVpcOrigin(props: HttpOriginProps, endpoint: NonNullable<IVpcOrigin['endpoint']>): void {
  const differing = (
    [
      ['protocolPolicy', props.protocolPolicy, endpoint.protocolPolicy],
      ['httpPort', props.httpPort, endpoint.httpPort],
      ['httpsPort', props.httpsPort, endpoint.httpsPort],
    ] as const
  ).find(([, given, actual]) => given !== undefined && given !== actual);
  if (differing) {
    invalid(
      differing[0],
      `differs from the VPC origin's (${differing[2]})`,
      differing[1],
      'Set the protocol and ports on the VpcOrigin, and leave them out here.',
    );
  }
}
