import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { isUnresolved } from '../private/tokens';
import { originPortProblem } from '../validation/port';
import { ValueRule } from '../validation/value-rule';
import { HttpOrigin, OriginProtocolPolicy } from './http-origin';
import { IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from './origin';
import { IVpcOrigin } from './vpc-origin';

/** Ant Media Server's web ports: HTTP 5080, HTTPS 5443 (with SSL enabled on the server). */
export const ANT_MEDIA_HTTP_PORT = 5080;
export const ANT_MEDIA_HTTPS_PORT = 5443;

/** HLS and LL-HLS playlists (`streams/<id>.m3u8`, `streams/ll-hls/<id>/<id>__master.m3u8`). */
export const ANT_MEDIA_MANIFEST_PATH_PATTERN = '*.m3u8';
/**
 * Media files: MPEG-TS segments and LL-HLS parts (`.ts`), fMP4 segments (`.m4s`) and their
 * init segments and MP4 recordings (`.mp4`).
 */
export const ANT_MEDIA_SEGMENT_PATH_PATTERNS = ['*.ts', '*.m4s', '*.mp4'] as const;

/** The playback orders Ant Media's `play.html` takes in its `playOrder` query string. */
export enum AntMediaPlayOrder {
  HLS = 'hls',
  LL_HLS = 'll-hls',
}

/** How CloudFront reaches the server. */
export enum AntMediaProtocol {
  /** Port 5080, unencrypted between CloudFront and the server. */
  HTTP = 'http',
  /** Port 5443; the server needs a certificate for its host name from a public CA. */
  HTTPS = 'https',
}

export interface AntMediaOriginProps extends Omit<OriginOptions, 'originPath'> {
  /**
   * The Ant Media application that serves the streams (`live`, `LiveApp`, `WebRTCAppEE`). It
   * becomes the origin path, so viewer URLs carry no application name.
   * @default 'live'
   */
  readonly applicationName?: string;
  /** @default 5080 for HTTP, 5443 for HTTPS */
  readonly port?: number;
  /**
   * Seconds CloudFront waits for the first byte (1-60). An LL-HLS blocking playlist request is
   * held by the server until the next part exists, so this must exceed a few part durations.
   * @default 30
   */
  readonly readTimeoutSeconds?: number;
  /** Reach the server through a CloudFront VPC origin (see `HttpOriginProps.vpcOrigin`). @default over the internet */
  readonly vpcOrigin?: IVpcOrigin;
}

/** An Ant Media application name (`live`, `LiveApp`): one path segment of letters, digits, `_` and `-`; a leading `/` is forgiven. */
export const antMediaApplicationNameProblem: ValueRule<string> = (name) =>
  /^\/?[A-Za-z0-9_-]{1,100}$/.test(name)
    ? undefined
    : {
        problem: 'must be one Ant Media application name (letters, digits, _ and -)',
        fix: 'Use the name shown under Applications in the Ant Media web panel, e.g. live or LiveApp, without slashes.',
      };

/** The server's port: any port CloudFront connects to, the hint naming Ant Media's own. */
export const antMediaPortProblem: ValueRule<number> = (port) =>
  originPortProblem(port) && {
    problem: 'is a port CloudFront cannot connect to',
    fix: `Use the server's HTTP port (${ANT_MEDIA_HTTP_PORT}) or HTTPS port (${ANT_MEDIA_HTTPS_PORT}), 80, 443 or another port from 1024 to 65535.`,
  };

/**
 * An Ant Media Server (Community or Enterprise) as a CloudFront origin: the server host on its
 * HTTP (5080) or HTTPS (5443) port, with the application name as origin path.
 */
export class AntMediaOrigin implements IVideoOrigin {
  /** CloudFront connects over HTTPS (port 5443 unless `port` says otherwise). */
  public static https(serverHostName: string, props: AntMediaOriginProps = {}): AntMediaOrigin {
    return new AntMediaOrigin(serverHostName, AntMediaProtocol.HTTPS, props);
  }

  /** CloudFront connects over plain HTTP (port 5080 unless `port` says otherwise). */
  public static http(serverHostName: string, props: AntMediaOriginProps = {}): AntMediaOrigin {
    return new AntMediaOrigin(serverHostName, AntMediaProtocol.HTTP, props);
  }

  /** `play.html` through the CDN: `<baseUrl>/play.html?id=<streamId>&playOrder=hls|ll-hls`. */
  public static playerUrl(baseUrl: string, streamId: string, playOrder: AntMediaPlayOrder): string {
    return `${trimBase(baseUrl)}/play.html?id=${streamId}&playOrder=${playOrder}`;
  }

  /** The stream's HLS playlist through the CDN: `<baseUrl>/streams/<streamId>.m3u8`. */
  public static hlsManifestUrl(baseUrl: string, streamId: string): string {
    return `${trimBase(baseUrl)}/streams/${streamId}.m3u8`;
  }

  /** The LL-HLS plugin's master playlist: `<baseUrl>/streams/ll-hls/<id>/<id>__master.m3u8`. */
  public static llHlsManifestUrl(baseUrl: string, streamId: string): string {
    return `${trimBase(baseUrl)}/streams/ll-hls/${streamId}/${streamId}__master.m3u8`;
  }

  public readonly originId?: string;
  public readonly applicationName: string;
  public readonly port: number;
  /** `/<applicationName>`. */
  public readonly originPath: string;
  private readonly origin: HttpOrigin;

  private constructor(
    public readonly serverHostName: string,
    public readonly protocol: AntMediaProtocol,
    props: AntMediaOriginProps,
  ) {
    const applicationName = props.applicationName ?? 'live';
    checkValue('applicationName', applicationName, antMediaApplicationNameProblem);
    this.applicationName = isUnresolved(applicationName) ? applicationName : applicationName.replace(/^\//, '');
    this.originPath = `/${this.applicationName}`;
    this.port = props.port ?? (protocol === AntMediaProtocol.HTTPS ? ANT_MEDIA_HTTPS_PORT : ANT_MEDIA_HTTP_PORT);
    checkValue('port', this.port, antMediaPortProblem);
    this.originId = props.originId;
    const { applicationName: _applicationName, port: _port, ...originOptions } = props;
    this.origin = new HttpOrigin(serverHostName, {
      ...originOptions,
      originPath: this.originPath,
      ...(protocol === AntMediaProtocol.HTTPS
        ? { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY, httpsPort: this.port }
        : { protocolPolicy: OriginProtocolPolicy.HTTP_ONLY, httpPort: this.port }),
    });
  }

  public bind(scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    return this.origin.bind(scope, options);
  }
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
