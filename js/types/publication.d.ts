import type { Finding } from './common.js';

/** Result of the publication checks. */
export interface Publication {
  /** `false` while publication checks are not available in this version. */
  supported: boolean;
  /** Findings of the publication checks. */
  findings: Finding[];
}

/** Publication options. */
export interface PublicationOptions {}
