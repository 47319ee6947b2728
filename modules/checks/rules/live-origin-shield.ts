import { distributionOrigins } from '../distribution-blocks';
import { describeOrigin, OriginHostKind, originHost } from '../origin-hosts';
import { combineVerdicts, compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { isTerraformTrue, nestedBlock, TerraformBody } from '../rule-context';

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

/** VCDN-SHIELD-1: a live origin gets Origin Shield, so one edge cache layer absorbs the fan-out. */
export const LiveOriginShieldRule: PolicyRule = {
  id: 'VCDN-SHIELD-1',
  level: RuleLevel.INFO,
  title: 'Live origin without Origin Shield',
  description:
    'a live origin has no Origin Shield: MediaPackage (v1, v2), MediaStore and MK.IO by host, Ant Media Server (port 5080/5443) and Wowza Streaming Engine (1935) by port',
  why: 'at the live edge every regional cache asks the origin for the same new manifest and segments; Origin Shield collapses them into one request per object (AWS recommends it for live video)',
  fix: 'Set originShieldRegion on the origin to the Origin Shield region nearest to it',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    return combineVerdicts(
      distributionOrigins(resource.body).map((origin) => {
        const host = originHost(origin, context);
        const server = LIVE_HOST_KINDS.has(host.kind) ? host.kind : liveServerByPort(origin);
        if (server === undefined) return notApplicable();
        if (isTerraformTrue(nestedBlock(origin.origin_shield).enabled)) return compliant();
        return nonCompliant(`${describeOrigin(origin, host)} is a live origin (${server}) without origin_shield`);
      }),
    );
  },
};

function liveServerByPort(origin: TerraformBody): string | undefined {
  const config = nestedBlock(origin.custom_origin_config);
  return LIVE_SERVER_PORTS.find(([port, value]) => config[port] === value || config[port] === String(value))?.[2];
}
