/**
 * The app: reads one configuration file and instantiates the enabled scenario stacks.
 * VIDEO_CDN_CONFIG selects the file (default: examples/default.json).
 */
import { App } from 'cdktf';
import { Construct } from 'constructs';
import { stackBackend, stateLocation } from './config/backend';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfigFile } from './config/load';
import { VideoCdnConfig } from './config/schema';
import { PolicyChecks, VideoCdnStackProps, VideoCdnValidationError } from './modules';
import { AntMediaStack } from './stacks/ant-media';
import { LiveMediaPackageStack } from './stacks/live-mediapackage';
import { LiveMediaStoreStack } from './stacks/live-mediastore';
import { MkioStack } from './stacks/mkio';
import { VodS3MediaConvertStack } from './stacks/vod-s3-mediaconvert';

type SectionKey = 'vod' | 'liveMediaPackage' | 'liveMediaStore' | 'mkio' | 'antMedia';
type StackClass<K extends SectionKey> = new (
  scope: Construct,
  id: string,
  config: NonNullable<VideoCdnConfig[K]>,
  stackProps: VideoCdnStackProps,
) => unknown;

/** Each scenario: its configuration section, its stack's name and its stack class. */
const SCENARIOS: { [K in SectionKey]: { stackName: string; Stack: StackClass<K> } } = {
  vod: { stackName: 'vod-s3-mediaconvert', Stack: VodS3MediaConvertStack },
  liveMediaPackage: { stackName: 'live-mediapackage', Stack: LiveMediaPackageStack },
  liveMediaStore: { stackName: 'live-mediastore', Stack: LiveMediaStoreStack },
  mkio: { stackName: 'mkio', Stack: MkioStack },
  antMedia: { stackName: 'ant-media', Stack: AntMediaStack },
};

export function buildApp(config: VideoCdnConfig, app: App = new App()): App {
  const enabled = (Object.keys(SCENARIOS) as SectionKey[]).filter((key) => config[key]?.enabled);
  checkOneStatePerStack(config, enabled);
  for (const key of enabled) instantiate(app, config, key);
  PolicyChecks.applyTo(app);
  return app;
}

const stackId = (config: VideoCdnConfig, key: SectionKey) => `${config.stackNamePrefix ?? ''}${SCENARIOS[key].stackName}`;

/** Two stacks must never share one state (an S3 key or workspace name without {stack}, or two sections' own backends naming the same one). */
function checkOneStatePerStack(config: VideoCdnConfig, enabled: readonly SectionKey[]): void {
  const owners = new Map<string, string>();
  for (const key of enabled) {
    const own = config[key]?.backend;
    const location = stateLocation(own ?? config.backend, stackId(config, key));
    if (location === undefined) continue;
    const where = own ? `${key}.backend` : 'backend';
    const owner = owners.get(location);
    if (owner !== undefined) {
      throw new ConfigError(
        `'${where}' would put the stack of ${key} in the state of ${owner}, got: ${location} for both. Give each stack its own key or workspace (put {stack} in it).`,
      );
    }
    owners.set(location, key);
  }
}

function instantiate<K extends SectionKey>(app: App, config: VideoCdnConfig, key: K): void {
  const section = config[key] as NonNullable<VideoCdnConfig[K]>;
  const { Stack } = SCENARIOS[key];
  const id = stackId(config, key);
  const stackProps: VideoCdnStackProps = {
    awsRegion: config.awsRegion,
    tags: config.tags,
    backend: stackBackend(section.backend ?? config.backend, id),
  };
  try {
    new Stack(app, id, section, stackProps);
  } catch (error) {
    // Construct errors name a prop; say which configuration section it came from.
    if (error instanceof VideoCdnValidationError && !(error instanceof ConfigError)) {
      throw new VideoCdnValidationError(`configuration section '${key}': ${error.message}`);
    }
    throw error;
  }
}

function main(): void {
  const file = process.env.VIDEO_CDN_CONFIG || DEFAULT_CONFIG_PATH;
  try {
    buildApp(loadConfigFile(file)).synth();
  } catch (error) {
    if (error instanceof VideoCdnValidationError) {
      process.stderr.write(`video-cdn: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) main();
