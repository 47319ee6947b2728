import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { customDomainProps, distributionProps } from '../config/common';
import { DemoConfig } from '../config/demo';
import { CustomDomain, HttpOrigin, VideoCdnStack, VideoCdnStackProps, VideoDistribution } from '../modules';

/** One HTTP origin behind the library's defaults: the path from configuration to Terraform, end to end. */
export class DemoStack extends VideoCdnStack {
  constructor(scope: Construct, id: string, config: DemoConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const domain = config.customDomain && new CustomDomain(this, 'custom-domain', customDomainProps(config.customDomain, config.tags));
    const distribution = new VideoDistribution(this, 'distribution', {
      ...distributionProps(config.distribution),
      defaultBehavior: {
        origin: new HttpOrigin(config.originDomainName, {
          originPath: config.originPath,
          originShieldRegion: config.originShieldRegion,
        }),
      },
      domainNames: domain?.domainNames,
      certificate: domain?.certificate,
      tags: config.tags,
    });
    domain?.pointAt(distribution);
    new TerraformOutput(this, 'distribution-domain-name', { value: distribution.domainName });
  }
}
