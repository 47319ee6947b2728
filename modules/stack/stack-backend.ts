import { DataTerraformRemoteState, LocalBackend, S3Backend, TerraformBackend, TerraformRemoteState, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { invalid } from '../private/invalid';
import { ValueRule } from '../validation/value-rule';

export interface S3StateProps {
  readonly bucket: string;
  /** Object key of the state file, e.g. `video-cdn/prod-live-mediapackage.tfstate`. */
  readonly key: string;
  readonly region: string;
  /**
   * Legacy DynamoDB lock table. Without it, Terraform's S3-native lock file is used (Terraform >= 1.10).
   * @default S3 lock file
   */
  readonly dynamodbTable?: string;
  /** @default true */
  readonly encrypt?: boolean;
}

export interface HcpTerraformProps {
  /** HCP Terraform (Terraform Cloud) organization. */
  readonly organization: string;
  /** One workspace by name... @default none (then `workspaceTags` is required) */
  readonly workspaceName?: string;
  /** ...or every workspace with these tags (select one with TF_WORKSPACE). @default none */
  readonly workspaceTags?: readonly string[];
  /** HCP Terraform project for new workspaces. @default the organization's default project */
  readonly project?: string;
  /** @default app.terraform.io; set it for Terraform Enterprise */
  readonly hostname?: string;
}

/** A local state file's path: relative to the stack folder, so the synthesized JSON runs on any machine. */
export const localStatePathProblem: ValueRule<string> = (path) =>
  path !== '' && !path.startsWith('/') && !path.startsWith('\\') && !/^[A-Za-z]:/.test(path) && !path.includes('\0')
    ? undefined
    : {
        problem: 'must be relative to the stack folder',
        fix: 'Use a path relative to the stack folder (cdktf.out/stacks/<stack>), e.g. terraform.tfstate: an absolute path ties the JSON to one machine.',
      };

/** Where a stack keeps its Terraform state. */
export abstract class StackBackend {
  /** State in a local file; the path is relative to the stack folder so the JSON runs anywhere. */
  public static local(path = 'terraform.tfstate'): StackBackend {
    checkValue('backend.path', path, localStatePathProblem);
    return new LocalStateBackend(path);
  }

  public static s3(props: S3StateProps): StackBackend {
    return new S3StateBackend(props);
  }

  /**
   * An HCP Terraform (Terraform Cloud) `cloud` block. Unlike cdktf's CloudBackend it runs no
   * `terraform version` check at synth, so synth works where no Terraform is installed; the
   * Terraform that later runs the folder needs version 1.1 or newer for the cloud block.
   */
  public static hcpTerraform(props: HcpTerraformProps): StackBackend {
    const hasName = props.workspaceName !== undefined;
    const hasTags = props.workspaceTags !== undefined && props.workspaceTags.length > 0;
    if (hasName === hasTags) {
      invalid(
        'backend.workspaces',
        'needs exactly one of a workspace name or workspace tags',
        props,
        'Set workspaceName (one workspace per stack) or workspaceTags (choose one with TF_WORKSPACE).',
      );
    }
    return new HcpTerraformStateBackend(props);
  }

  /** Attaches the backend to a stack. */
  public abstract bind(stack: TerraformStack): TerraformBackend;
}

class LocalStateBackend extends StackBackend {
  constructor(private readonly path: string) {
    super();
  }
  public bind(stack: TerraformStack): TerraformBackend {
    return new LocalBackend(stack, { path: this.path });
  }
}

class S3StateBackend extends StackBackend {
  constructor(private readonly props: S3StateProps) {
    super();
  }
  public bind(stack: TerraformStack): TerraformBackend {
    const backend = new S3Backend(stack, {
      bucket: this.props.bucket,
      key: this.props.key,
      region: this.props.region,
      encrypt: this.props.encrypt ?? true,
      dynamodbTable: this.props.dynamodbTable,
    });
    // cdktf 0.21 predates S3-native locking; write the attribute directly.
    if (!this.props.dynamodbTable) backend.addOverride('use_lockfile', true);
    return backend;
  }
}

class HcpTerraformStateBackend extends StackBackend {
  constructor(private readonly props: HcpTerraformProps) {
    super();
  }
  public bind(stack: TerraformStack): TerraformBackend {
    return new HcpTerraformCloudBlock(stack, this.props);
  }
}

/** The `terraform { cloud { ... } }` block. */
class HcpTerraformCloudBlock extends TerraformBackend {
  constructor(
    scope: Construct,
    private readonly props: HcpTerraformProps,
  ) {
    super(scope, 'backend', 'cloud');
  }

  public toTerraform(): Record<string, unknown> {
    const { organization, hostname, workspaceName, workspaceTags, project } = this.props;
    return {
      terraform: {
        cloud: {
          organization,
          ...(hostname ? { hostname } : {}),
          workspaces: {
            ...(workspaceName !== undefined ? { name: workspaceName } : { tags: [...(workspaceTags ?? [])] }),
            ...(project ? { project } : {}),
          },
        },
      },
    };
  }

  public toMetadata(): Record<string, unknown> {
    const hostname = this.props.hostname ?? 'app.terraform.io';
    return { ...super.toMetadata(), cloud: hostname.startsWith('app.terraform.io') ? 'tfc' : 'tfe' };
  }

  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    if (this.props.workspaceName === undefined) {
      invalid(
        'backend.workspaceName',
        "is needed to read this stack's state from another stack",
        this.props.workspaceTags,
        'Use a named workspace for stacks whose outputs others read.',
      );
    }
    return new DataTerraformRemoteState(scope, name, {
      organization: this.props.organization,
      hostname: this.props.hostname,
      workspaces: { name: this.props.workspaceName },
    });
  }
}
