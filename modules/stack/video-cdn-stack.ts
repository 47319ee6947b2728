import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { tagsBlock } from '../private/tags';
import { requireOneAwsBinding } from './one-aws-binding';
import { StackBackend } from './stack-backend';
import { setUsEast1Placement, UsEast1Placement } from './us-east-1-placement';

export interface VideoCdnStackProps {
  /** Region of the default AWS provider (buckets, MediaConvert, MediaStore...). */
  readonly awsRegion: string;
  /** Tags on every resource that takes them (provider `default_tags`). @default none */
  readonly tags?: Readonly<Record<string, string>>;
  /** @default StackBackend.local(): state file `terraform.tfstate` in the stack folder */
  readonly backend?: StackBackend;
  /**
   * How resources CloudFront needs in us-east-1 get there.
   * @default REGION_ARGUMENT on hashicorp/aws 6 (the cdktn flavor), ALIASED_PROVIDER on 5.100
   */
  readonly usEast1Placement?: UsEast1Placement;
}

/**
 * A stack with the default AWS provider and a backend. Without one, cdktf would write an
 * absolute local state path of the build machine into the JSON; the default here is relative.
 */
export class VideoCdnStack extends TerraformStack {
  public readonly provider: AwsProvider;

  constructor(scope: Construct, id: string, props: VideoCdnStackProps) {
    super(scope, id);
    if (props.usEast1Placement !== undefined) setUsEast1Placement(this, props.usEast1Placement);
    requireOneAwsBinding(this);
    this.provider = new AwsProvider(this, 'aws', {
      region: props.awsRegion,
      defaultTags: tagsOf(props.tags),
    });
    (props.backend ?? StackBackend.local()).bind(this);
  }
}

function tagsOf(tags: Readonly<Record<string, string>> | undefined): Array<{ tags: Record<string, string> }> | undefined {
  const checked = tagsBlock(tags);
  return checked ? [{ tags: checked }] : undefined;
}
