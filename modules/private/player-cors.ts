import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ResponseHeadersPolicy } from '../cloudfront/response-headers-policy';
import { VideoResponseHeadersPresets } from '../presets/response-headers-presets';
import { ViewerAccess } from '../viewer-access/viewer-access';

/**
 * The CORS policy of a pattern's players. With cookie-based viewer access, players on other sites
 * send credentials, which browsers accept only from a named origin with
 * `Access-Control-Allow-Credentials`: named origins get it; `*` gets a warning, as only players on
 * the distribution's own domain can then play.
 */
export function playerCorsPolicy(
  scope: Construct,
  prop: string,
  allowOrigins: readonly string[],
  access?: ViewerAccess,
): ResponseHeadersPolicy {
  const credentials = access?.usesCookies === true;
  if (credentials && allowOrigins.includes('*')) {
    Annotations.of(scope).addWarning(
      `'${prop}' is ['*'] while viewerAccess is ${access.type} (cookies): browsers never send cookies cross-origin to '*', so only players on the distribution's own domain can play. Name the players' origins in ${prop}.`,
    );
  }
  return new ResponseHeadersPolicy(
    scope,
    'player-cors',
    VideoResponseHeadersPresets.corsForPlayers(allowOrigins, credentials && !allowOrigins.includes('*')),
  );
}
