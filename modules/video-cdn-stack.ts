import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

export interface VideoCdnStackProps {
  /** Region of the default AWS provider (buckets, MediaConvert, MediaStore...). */
  readonly awsRegion: string;
  /** Tags on every resource that takes them (provider `default_tags`). @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * A stack with the default AWS provider and a local backend whose state path is relative, so
 * the synthesized JSON holds no path of the build machine and runs in any folder.
 */
export class VideoCdnStack extends TerraformStack {
  public readonly provider: AwsProvider;

  constructor(scope: Construct, id: string, props: VideoCdnStackProps) {
    super(scope, id);
    this.provider = new AwsProvider(this, 'aws', {
      region: props.awsRegion,
      defaultTags: props.tags && Object.keys(props.tags).length > 0 ? [{ tags: { ...props.tags } }] : undefined,
    });
    new LocalBackend(this, { path: 'terraform.tfstate' });
  }
}
