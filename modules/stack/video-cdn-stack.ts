import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { StackBackend } from './stack-backend';

export interface VideoCdnStackProps {
  /** Region of the default AWS provider (buckets, MediaConvert, MediaStore...). */
  readonly awsRegion: string;
  /** Tags on every resource that takes them (provider `default_tags`). @default none */
  readonly tags?: Readonly<Record<string, string>>;
  /** @default StackBackend.local(): state file `terraform.tfstate` in the stack folder */
  readonly backend?: StackBackend;
}

/**
 * A stack with the default AWS provider and a backend. Without one, cdktf would write an
 * absolute local state path of the build machine into the JSON; the default here is relative.
 */
export class VideoCdnStack extends TerraformStack {
  public readonly provider: AwsProvider;

  constructor(scope: Construct, id: string, props: VideoCdnStackProps) {
    super(scope, id);
    this.provider = new AwsProvider(this, 'aws', {
      region: props.awsRegion,
      defaultTags: props.tags && Object.keys(props.tags).length > 0 ? [{ tags: { ...props.tags } }] : undefined,
    });
    (props.backend ?? StackBackend.local()).bind(this);
  }
}
