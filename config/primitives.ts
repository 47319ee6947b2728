/** Schema building blocks for single values (names, ids, regions). */
import { z } from 'zod';
import { ORIGIN_SHIELD_REGIONS } from '../modules/cloudfront/distribution-settings';

const LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
export const domainName = z
  .string()
  .regex(new RegExp(`^(\\*\\.)?(${LABEL}\\.)+[a-z]{2,63}$`, 'i'), 'must be a domain name like video.example.com (no scheme, no path)');
export const hostName = z
  .string()
  .regex(new RegExp(`^(${LABEL}\\.)+[a-z]{2,63}$`, 'i'), 'must be a host name like origin.example.com (no scheme, port or path)');
export const hostedZoneId = z.string().regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id like Z0123456789ABCDEFGHIJ');
export const awsRegion = z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'must be an AWS region code like eu-west-1');
export const originShieldRegion = z.enum(ORIGIN_SHIELD_REGIONS);
/**
 * Text written into the Terraform JSON as it is. Terraform reads `${` and `%{` in any string as the
 * start of an expression or a directive, so text from the configuration must not contain them.
 */
export const terraformText = z
  .string()
  .refine((text) => !/[$%]\{/.test(text), 'must not contain ${ or %{ (Terraform would read an expression there)');
export const tags = z.record(terraformText.min(1).max(128), terraformText.max(256));
export const originPath = z.string().regex(/^\/?[A-Za-z0-9._~!$&'()+,;=:@%/-]*$/, 'must be a path like /live');
