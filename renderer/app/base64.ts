// Bytes the user picked, as base64 for the API (files travel to the host that way, over IPC and HTTP alike).
import { base64FromBytes } from '../../shared/bytes';

export function toBase64(buf: ArrayBuffer): string {
  return base64FromBytes(new Uint8Array(buf));
}
