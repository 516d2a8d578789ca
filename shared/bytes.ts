// File bytes inside a call: base64 text on the wire (JSON over HTTP and IPC), bytes on each side of it. The codec
// decodes where a call's input or output is parsed and encodes where the host answers: once each way, nowhere else.
import { z } from 'zod';

/** Node's Buffer where the code runs in the host (fast, native); the page has atob/btoa instead. */
interface NodeBuffer {
  from(text: string, encoding: 'base64'): Uint8Array;
  from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'base64'): string };
}
interface Runtime {
  Buffer?: NodeBuffer;
  atob: (text: string) => string;
  btoa: (binary: string) => string;
}
const runtime = globalThis as unknown as Runtime;

/** The bytes a base64 text stands for. */
export function bytesFromBase64(text: string): Uint8Array {
  if (runtime.Buffer) {
    // A plain Uint8Array over Node's buffer, not the Buffer: its slice() copies (a Buffer's would share memory).
    const b = runtime.Buffer.from(text, 'base64');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  const binary = runtime.atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes as base64 text. */
export function base64FromBytes(bytes: Uint8Array): string {
  if (runtime.Buffer) return runtime.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return runtime.btoa(binary);
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

/** A file's bytes in the contract: base64 of at most `maxChars` on the wire, a Uint8Array once parsed. */
export function bytes(maxChars?: number) {
  const wire = maxChars === undefined ? z.string() : z.string().max(maxChars);
  return z.codec(wire, z.custom<Uint8Array>(isBytes, { message: '不是文件内容' }), {
    decode: bytesFromBase64,
    encode: base64FromBytes,
  });
}

/**
 * Whether a method's output schema carries bytes (a codec in it, or in the objects of a list it holds: several
 * files), so the host must encode its answer.
 */
export function carriesBytes(schema: z.ZodType): boolean {
  if (schema instanceof z.ZodCodec) return true;
  if (schema instanceof z.ZodArray) return carriesBytes(schema.element as z.ZodType);
  if (!(schema instanceof z.ZodObject)) return false;
  return Object.values(schema.shape as Record<string, z.ZodType>).some(carriesBytes);
}
