import { distributionOrigins } from '../distribution-blocks';
import { LIVE_ORIGINS_DESCRIPTION, liveOrigin } from '../live-origins';
import { combineVerdicts, compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { isTerraformTrue, nestedBlock } from '../rule-context';

/** VCDN-SHIELD-1: a live origin gets Origin Shield, so one edge cache layer absorbs the fan-out. */
export const LiveOriginShieldRule: PolicyRule = {
  id: 'VCDN-SHIELD-1',
  level: RuleLevel.INFO,
  title: 'Live origin without Origin Shield',
  description: `a live origin has no Origin Shield: ${LIVE_ORIGINS_DESCRIPTION}`,
  why: 'at the live edge every regional cache asks the origin for the same new manifest and segments; Origin Shield collapses them into one request per object (AWS recommends it for live video)',
  fix: 'Set originShieldRegion on the origin to the Origin Shield region nearest to it',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    return combineVerdicts(
      distributionOrigins(resource.body).map((origin) => {
        const live = liveOrigin(origin, context);
        if (live === undefined) return notApplicable();
        if (isTerraformTrue(nestedBlock(origin.origin_shield).enabled)) return compliant();
        return nonCompliant(`${live.label} is a live origin (${live.server}) without origin_shield`);
      }),
    );
  },
};
