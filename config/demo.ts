import { z } from 'zod';
import { hostName, originPath, originShieldRegion, scenarioBase } from './common';

/** The demo section: one HTTP origin behind the library defaults, until the scenario stacks land. */
export const demoSchema = z.strictObject({
  ...scenarioBase,
  originDomainName: hostName,
  originPath: originPath.optional(),
  originShieldRegion: originShieldRegion.optional(),
});
export type DemoConfig = z.infer<typeof demoSchema>;
