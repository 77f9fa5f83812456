// Encoders for test inputs in the legacy encodings claimdiff must detect: windows-1256 and UTF-16.
/** Encodes text as windows-1256, with a reverse map built from TextDecoder over bytes 0x80-0xFF. */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const reverse = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b += 1) reverse.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const byte = reverse.get(ch);
      if (byte === undefined) throw new Error(`no windows-1256 byte for ${ch}`);
      out.push(byte);
    }
  }
  return new Uint8Array(out);
}

/** Encodes text as UTF-16 in either byte order, with or without a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const code = units.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = code & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = code >> 8;
  }
  return out;
}
