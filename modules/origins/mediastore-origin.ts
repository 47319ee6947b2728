import { MediaStoreContainerPolicy } from '@cdktf/provider-aws/lib/media-store-container-policy';
import { Annotations, Fn, Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { AWS_PROVIDER_MAJOR } from '../stack/aws-provider-version';
import { invalid } from '../private/invalid';
import { createOriginAccessControl } from '../private/origin-access-control';
import { checkValue } from '../private/check-value';
import { isUnresolved } from '../private/tokens';
import { ValueRule } from '../validation/value-rule';
import { HttpOrigin, OriginProtocolPolicy } from './http-origin';
import { IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from './origin';
import { cloudFrontReadStatement } from '../private/cloudfront-read-statement';

/** The day AWS ended support for AWS Elemental MediaStore. */
export const MEDIASTORE_END_OF_SUPPORT_DATE = '2025-11-13';

/**
 * The warning a distribution with a MediaStore origin carries (shown by `cdktf synth`), for a
 * hashicorp/aws line: version 6 also deprecates the Terraform resources.
 */
export function mediaStoreEndOfSupportWarning(awsMajor: number): string {
  const warning =
    `AWS ended support for AWS Elemental MediaStore on ${MEDIASTORE_END_OF_SUPPORT_DATE}: containers can no longer be created or reached. ` +
    'Move the live output to an S3 bucket behind Origin Access Control (live-mediastore origin type "s3-migration", or ' +
    'S3Origin.withOriginAccessControl with a PrivateBucket), or to AWS Elemental MediaPackage when you need packaging or DRM.';
  return awsMajor >= 6
    ? `${warning} hashicorp/aws ${awsMajor} also deprecates aws_media_store_container and aws_media_store_container_policy: a later major version removes them.`
    : warning;
}

/** The warning for the installed provider bindings. */
export const MEDIASTORE_END_OF_SUPPORT_WARNING = mediaStoreEndOfSupportWarning(AWS_PROVIDER_MAJOR);

/** `<id>.data.mediastore.<region>.amazonaws.com`: the region is captured. */
const DATA_ENDPOINT = /^[a-z0-9]+\.data\.mediastore\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonaws\.com$/;
/** `arn:<partition>:mediastore:<region>:<account>:container/<name>`. */
const CONTAINER_ARN = /^arn:(aws[a-z-]*):mediastore:([a-z0-9-]+):(\d{12}):container\/([\w-]{1,255})$/;

/** A container's data endpoint host, as MediaStore shows it (no scheme, no path). */
export const mediaStoreDataEndpointProblem: ValueRule<string> = (endpoint) => {
  if (/^[a-z]+:\/\//i.test(endpoint) || endpoint.includes('/')) {
    return {
      problem: 'must be the data endpoint host, not a URL',
      fix: 'Drop https:// and any path: put the folder in originPath (e.g. endpoint "abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com", originPath "/live").',
    };
  }
  return DATA_ENDPOINT.test(endpoint)
    ? undefined
    : {
        problem: 'is not a MediaStore data endpoint',
        fix: "Copy the container's data endpoint host, like abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com.",
      };
};

/** A MediaStore container ARN. */
export const mediaStoreContainerArnProblem: ValueRule<string> = (arn) =>
  CONTAINER_ARN.test(arn)
    ? undefined
    : { problem: 'is not a MediaStore container ARN', fix: 'Use arn:aws:mediastore:<region>:<account>:container/<name>.' };

/** A MediaStore container name: letters, digits and underscores (the provider refuses hyphens). */
export const mediaStoreContainerNameProblem: ValueRule<string> = (name) =>
  /^\w{1,255}$/.test(name)
    ? undefined
    : { problem: 'must be 1-255 letters, digits or underscores (no hyphens)', fix: 'Rename it, e.g. live_events.' };

/** The parts of a container the origin needs. A `MediaStoreContainer` resource fits as it is. */
export interface MediaStoreContainerReference {
  readonly name: string;
  readonly arn: string;
  /** `https://<id>.data.mediastore.<region>.amazonaws.com`, as the provider reports it. */
  readonly endpoint: string;
}

/** Settings of the origin towards MediaStore (always HTTPS, TLSv1.2). */
export interface MediaStoreOriginProps extends OriginOptions {
  /** 1-60. @default 30 */
  readonly readTimeoutSeconds?: number;
}

export interface MediaStoreContainerOriginProps extends MediaStoreOriginProps {
  /**
   * Create the container policy that lets the distributions using this origin read. Turn off when
   * the policy is managed elsewhere, and merge `containerPolicyJson` into it.
   * @default true
   */
  readonly createContainerPolicy?: boolean;
}

export interface MediaStoreEndpointOriginProps extends MediaStoreOriginProps {
  /**
   * ARN of the container behind the endpoint. With it CloudFront signs its requests (Origin Access
   * Control, type mediastore) and `containerPolicyJson` holds the policy the container needs.
   * @default unsigned requests: the container's own policy must allow them
   */
  readonly containerArn?: string;
  /**
   * Replace the container's policy with `containerPolicyJson` (needs `containerArn`). Off because it
   * overwrites statements written elsewhere; the document keeps MediaStore's default owner statement.
   * @default false
   */
  readonly manageContainerPolicy?: boolean;
}

/** How the origin reaches and is allowed into the container. */
interface ContainerAccess {
  readonly containerName: string;
  readonly containerArn: string;
  readonly createPolicy: boolean;
}

/**
 * An AWS Elemental MediaStore container's data endpoint behind CloudFront, over HTTPS. With the
 * container known, CloudFront signs requests (OAC, type mediastore) and the container policy admits
 * `cloudfront.amazonaws.com` for `mediastore:GetObject` only on behalf of the distributions that use
 * the origin (`AWS:SourceArn`) and only over TLS (`aws:SecureTransport`).
 *
 * AWS ended MediaStore support on 2025-11-13: binding this origin adds a synth warning. New live
 * setups use `S3Origin.withOriginAccessControl` on a `PrivateBucket`.
 */
export class MediaStoreOrigin implements IVideoOrigin {
  /** A container this configuration manages (or a reference to one), with Origin Access Control. */
  public static fromContainer(container: MediaStoreContainerReference, props: MediaStoreContainerOriginProps = {}): MediaStoreOrigin {
    const domainName = isUnresolved(container.endpoint)
      ? Fn.trimprefix(container.endpoint, 'https://')
      : container.endpoint.replace(/^https:\/\//, '');
    return new MediaStoreOrigin(domainName, props, {
      containerName: container.name,
      containerArn: container.arn,
      createPolicy: props.createContainerPolicy ?? true,
    });
  }

  /** An existing container's data endpoint, `<id>.data.mediastore.<region>.amazonaws.com`. */
  public static fromEndpoint(endpoint: string, props: MediaStoreEndpointOriginProps = {}): MediaStoreOrigin {
    checkValue('endpoint', endpoint, mediaStoreDataEndpointProblem);
    checkValue('containerArn', props.containerArn, mediaStoreContainerArnProblem);
    if (props.manageContainerPolicy && props.containerArn === undefined) {
      invalid(
        'manageContainerPolicy',
        'needs containerArn',
        props.manageContainerPolicy,
        'Set containerArn (arn:aws:mediastore:<region>:<account>:container/<name>) or leave manageContainerPolicy off.',
      );
    }
    const access =
      props.containerArn === undefined
        ? undefined
        : containerAccessFromArn(props.containerArn, endpoint, props.manageContainerPolicy ?? false);
    return new MediaStoreOrigin(endpoint, props, access);
  }

  public readonly originId?: string;
  /** The data endpoint host CloudFront connects to. */
  public readonly domainName: string;
  /** True when CloudFront signs its requests with Origin Access Control. */
  public readonly signsRequests: boolean;
  /**
   * The container policy document (JSON) covering every distribution bound so far: MediaStore's
   * default owner statement plus CloudFront read access. Undefined for unsigned endpoints.
   */
  public readonly containerPolicyJson?: string;
  /** The container policy resource, once a distribution is bound (when the origin creates it). */
  public get containerPolicy(): MediaStoreContainerPolicy | undefined {
    return this.createdPolicy;
  }
  private createdPolicy?: MediaStoreContainerPolicy;
  private readonly http: HttpOrigin;
  private readonly distributionArns: string[] = [];

  private constructor(
    domainName: string,
    props: MediaStoreOriginProps,
    private readonly access: ContainerAccess | undefined,
  ) {
    this.originId = props.originId;
    this.domainName = domainName;
    this.signsRequests = access !== undefined;
    // A MediaStore endpoint is a custom HTTPS origin; HttpOrigin renders and checks that part.
    this.http = new HttpOrigin(domainName, { ...props, protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY });
    if (access) this.containerPolicyJson = Lazy.stringValue({ produce: () => JSON.stringify(this.policyDocument(access)) });
  }

  public bind(scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    Annotations.of(scope).addWarning(MEDIASTORE_END_OF_SUPPORT_WARNING);
    const binding = this.http.bind(scope, options);
    const access = this.access;
    if (!access) {
      Annotations.of(scope).addWarning(
        `MediaStore origin ${this.domainName} is reached without Origin Access Control: the container policy must allow anonymous reads. Set containerArn to sign requests.`,
      );
      return binding;
    }
    const oac = createOriginAccessControl(scope, `${options.originId}-oac`, 'mediastore');
    this.distributionArns.push(options.distribution.distributionArn);
    // One container policy, created with the first distribution; the document lists them all.
    if (access.createPolicy && !this.createdPolicy) {
      this.createdPolicy = new MediaStoreContainerPolicy(scope, `${options.originId}-container-policy`, {
        containerName: access.containerName,
        policy: this.containerPolicyJson!,
      });
    }
    return { originConfig: { ...binding.originConfig, originAccessControlId: oac.id } };
  }

  private policyDocument(access: ContainerAccess): object {
    const objects = `${access.containerArn}/*`;
    return {
      Version: '2012-10-17',
      Statement: [
        {
          // MediaStore's default statement: without it the account's own IAM principals (the
          // MediaLive role writing the stream, operators) lose access when this policy replaces it.
          Sid: 'MediaStoreFullAccess',
          Effect: 'Allow',
          Principal: { AWS: ownerRoot(access.containerArn) },
          Action: 'mediastore:*',
          Resource: objects,
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
        cloudFrontReadStatement('mediastore:GetObject', objects, this.distributionArns, { Bool: { 'aws:SecureTransport': 'true' } }),
      ],
    };
  }
}

function containerAccessFromArn(containerArn: string, endpoint: string, createPolicy: boolean): ContainerAccess {
  if (isUnresolved(containerArn)) {
    return { containerArn, containerName: Fn.element(Fn.split('/', containerArn), 1), createPolicy };
  }
  const arn = CONTAINER_ARN.exec(containerArn)!;
  const endpointRegion = isUnresolved(endpoint) ? undefined : DATA_ENDPOINT.exec(endpoint)![1];
  if (endpointRegion !== undefined && arn[2] !== endpointRegion) {
    invalid(
      'containerArn',
      `is in ${arn[2]} but the endpoint is in ${endpointRegion}`,
      containerArn,
      'Use the ARN of the container that owns the endpoint.',
    );
  }
  return { containerArn, containerName: arn[4], createPolicy };
}

/** `arn:<partition>:iam::<account>:root` of the container's account, from its ARN. */
function ownerRoot(containerArn: string): string {
  const match = isUnresolved(containerArn) ? null : CONTAINER_ARN.exec(containerArn);
  if (match) return `arn:${match[1]}:iam::${match[3]}:root`;
  const parts = Fn.split(':', containerArn);
  return `arn:${Fn.element(parts, 1)}:iam::${Fn.element(parts, 4)}:root`;
}
