import { MediaPackageManifestType } from './endpoint-url';

/** The packaging type of a MediaPackage origin endpoint; it decides the endpoint's path patterns. */
export enum MediaPackagePackaging {
  /** Apple HLS with TS segments: `*.m3u8` + `*.ts`. */
  HLS = 'hls',
  /** CMAF (HLS manifests, fragmented MP4 segments): `*.m3u8` + `*.mp4`. */
  CMAF = 'cmaf',
  /** MPEG-DASH: `*.mpd` + `*.mp4`. */
  DASH = 'dash',
  /** Microsoft Smooth Streaming: one behavior, `index.ism/*`, serves manifest and fragments. */
  SMOOTH = 'smooth',
}

/** What each packaging type serves: its manifest extension and its segment pattern. */
export const PACKAGING_LAYOUT: Record<MediaPackagePackaging, { manifest: MediaPackageManifestType; segments?: string }> = {
  [MediaPackagePackaging.HLS]: { manifest: 'm3u8', segments: '*.ts' },
  [MediaPackagePackaging.CMAF]: { manifest: 'm3u8', segments: '*.mp4' },
  [MediaPackagePackaging.DASH]: { manifest: 'mpd', segments: '*.mp4' },
  [MediaPackagePackaging.SMOOTH]: { manifest: 'ism' },
};

export interface MediaPackageEndpoint {
  /** The endpoint's playback URL, as MediaPackage shows it (ends in the manifest). */
  readonly url: string;
  readonly packaging: MediaPackagePackaging;
  /**
   * Short name for the origin id and the playback URL outputs (lower-case letters, digits, hyphens).
   * @default the packaging type (`hls`), numbered from the second endpoint of a type on (`hls-2`)
   */
  readonly name?: string;
  /**
   * The same packaging on a second endpoint (v1: a second channel's endpoint; v2: the same
   * endpoint in a second channel group or region): the endpoint's behaviors then target an origin
   * group that fails over to it. Its manifest has the primary's name.
   * @default none: one origin
   */
  readonly failoverUrl?: string;
}
