// Inflating a zip entry whole, within an output limit, by the platform's own zlib where it has one (Node: the host,
// its import worker and the CLI); where it has none (a browser) the caller inflates with pako a piece at a time.

interface NativeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

/** Node's zlib when this runs in Node (20.16 and later), found at run time: shared/ imports nothing of Node. */
const zlib =
  ((globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.('node:zlib') as NativeZlib | undefined) ??
  undefined;

/** What inflating gave: the bytes, or that the output went past the limit, or that the stream is damaged. */
export type Inflated = { bytes: Uint8Array } | { tooLarge: true } | { damaged: true };

/**
 * The raw deflate stream inflated by native zlib, which stops at `limit` bytes of output (a bomb never fills memory);
 * undefined where there is no native zlib.
 */
export function inflateNative(packed: Uint8Array, limit: number): Inflated | undefined {
  if (!zlib) return undefined;
  try {
    return { bytes: zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, limit) }) };
  } catch (e) {
    // Node says ERR_BUFFER_TOO_LARGE when the output passes the limit; any other error is a damaged stream.
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { tooLarge: true };
    return { damaged: true };
  }
}
