/**
 * The app: reads one configuration file and instantiates the enabled scenario stacks.
 * VIDEO_CDN_CONFIG selects the file (default: examples/default.json).
 */
import { App } from 'cdktf';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfigFile } from './config/load';
import { VideoCdnConfig } from './config/schema';
import { VideoCdnValidationError } from './modules/errors';
import { DemoStack } from './stacks/demo';
import { LiveMediaPackageStack } from './stacks/live-mediapackage';
import { MkioStack } from './stacks/mkio';
import { AntMediaStack } from './stacks/ant-media';
import { LiveMediaStoreStack } from './stacks/live-mediastore';
import { VodS3MediaConvertStack } from './stacks/vod-s3-mediaconvert';

export function buildApp(config: VideoCdnConfig, app: App = new App()): App {
  const stackProps = { awsRegion: config.awsRegion, tags: config.tags };
  section('demo', () => config.demo?.enabled && new DemoStack(app, 'demo', config.demo, stackProps));
  section('liveMediaPackage', () => config.liveMediaPackage?.enabled && new LiveMediaPackageStack(app, 'live-mediapackage', config.liveMediaPackage, stackProps));
  section('mkio', () => config.mkio?.enabled && new MkioStack(app, 'mkio', config.mkio, stackProps));
  section('antMedia', () => config.antMedia?.enabled && new AntMediaStack(app, 'ant-media', config.antMedia, stackProps));
  section('liveMediaStore', () => config.liveMediaStore?.enabled && new LiveMediaStoreStack(app, 'live-mediastore', config.liveMediaStore, stackProps));
  section('vod', () => config.vod?.enabled && new VodS3MediaConvertStack(app, 'vod-s3-mediaconvert', config.vod, stackProps));
  return app;
}

/** Construct errors name a prop; prefix the configuration section they came from. */
function section(name: string, build: () => unknown): void {
  try {
    build();
  } catch (error) {
    if (error instanceof VideoCdnValidationError && !(error instanceof ConfigError)) {
      throw new VideoCdnValidationError(`configuration section '${name}': ${error.message}`);
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
