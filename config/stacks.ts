/**
 * The stacks a configuration asks for: one per enabled section in the single form, one per enabled
 * instance in the instances form (`<stack name>-<instance>`), after the checks that span stacks:
 * each its own state, no custom domain or account-wide name claimed twice.
 */
import { AntMediaConfig } from './ant-media';
import { stateLocation } from './backend';
import { claimProblems } from './claims';
import { instancesOf } from './instances';
import { LiveMediaPackageConfig } from './live-mediapackage';
import { LiveMediaStoreConfig } from './live-mediastore';
import { ConfigError } from './load';
import { MkioConfig } from './mkio';
import { VideoCdnConfig } from './schema';
import { VodConfig } from './vod';

/** Each scenario section's stack name (before the prefix and the instance name). */
export const SCENARIO_STACK_NAMES = {
  vod: 'vod-s3-mediaconvert',
  liveMediaPackage: 'live-mediapackage',
  liveMediaStore: 'live-mediastore',
  mkio: 'mkio',
  antMedia: 'ant-media',
} as const;
export type SectionKey = keyof typeof SCENARIO_STACK_NAMES;
export const SECTION_KEYS = Object.keys(SCENARIO_STACK_NAMES) as SectionKey[];

/** One instance of each section, as its stack takes it. */
interface Sections {
  vod: VodConfig;
  liveMediaPackage: LiveMediaPackageConfig;
  liveMediaStore: LiveMediaStoreConfig;
  mkio: MkioConfig;
  antMedia: AntMediaConfig;
}
export type SectionOf<K extends SectionKey> = Sections[K];

/** One stack to synthesize. */
export interface ConfiguredStack<K extends SectionKey = SectionKey> {
  readonly key: K;
  /** The stack's name: folder, construct id and {stack} in backends. */
  readonly name: string;
  /** Where its configuration sits, for messages: `liveMediaPackage` or `liveMediaPackage.instances.news`. */
  readonly at: string;
  readonly section: SectionOf<K>;
}

/** The enabled stacks of a parsed configuration, in section order; throws a ConfigError when two would collide. */
export function configuredStacks(config: VideoCdnConfig): ConfiguredStack[] {
  const stacks: ConfiguredStack[] = [];
  for (const key of SECTION_KEYS) {
    const section = config[key] as Parameters<typeof instancesOf<SectionOf<typeof key>>>[0] | undefined;
    if (!section) continue;
    for (const instance of instancesOf(section)) {
      if (!instance.section.enabled) continue;
      const suffix = instance.name === undefined ? '' : `-${instance.name}`;
      stacks.push({
        key,
        name: `${config.stackNamePrefix ?? ''}${SCENARIO_STACK_NAMES[key]}${suffix}`,
        at: instance.name === undefined ? key : `${key}.instances.${instance.name}`,
        section: instance.section,
      });
    }
  }
  const problems = [...stateProblems(config, stacks), ...claimProblems(stacks)];
  if (problems.length > 0) throw new ConfigError(`configuration is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return stacks;
}

/** Two stacks must never share one state: an S3 key or workspace name without {stack}, or two own backends naming the same one. */
function stateProblems(config: VideoCdnConfig, stacks: readonly ConfiguredStack[]): string[] {
  const owners = new Map<string, ConfiguredStack>();
  const problems: string[] = [];
  for (const stack of stacks) {
    const own = stack.section.backend;
    const location = stateLocation(own ?? config.backend, stack.name);
    if (location === undefined) continue;
    const owner = owners.get(location);
    if (owner === undefined) {
      owners.set(location, stack);
      continue;
    }
    problems.push(
      `'${own ? `${stack.at}.backend` : 'backend'}' would put the stack ${stack.name} (${stack.at}) in the state of ${owner.name} (${owner.at}), got: ${location} for both. Give each stack its own key or workspace (put {stack} in it).`,
    );
  }
  return problems;
}
