/**
 * Typed arrays as base64 text, so the compiled KB travels as one JSON file. Byte order is the
 * platform's (little-endian on every engine the extension runs on); the reader checks it.
 */

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeArray(array: Uint8Array | Uint16Array | Uint32Array): string {
  return bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

function aligned(base64: string, unit: number): ArrayBuffer {
  const bytes = base64ToBytes(base64);
  if (bytes.byteLength % unit !== 0) throw new Error(`compiled KB is corrupt: ${bytes.byteLength} bytes is not a multiple of ${unit}`);
  return bytes.buffer as ArrayBuffer;
}

export const decodeUint8 = (base64: string): Uint8Array => base64ToBytes(base64);
export const decodeUint16 = (base64: string): Uint16Array => new Uint16Array(aligned(base64, 2));
export const decodeUint32 = (base64: string): Uint32Array => new Uint32Array(aligned(base64, 4));

/** Guards against a big-endian engine reading little-endian tables (none exists today). */
export function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('compiled KB tables need a little-endian engine');
}
