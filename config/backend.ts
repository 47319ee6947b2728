/** Where each stack keeps its state: local file, S3, or an HCP Terraform workspace. */
import { posix } from 'path';
import { z } from 'zod';
import { bucketNameProblem, localStatePathProblem, StackBackend } from '../modules';
import { awsRegion, terraformText } from './primitives';
import { satisfying } from './rules';

/** `{stack}` in a key or workspace name becomes the stack's name (with its prefix). */
const STACK_PLACEHOLDER = '{stack}';

export const backendSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('local').describe('Local state file in the stack folder.'),
    path: satisfying(terraformText, localStatePathProblem)
      .optional()
      .describe('State file, relative to the stack folder; {stack} becomes the stack name. Default terraform.tfstate.'),
  }),
  z.strictObject({
    type: z.literal('s3').describe('State in an S3 bucket.'),
    bucket: satisfying(z.string(), bucketNameProblem).describe('State bucket.'),
    key: terraformText.min(1).optional().describe('State object key; {stack} becomes the stack name. Default video-cdn/{stack}.tfstate.'),
    region: awsRegion.describe("The state bucket's region."),
    dynamodbTable: terraformText.min(1).optional().describe("Legacy DynamoDB lock table. Default: Terraform's S3-native lock file."),
    encrypt: z.boolean().optional().describe('Server-side encryption of the state. Default true.'),
  }),
  z.strictObject({
    type: z.literal('cloud').describe('HCP Terraform (Terraform Cloud) or Terraform Enterprise workspace.'),
    organization: terraformText.min(1).describe('HCP Terraform organization.'),
    hostname: terraformText.min(1).optional().describe('Terraform Enterprise host. Default app.terraform.io.'),
    project: terraformText
      .min(1)
      .optional()
      .describe("HCP Terraform project of new workspaces. Default: the organization's default project."),
    workspaceName: z
      .string()
      .regex(/^[A-Za-z0-9_{}-]+$/, 'must be letters, digits, - and _ (and {stack})')
      .optional()
      .describe('Workspace name; {stack} becomes the stack name. Default {stack} (one workspace per stack), unless workspaceTags is set.'),
    workspaceTags: z
      .array(terraformText.min(1))
      .min(1)
      .optional()
      .describe(
        'Use the workspaces with these tags instead of one named workspace; {stack} becomes the stack name (stack:{stack} gives each stack its own set). Select one with TF_WORKSPACE.',
      ),
  }),
]);
export type BackendConfig = z.infer<typeof backendSchema>;

/** The backend of one stack; placeholders are filled with its name. */
export function stackBackend(config: BackendConfig | undefined, stackName: string): StackBackend {
  const fill = (template: string) => template.split(STACK_PLACEHOLDER).join(stackName);
  if (!config || config.type === 'local') return StackBackend.local(config?.path && fill(config.path));
  if (config.type === 's3') {
    return StackBackend.s3({ ...config, key: fill(config.key ?? `video-cdn/${STACK_PLACEHOLDER}.tfstate`) });
  }
  return StackBackend.hcpTerraform({
    organization: config.organization,
    hostname: config.hostname,
    project: config.project,
    workspaceName: config.workspaceTags ? undefined : fill(config.workspaceName ?? STACK_PLACEHOLDER),
    workspaceTags: config.workspaceTags?.map(fill),
  });
}

/**
 * Where a stack's state lives, for telling two stacks apart: an S3 object or an HCP Terraform
 * workspace, with {stack} filled in. Undefined for local state inside the stack's folder and
 * for workspaces chosen by tags (TF_WORKSPACE picks one per run).
 */
export function stateLocation(config: BackendConfig | undefined, stackName: string): string | undefined {
  const fill = (template: string) => template.split(STACK_PLACEHOLDER).join(stackName);
  if (!config) return undefined;
  if (config.type === 'local') {
    // Relative to the stack folder, so distinct unless `..` leads out of it.
    const file = posix.normalize(`cdktf.out/stacks/${stackName}/${fill(config.path ?? 'terraform.tfstate')}`);
    return file.startsWith(`cdktf.out/stacks/${stackName}/`) ? undefined : `local file ${file}`;
  }
  if (config.type === 's3') return `S3 object s3://${config.bucket}/${fill(config.key ?? `video-cdn/${STACK_PLACEHOLDER}.tfstate`)}`;
  if (config.workspaceTags) return undefined;
  return `HCP Terraform workspace ${config.hostname ?? 'app.terraform.io'}/${config.organization}/${fill(config.workspaceName ?? STACK_PLACEHOLDER)}`;
}
