/**
 * Property 3: a random wrong value anywhere in a valid configuration is reported by parseConfig
 * as a ConfigError naming its key path (never a TypeError or a stack trace), and whatever still
 * passes the schema either synthesizes well-formed Terraform or fails with a
 * VideoCdnValidationError that names a configuration section and a prop.
 */
import fc from 'fast-check';
import { ConfigError, parseConfig, reportedIssues } from '../../config/load';
import { configSchema, VideoCdnConfig } from '../../config/schema';
import { VideoCdnValidationError } from '../../modules/errors';
import { asJson, awsRegion, JsonObject, SECTION_KEYS, SECTIONS, validConfig } from './arbitraries';
import { applyMutation, KeyPath, keyPathLabel, Mutation, mutationOf } from './mutations';
import { runs } from './settings';
import { synthesizeConfig } from './synthesize';
import { terraformJsonProblems } from './terraform-json';

/** The error parseConfig throws, or undefined when the data is valid. */
function parseError(data: unknown): { error?: unknown; config?: VideoCdnConfig } {
  try {
    return { config: parseConfig(data) };
  } catch (error) {
    return { error };
  }
}

function expectConfigError(error: unknown): asserts error is ConfigError {
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as Error).message).toMatch(/^configuration is invalid:\n {2}- '/);
  expect((error as Error).message).not.toMatch(/\n\s+at .+:\d+/); // no stack trace in the text
}

const startsWith = (path: KeyPath, prefix: KeyPath) =>
  prefix.length <= path.length && prefix.every((part, index) => String(path[index]) === String(part));

/** Builds the app from a configuration the schema accepted: well-formed stacks or a VideoCdnValidationError naming a prop. */
function expectBuildsOrNamesTheProblem(config: VideoCdnConfig): void {
  let app: ReturnType<typeof synthesizeConfig>;
  try {
    app = synthesizeConfig(config);
  } catch (error) {
    expect(error).toBeInstanceOf(VideoCdnValidationError);
    // Construct errors are prefixed with their section; the checks across stacks (state, names) name a key.
    expect((error as Error).message).toMatch(/^(configuration section '[\w.-]+': '[^']+' |configuration is invalid:\n {2}- '[^']+' )/);
    return;
  }
  try {
    for (const [stack, json] of Object.entries(app.stacks)) {
      expect({ stack, problems: terraformJsonProblems(json) }).toEqual({ stack, problems: [] });
    }
  } finally {
    app.dispose();
  }
}

function check(original: JsonObject, mutation: Mutation): void {
  const data = applyMutation(original, mutation);
  const { error, config } = parseError(data);
  switch (mutation.kind) {
    case 'wrong-type': {
      expectConfigError(error);
      expect(error.message).toContain(`'${keyPathLabel(mutation.path)}' `);
      return;
    }
    case 'unknown-key': {
      expectConfigError(error);
      if (mutation.inMap) expect(error.message).toContain(`'${keyPathLabel([...mutation.path, mutation.key])}' `);
      else expect(error.message).toContain(`'${keyPathLabel(mutation.path)}' has unknown key(s) "${mutation.key}"`);
      return;
    }
    default: {
      if (config) {
        expectBuildsOrNamesTheProblem(config);
        return;
      }
      expectConfigError(error);
      const issues = reportedIssues(configSchema.safeParse(data).error?.issues ?? []);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(error.message).toContain(`'${keyPathLabel(issue.path as KeyPath)}' `);
      // Each problem is about the changed key, its object, or a rule across fields (code custom).
      const parent = mutation.path.slice(0, -1);
      const related = issues.filter(
        (issue) => issue.code === 'custom' || startsWith(mutation.path, issue.path as KeyPath) || startsWith(issue.path as KeyPath, parent),
      );
      expect({ mutation, unrelated: issues.filter((issue) => !related.includes(issue)).map((issue) => issue.path.join('.')) }).toEqual({
        mutation,
        unrelated: [],
      });
    }
  }
}

describe('property: invalid configurations are reported with their key path', () => {
  it('one wrong value anywhere: a ConfigError naming the key, or (still valid) a clean build or a VideoCdnValidationError', () => {
    const mutated = validConfig().chain((config) => mutationOf(config).map((mutation) => ({ config, mutation })));
    fc.assert(
      fc.property(mutated, ({ config, mutation }) => check(config, mutation)),
      runs(150),
    );
  }, 180_000);

  it('any JSON value at all: parseConfig returns a configuration or throws a ConfigError, nothing else', () => {
    const anyValue = fc.oneof(
      fc.jsonValue(),
      fc.anything(),
      fc.object({ maxDepth: 3 }),
      validConfig().map((config) => ({ ...config, awsRegion: undefined })),
    );
    fc.assert(
      fc.property(anyValue, (value) => {
        const { error } = parseError(value);
        if (error !== undefined) expectConfigError(error);
      }),
      runs(300),
    );
  }, 60_000);

  it('two stacks given one state (the same S3 object or workspace): a ConfigError naming the backend key', () => {
    const sameState = fc.oneof(
      fc.record({
        type: fc.constant('s3'),
        bucket: fc.constant('state-bucket'),
        region: awsRegion,
        key: fc.constantFrom('terraform.tfstate', 'video/state'),
      }),
      fc.record({ type: fc.constant('cloud'), organization: fc.constant('video-org'), workspaceName: fc.constantFrom('video', 'prod') }),
    );
    const twoSectionsOneState = fc
      .uniqueArray(fc.constantFrom(...SECTION_KEYS), { minLength: 2, maxLength: 2 })
      .chain(([first, second]) =>
        fc.record({
          keys: fc.constant([first, second]),
          first: SECTIONS[first],
          second: SECTIONS[second],
          state: sameState,
          region: awsRegion,
        }),
      )
      .map(({ keys: [first, second], ...parts }) => ({
        keys: [first, second],
        config: asJson({
          awsRegion: parts.region,
          [first]: { ...parts.first, enabled: true, backend: parts.state },
          [second]: { ...parts.second, enabled: true, backend: parts.state },
        }),
      }));
    fc.assert(
      fc.property(twoSectionsOneState, ({ keys, config }) => {
        const parsed = parseConfig(config);
        expect(() => synthesizeConfig(parsed)).toThrow(ConfigError);
        expect(() => synthesizeConfig(parsed)).toThrow(
          new RegExp(
            `^configuration is invalid:\n {2}- '(${keys.join('|')})\\.backend' would put the stack \\S+ \\((${keys.join('|')})\\) in the state of`,
          ),
        );
      }),
      runs(30),
    );
  }, 60_000);
});
