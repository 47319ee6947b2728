import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { isUnresolved } from '../private/tokens';
import { ValueRule } from '../validation/value-rule';
import { HttpOrigin, OriginProtocolPolicy } from './http-origin';
import { IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from './origin';

/**
 * The host name MK.IO gives a streaming endpoint: `<endpoint-name>.<region>.streaming.mediakind.com`
 * (MK.IO > Streaming Endpoints). Endpoint names are lower-case letters, digits and hyphens.
 */
const STREAMING_ENDPOINT_HOST = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)\.([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)\.streaming\.mediakind\.com$/;

/** An MK.IO streaming endpoint host. */
export const mkioStreamingEndpointHostProblem: ValueRule<string> = (host) =>
  STREAMING_ENDPOINT_HOST.test(host)
    ? undefined
    : {
        problem: 'is not an MK.IO streaming endpoint host (<endpoint-name>.<region>.streaming.mediakind.com)',
        fix: 'Copy the host name from MK.IO > Streaming Endpoints, without https:// or a path, e.g. production.westeurope.streaming.mediakind.com. For another host in front of MK.IO use HttpOrigin.',
      };

export interface MkioOriginProps extends Omit<OriginOptions, 'originPath'> {
  /**
   * Seconds CloudFront waits for the endpoint's first byte (1-60). Just-in-time packaging of a
   * cold segment can take a moment; the default covers it.
   * @default 30
   */
  readonly readTimeoutSeconds?: number;
}

/**
 * A MediaKind MK.IO streaming endpoint as a CloudFront origin. MK.IO endpoints only speak HTTPS,
 * so the origin is HTTPS-only on 443 with TLS 1.2. Playback paths are the locator's paths
 * (`/<locator-id>/...`), so there is no origin path: only the host of a playback URL changes.
 */
export class MkioOrigin implements IVideoOrigin {
  /** The endpoint from its host name, e.g. `production.westeurope.streaming.mediakind.com`. */
  public static fromStreamingEndpoint(hostName: string, props: MkioOriginProps = {}): MkioOrigin {
    return new MkioOrigin(hostName, props);
  }

  /**
   * A playback URL through the CDN: the endpoint host replaced by `baseUrl`, the locator path kept.
   * `MkioOrigin.playbackUrl('https://video.example.com', '<locator-id>', '...')`.
   */
  public static playbackUrl(baseUrl: string, locatorId: string, path = '...'): string {
    return `${baseUrl.replace(/\/+$/, '')}/${locatorId}/${path.replace(/^\/+/, '')}`;
  }

  public readonly originId?: string;
  /** The endpoint's name, the first label of the host (undefined when the host is a token). */
  public readonly endpointName?: string;
  /** The MK.IO region label of the host, e.g. `westeurope` (undefined when the host is a token). */
  public readonly region?: string;
  private readonly origin: HttpOrigin;

  private constructor(
    public readonly hostName: string,
    props: MkioOriginProps,
  ) {
    checkValue('hostName', hostName, mkioStreamingEndpointHostProblem);
    const match = isUnresolved(hostName) ? undefined : STREAMING_ENDPOINT_HOST.exec(hostName);
    this.endpointName = match?.[1];
    this.region = match?.[3];
    this.originId = props.originId;
    this.origin = new HttpOrigin(hostName, {
      ...props,
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      httpsPort: 443,
    });
  }

  public bind(scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    return this.origin.bind(scope, options);
  }
}
