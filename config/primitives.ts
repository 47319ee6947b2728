/** Schema building blocks for single values (names, ids, regions), each checked by the library's own rule. */
import { z } from 'zod';
import {
  domainNameProblem,
  exactDomainNameProblem,
  hostedZoneIdProblem,
  originHostProblem,
  originPathProblem,
  originShieldRegionProblem,
  regionProblem,
  tagKeyProblem,
  tagValueProblem,
} from '../modules';
import { satisfying } from './rules';

export const domainName = satisfying(z.string(), domainNameProblem);
export const exactDomainName = satisfying(z.string(), exactDomainNameProblem);
export const hostName = satisfying(z.string(), originHostProblem);
export const hostedZoneId = satisfying(z.string(), hostedZoneIdProblem);
export const awsRegion = satisfying(z.string(), regionProblem);
export const originShieldRegion = satisfying(z.string(), originShieldRegionProblem);
export const originPath = satisfying(z.string(), originPathProblem);
/**
 * Text written into the Terraform JSON as it is. Terraform reads `${` and `%{` in any string as the
 * start of an expression or a directive, so text from the configuration must not contain them.
 */
export const terraformText = z
  .string()
  .refine((text) => !/[$%]\{/.test(text), 'must not contain ${ or %{ (Terraform would read an expression there)');
/** Tags as AWS takes them (whose characters leave no room for Terraform expressions either). */
export const tags = z.record(satisfying(z.string(), tagKeyProblem), satisfying(z.string(), tagValueProblem));

/**
 * A key an earlier release took: any value is refused with what replaced it, rather than the
 * generic unknown-key message.
 */
export function removedKey(problem: string, fix: string) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      ctx.addIssue({ code: 'custom', message: problem, params: { fix }, input: value });
    })
    .optional()
    .describe(`Removed. ${fix}`);
}
