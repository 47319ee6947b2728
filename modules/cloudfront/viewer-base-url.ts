/**
 * The `https://` base URL viewers use for a distribution: its custom domain when it has one,
 * otherwise `<id>.cloudfront.net`. Playback URL outputs are built on it.
 */
export function viewerBaseUrl(distribution: { readonly domainName: string }, customDomain?: { readonly baseUrl: string }): string {
  return customDomain?.baseUrl ?? `https://${distribution.domainName}`;
}
