/**
 * The app: reads one configuration file and instantiates the enabled scenario stacks.
 * VIDEO_CDN_CONFIG selects the file (default: examples/default.json).
 */
import { App } from 'cdktf';
import { Construct } from 'constructs';
import { stackBackend } from './config/backend';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfigFile } from './config/load';
import { VideoCdnConfig } from './config/schema';
import { ConfiguredStack, configuredStacks, SectionKey, SectionOf } from './config/stacks';
import { PolicyChecks, VideoCdnStackProps, VideoCdnValidationError } from './modules';
import { AntMediaStack } from './stacks/ant-media';
import { LiveMediaPackageStack } from './stacks/live-mediapackage';
import { LiveMediaStoreStack } from './stacks/live-mediastore';
import { MkioStack } from './stacks/mkio';
import { VodS3MediaConvertStack } from './stacks/vod-s3-mediaconvert';

type StackClass<K extends SectionKey> = new (scope: Construct, id: string, config: SectionOf<K>, stackProps: VideoCdnStackProps) => unknown;

/** Each scenario's stack class. */
const STACK_CLASSES: { [K in SectionKey]: StackClass<K> } = {
  vod: VodS3MediaConvertStack,
  liveMediaPackage: LiveMediaPackageStack,
  liveMediaStore: LiveMediaStoreStack,
  mkio: MkioStack,
  antMedia: AntMediaStack,
};

export function buildApp(config: VideoCdnConfig, app: App = new App()): App {
  for (const stack of configuredStacks(config)) instantiate(app, config, stack);
  PolicyChecks.applyTo(app);
  return app;
}

function instantiate<K extends SectionKey>(app: App, config: VideoCdnConfig, stack: ConfiguredStack<K>): void {
  const Stack = STACK_CLASSES[stack.key] as StackClass<K>;
  const stackProps: VideoCdnStackProps = {
    awsRegion: config.awsRegion,
    tags: config.tags,
    backend: stackBackend(stack.section.backend ?? config.backend, stack.name),
  };
  try {
    new Stack(app, stack.name, stack.section, stackProps);
  } catch (error) {
    // Construct errors name a prop; say which configuration section (or instance) it came from.
    if (error instanceof VideoCdnValidationError && !(error instanceof ConfigError)) {
      throw new VideoCdnValidationError(`configuration section '${stack.at}': ${error.message}`);
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
