import { describeOrigin, OriginHostKind, originHost } from './origin-hosts';
import { nestedBlock, RuleContext, TerraformBody } from './rule-context';

/** Origins that package or serve live streams on request, recognised by host. */
const LIVE_HOST_KINDS = new Set<OriginHostKind>([
  OriginHostKind.MEDIAPACKAGE,
  OriginHostKind.MEDIAPACKAGE_V2,
  OriginHostKind.MEDIASTORE,
  OriginHostKind.MKIO,
]);
/**
 * Live media servers on a host of their own, recognised by their default ports: Ant Media Server
 * (HTTP 5080, HTTPS 5443) and Wowza Streaming Engine (HTTP 1935).
 */
const LIVE_SERVER_PORTS: ReadonlyArray<readonly [string, number, string]> = [
  ['http_port', 5080, 'Ant Media Server'],
  ['https_port', 5443, 'Ant Media Server'],
  ['http_port', 1935, 'Wowza Streaming Engine'],
];

/** How the policy-check reference describes live origins. */
export const LIVE_ORIGINS_DESCRIPTION =
  'MediaPackage (v1, v2), MediaStore and MK.IO by host, Ant Media Server (port 5080/5443) and Wowza Streaming Engine (1935) by port';

/** A live origin: what it is (`mediapackage`, `Ant Media Server`) and how messages name it; undefined for other origins. */
export function liveOrigin(origin: TerraformBody, context: RuleContext): { server: string; label: string } | undefined {
  const host = originHost(origin, context);
  const config = nestedBlock(origin.custom_origin_config);
  const server = LIVE_HOST_KINDS.has(host.kind)
    ? host.kind
    : LIVE_SERVER_PORTS.find(([port, value]) => config[port] === value || config[port] === String(value))?.[2];
  return server === undefined ? undefined : { server, label: describeOrigin(origin, host) };
}
