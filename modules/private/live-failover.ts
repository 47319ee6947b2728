import { IVideoOrigin } from '../origins/origin';
import { OriginGroup } from '../origins/origin-group';
import { LiveFailoverProps } from '../patterns/live-failover-props';
import { liveOriginTimeouts, LiveOriginTimeouts } from '../presets/live-origin-timeouts';
import { checkValue } from './check-value';
import { connectionAttemptsProblem, connectionTimeoutProblem, readTimeoutProblem } from '../validation/origin-timeouts';
import { failoverStatusCodesProblem } from '../validation/origin-group';

/** The segment duration live scenarios assume when none is given. */
export const DEFAULT_LIVE_SEGMENT_DURATION_SECONDS = 6;

/**
 * The timeouts of a live scenario's origins: sized from the segment duration when it fails over,
 * CloudFront's defaults otherwise; `originTimeouts` wins over both.
 */
export function liveOriginSettings(props: LiveFailoverProps, failover: boolean, lowLatencyHls = false): Partial<LiveOriginTimeouts> {
  checkValue('originTimeouts.connectionAttempts', props.originTimeouts?.connectionAttempts, connectionAttemptsProblem);
  checkValue('originTimeouts.connectionTimeoutSeconds', props.originTimeouts?.connectionTimeoutSeconds, connectionTimeoutProblem);
  checkValue('originTimeouts.readTimeoutSeconds', props.originTimeouts?.readTimeoutSeconds, readTimeoutProblem);
  checkValue('failoverStatusCodes', props.failoverStatusCodes, failoverStatusCodesProblem);
  const sized = failover
    ? liveOriginTimeouts({ segmentDurationSeconds: props.segmentDurationSeconds ?? DEFAULT_LIVE_SEGMENT_DURATION_SECONDS, lowLatencyHls })
    : {};
  return { ...sized, ...props.originTimeouts };
}

/** The primary alone, or the primary and the failover origin in a group with the scenario's failover codes. */
export function liveTarget(
  primary: IVideoOrigin,
  failover: IVideoOrigin | undefined,
  props: LiveFailoverProps,
  originGroupId: string,
): IVideoOrigin {
  if (!failover) return primary;
  return new OriginGroup({ members: [primary, failover], failoverStatusCodes: props.failoverStatusCodes, originGroupId });
}
