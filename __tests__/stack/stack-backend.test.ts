import { spawnSync } from 'child_process';
import * as path from 'path';
import { Testing } from 'cdktf';
import { StackBackend, VideoCdnStack } from '../../modules';
import { synthJson } from '../support/synth';

function terraformBlock(backend?: StackBackend): Record<string, any> {
  const stack = new VideoCdnStack(Testing.app(), 'live', { awsRegion: 'eu-west-1', backend });
  return synthJson(stack).terraform as Record<string, any>;
}

describe('StackBackend', () => {
  it('default: local state at a relative path', () => {
    expect(terraformBlock().backend).toEqual({ local: { path: 'terraform.tfstate' } });
  });

  it('local refuses absolute paths', () => {
    expect(() => StackBackend.local('/home/ci/state.tfstate')).toThrow(
      /'backend.path' must be relative to the stack folder, got: "\/home\/ci\/state.tfstate"\. Use a path relative to the stack folder/,
    );
  });

  it('S3: encrypted, S3-native lock file unless a DynamoDB table is given', () => {
    expect(terraformBlock(StackBackend.s3({ bucket: 'tf-state', key: 'video/live.tfstate', region: 'eu-west-1' })).backend).toEqual({
      s3: { bucket: 'tf-state', key: 'video/live.tfstate', region: 'eu-west-1', encrypt: true, use_lockfile: true },
    });
    expect(
      terraformBlock(StackBackend.s3({ bucket: 'tf-state', key: 'k', region: 'eu-west-1', dynamodbTable: 'locks' })).backend.s3,
    ).toEqual({
      bucket: 'tf-state',
      key: 'k',
      region: 'eu-west-1',
      encrypt: true,
      dynamodb_table: 'locks',
    });
  });

  it('HCP Terraform: a cloud block with a named workspace, or tags', () => {
    expect(terraformBlock(StackBackend.hcpTerraform({ organization: 'acme', workspaceName: 'prod-live', project: 'video' }))).toMatchObject(
      {
        cloud: { organization: 'acme', workspaces: { name: 'prod-live', project: 'video' } },
      },
    );
    const tagged = terraformBlock(
      StackBackend.hcpTerraform({ organization: 'acme', workspaceTags: ['video-cdn'], hostname: 'tfe.example.com' }),
    );
    expect(tagged.cloud).toEqual({ organization: 'acme', hostname: 'tfe.example.com', workspaces: { tags: ['video-cdn'] } });
    expect(tagged.backend).toBeUndefined();
  });

  it('HCP Terraform needs exactly one of workspace name or tags', () => {
    expect(() => StackBackend.hcpTerraform({ organization: 'acme' })).toThrow(
      /'backend.workspaces' needs exactly one of a workspace name or workspace tags/,
    );
    expect(() => StackBackend.hcpTerraform({ organization: 'acme', workspaceName: 'a', workspaceTags: ['b'] })).toThrow(
      /needs exactly one/,
    );
  });

  describe('synth where no terraform binary is installed', () => {
    // cdktf looks for terraform in the child process's PATH, so run synth in a child without it.
    function synthWithoutTerraform(buildStack: string): { status: number | null; stderr: string } {
      const script = `
        const fs = require('fs'), os = require('os'), path = require('path');
        const { App, CloudBackend, NamedCloudWorkspace, TerraformStack } = require('cdktf');
        const { StackBackend, VideoCdnStack } = require('./modules');
        const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'no-tf-')) });
        ${buildStack};
        app.synth();`;
      const result = spawnSync(process.execPath, ['--require', './bin/register-ts.js', '-e', script], {
        cwd: path.resolve(__dirname, '..', '..'),
        encoding: 'utf8',
        env: { PATH: '/nonexistent', HOME: process.env.HOME ?? '/tmp' },
      });
      return { status: result.status, stderr: result.stderr };
    }

    it('HCP Terraform backend: synth works', () => {
      const run = synthWithoutTerraform(
        `new VideoCdnStack(app, 'live', { awsRegion: 'eu-west-1', backend: StackBackend.hcpTerraform({ organization: 'acme', workspaceName: 'live' }) })`,
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }, 60_000);

    it("(cdktf's own CloudBackend fails there, which is why the library writes the cloud block itself)", () => {
      const run = synthWithoutTerraform(
        `new CloudBackend(new TerraformStack(app, 'live'), { organization: 'acme', workspaces: new NamedCloudWorkspace('live') })`,
      );
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/Could not determine version of terraform/);
    }, 60_000);
  });
});
