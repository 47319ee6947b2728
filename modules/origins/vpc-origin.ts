import { createHash } from 'crypto';
import { CloudfrontVpcOrigin } from '@cdktf/provider-aws/lib/cloudfront-vpc-origin';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { tagsBlock } from '../private/tags';
import { vpcOriginEndpointArnProblem } from '../validation/aws-identifiers';
import { originPortProblem } from '../validation/port';
import { OriginProtocolPolicy, OriginSslPolicy } from './http-origin';

/** A CloudFront VPC origin an `HttpOrigin` can reach its server through (`vpcOrigin`). */
export interface IVpcOrigin {
  readonly vpcOriginId: string;
  /** How CloudFront talks to the server, when known here (a VPC origin of this app). */
  readonly endpoint?: { readonly protocolPolicy: OriginProtocolPolicy; readonly httpPort: number; readonly httpsPort: number };
}

export interface VpcOriginProps {
  /** The EC2 instance, Application Load Balancer or Network Load Balancer, in a private subnet. */
  readonly endpointArn: string;
  /**
   * Account-unique name.
   * @default derived from the stack and construct path
   */
  readonly vpcOriginName?: string;
  /** @default OriginProtocolPolicy.HTTPS_ONLY */
  readonly protocolPolicy?: OriginProtocolPolicy;
  /** @default 80 */
  readonly httpPort?: number;
  /** @default 443 */
  readonly httpsPort?: number;
  /** @default [OriginSslPolicy.TLS_V1_2] */
  readonly originSslProtocols?: readonly OriginSslPolicy[];
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * `aws_cloudfront_vpc_origin`: CloudFront reaches a server in a private subnet without a public
 * address. The server's security group must admit CloudFront (the managed prefix list
 * `com.amazonaws.global.cloudfront.origin-facing`, or the VPC origin's own security group); the VPC
 * needs an internet gateway attached (no route to it). An account holds 25 VPC origins. A VPC origin
 * in use cannot be updated: changing it means a new one under a new name (create before destroy).
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html
 */
export class VpcOrigin extends Construct implements IVpcOrigin {
  /** Refers to a VPC origin created elsewhere, by its id. */
  public static fromVpcOriginId(vpcOriginId: string): IVpcOrigin {
    return { vpcOriginId };
  }

  public readonly vpcOriginId: string;
  public readonly vpcOriginArn: string;
  public readonly endpoint: { readonly protocolPolicy: OriginProtocolPolicy; readonly httpPort: number; readonly httpsPort: number };
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontVpcOrigin;

  constructor(scope: Construct, id: string, props: VpcOriginProps) {
    super(scope, id);
    checkValue('endpointArn', props.endpointArn, vpcOriginEndpointArnProblem);
    checkValue('httpPort', props.httpPort, originPortProblem);
    checkValue('httpsPort', props.httpsPort, originPortProblem);
    const protocols = [...(props.originSslProtocols ?? [OriginSslPolicy.TLS_V1_2])];
    const endpoint = {
      arn: props.endpointArn,
      originProtocolPolicy: props.protocolPolicy ?? OriginProtocolPolicy.HTTPS_ONLY,
      httpPort: props.httpPort ?? 80,
      httpsPort: props.httpsPort ?? 443,
      originSslProtocols: [{ items: protocols, quantity: protocols.length }],
    };
    this.resource = new CloudfrontVpcOrigin(this, 'Resource', {
      // The default name follows the settings: an in-use VPC origin cannot be updated (409), so a
      // change creates a new one under a new name before the old one goes.
      vpcOriginEndpointConfig: [{ name: props.vpcOriginName ?? `${uniqueResourceName(this, 57)}-${settingsHash(endpoint)}`, ...endpoint }],
      tags: tagsBlock(props.tags),
      // An in-use VPC origin cannot be replaced in place: the new one must exist before the
      // distribution moves to it.
      lifecycle: { createBeforeDestroy: true },
    });
    this.endpoint = { protocolPolicy: endpoint.originProtocolPolicy, httpPort: endpoint.httpPort, httpsPort: endpoint.httpsPort };
    this.vpcOriginId = this.resource.id;
    this.vpcOriginArn = this.resource.arn;
  }
}

function settingsHash(settings: object): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 6);
}
