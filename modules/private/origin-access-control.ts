import { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control';
import { Construct } from 'constructs';
import { uniqueResourceName } from './names';

export type OriginAccessControlType = 's3' | 'mediastore' | 'mediapackagev2' | 'lambda';

/**
 * An Origin Access Control that always signs with SigV4: the origin's resource policy then
 * admits only CloudFront acting for one distribution (`AWS:SourceArn`). OAI is legacy.
 */
export function createOriginAccessControl(scope: Construct, id: string, type: OriginAccessControlType): CloudfrontOriginAccessControl {
  const oac = new CloudfrontOriginAccessControl(scope, id, {
    name: 'placeholder',
    description: `Signed ${type} origin requests`,
    originAccessControlOriginType: type,
    signingBehavior: 'always',
    signingProtocol: 'sigv4',
  });
  oac.name = uniqueResourceName(oac, 64);
  return oac;
}
