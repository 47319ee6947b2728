import { CloudfrontContinuousDeploymentPolicy } from '@cdktf/provider-aws/lib/cloudfront-continuous-deployment-policy';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { checkSettingProblems } from '../private/check-value';
import { invalid } from '../private/invalid';
import { StagingTraffic, stagingTrafficProblems } from '../validation/continuous-deployment';
import { VideoDistribution } from './distribution';
import { HttpVersion } from './distribution-settings';

export interface ContinuousDeploymentProps extends StagingTraffic {
  /** The distribution viewers use. It must exist before the policy can be attached (see the warning). */
  readonly primary: VideoDistribution;
  /** Its copy with the changes to try (`staging: true`). */
  readonly staging: VideoDistribution;
  /** Route traffic to the staging distribution. Off: every request goes to the primary. @default true */
  readonly enabled?: boolean;
}

/** What CloudFront's continuous deployment says when the primary is created with its policy. */
export const PRIMARY_MUST_EXIST_WARNING =
  'CloudFront attaches a continuous deployment policy only to a primary distribution that already exists: deploy without staging first, then add it (a primary created with its staging copy fails at apply).';

/**
 * Continuous deployment: an `aws_cloudfront_continuous_deployment_policy` sending a share of
 * requests (or those with an `aws-cf-cd-*` header) to a staging copy of a distribution, attached
 * to the primary by `continuous_deployment_policy_id`. CloudFront's rules are checked at synth:
 * weight 0-0.15, stickiness 300-3600 s, the header prefix, no HTTP/3 on either distribution, and a
 * staging copy that differs only where CloudFront allows (behaviors, origins and groups, error
 * responses, geo restriction, default root object, logging, comment). Terraform cannot promote a
 * staging distribution: see the resilience guide.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/continuous-deployment.html
 */
export class ContinuousDeployment extends Construct {
  public readonly continuousDeploymentPolicyId: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontContinuousDeploymentPolicy;

  constructor(scope: Construct, id: string, props: ContinuousDeploymentProps) {
    super(scope, id);
    checkSettingProblems(props, stagingTrafficProblems(props));
    if (!props.staging.staging) {
      invalid('staging', 'is not a staging distribution', props.staging.node.path, 'Create the copy with staging: true.');
    }
    if (props.primary.staging) {
      invalid('primary', 'is a staging distribution', props.primary.node.path, 'Give the distribution viewers use as the primary.');
    }
    checkSameFixedSettings(props.primary, props.staging);
    this.resource = new CloudfrontContinuousDeploymentPolicy(this, 'Resource', {
      enabled: props.enabled ?? true,
      stagingDistributionDnsNames: [{ items: [props.staging.domainName], quantity: 1 }],
      trafficConfig: [
        props.header
          ? { type: 'SingleHeader', singleHeaderConfig: [{ header: props.header.name, value: props.header.value }] }
          : {
              type: 'SingleWeight',
              singleWeightConfig: [
                {
                  weight: props.trafficWeight!,
                  sessionStickinessConfig: props.sessionStickiness && [
                    { idleTtl: props.sessionStickiness.idleTtlSeconds, maximumTtl: props.sessionStickiness.maximumTtlSeconds },
                  ],
                },
              ],
            },
      ],
    });
    this.continuousDeploymentPolicyId = this.resource.id;
    props.primary.resource.continuousDeploymentPolicyId = this.resource.id;
    Annotations.of(this).addWarning(PRIMARY_MUST_EXIST_WARNING);
  }
}

/** A staging copy may differ from its primary only where CloudFront allows, and neither may serve HTTP/3. */
function checkSameFixedSettings(primary: VideoDistribution, staging: VideoDistribution): void {
  for (const [which, distribution] of [
    ['primary', primary],
    ['staging', staging],
  ] as const) {
    const version = distribution.fixedSettings.httpVersion;
    if (version === HttpVersion.HTTP3 || version === HttpVersion.HTTP2_AND_3) {
      invalid(
        `${which}.httpVersion`,
        'serves HTTP/3, which CloudFront refuses with continuous deployment',
        version,
        'Use http2 on both distributions while staging is on (the default then); back to http2and3 after promotion.',
      );
    }
  }
  const fixed = primary.fixedSettings;
  const copy = staging.fixedSettings;
  const differing = (Object.keys(fixed) as Array<keyof typeof fixed>).find((key) => fixed[key] !== copy[key]);
  if (differing) {
    invalid(
      `staging.${differing}`,
      `differs from the primary's (${String(fixed[differing])}), which CloudFront does not let a staging distribution change`,
      copy[differing],
      'Change only behaviors, origins, error responses, geo restriction, the default root object, logging or the comment on the staging copy; change the rest on the primary.',
    );
  }
}
