import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { invalid } from '../private/invalid';
import { IVideoOrigin, OriginBindOptions, OriginBinding } from './origin';
import { failoverStatusCodesProblem, originGroupMembersProblem } from '../validation/origin-group';

/**
 * The status codes a live origin group fails over on: 404 (the origin lost the stream: an encoder
 * input failed, a MediaPackage v2 endpoint forced to error on a stale or incomplete manifest) and
 * 500, 502, 503, 504 (the origin itself failed). 403 and 416 stay with the primary: a refused
 * request or range would be refused by the secondary too.
 */
export const LIVE_FAILOVER_STATUS_CODES: readonly number[] = [404, 500, 502, 503, 504];

export interface OriginGroupProps {
  /** The primary first, then the origin CloudFront retries a failed request on: exactly two. */
  readonly members: readonly IVideoOrigin[];
  /**
   * Responses of the primary that send the request to the secondary; among 400, 403, 404, 416,
   * 500, 502, 503, 504. Connection failures and timeouts always fail over.
   * @default LIVE_FAILOVER_STATUS_CODES (404, 500, 502, 503, 504)
   */
  readonly failoverStatusCodes?: readonly number[];
  /**
   * The group's id in the distribution (behaviors target it).
   * @default numbered by the distribution, like an origin
   */
  readonly originGroupId?: string;
}

/**
 * Two origins behind one target: CloudFront sends each request to the primary and, when it fails
 * (a connection failure, a timeout, or one of `failoverStatusCodes`), retries it on the secondary.
 * Usable wherever an origin is; each member keeps its own settings (Origin Access Control, CDN
 * authorization header, Origin Shield). Only GET, HEAD and OPTIONS fail over, so a behavior
 * targeting a group allows nothing else.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html
 */
export class OriginGroup implements IVideoOrigin {
  /** Whether an origin is a group (distributions render groups, and their members, differently). */
  public static isOriginGroup(origin: IVideoOrigin): origin is OriginGroup {
    return origin instanceof OriginGroup;
  }

  public readonly originId?: string;
  public readonly members: readonly IVideoOrigin[];
  public readonly failoverStatusCodes: readonly number[];

  constructor(props: OriginGroupProps) {
    checkValue('members', props.members, originGroupMembersProblem);
    if (props.members.some(OriginGroup.isOriginGroup)) {
      invalid('members', 'contains an origin group; CloudFront groups origins only', '(an OriginGroup)', "Use the group's own members.");
    }
    this.failoverStatusCodes = [...(props.failoverStatusCodes ?? LIVE_FAILOVER_STATUS_CODES)];
    checkValue('failoverStatusCodes', this.failoverStatusCodes, failoverStatusCodesProblem);
    this.members = [...props.members];
    this.originId = props.originGroupId;
  }

  /** A group has no `origin` block of its own: the distribution binds its members and renders `origin_group`. */
  public bind(_scope: Construct, _options: OriginBindOptions): OriginBinding {
    return { failover: { members: this.members, statusCodes: this.failoverStatusCodes } };
  }
}
