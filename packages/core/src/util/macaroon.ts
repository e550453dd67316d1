// The binary (v2) macaroon layout, as PyPI API tokens carry it after `pypi-` in base64url: a version byte 2,
// then fields of a varint type, a varint length and that many bytes. The root section is an optional location
// (type 1), an identifier (type 2) and an end marker (0); each caveat is an optional location, an identifier
// and an optional verification id (type 4), then 0; a further 0 closes the caveats, and the signature (type 6)
// of exactly 32 bytes ends the token. A random string of the token's alphabet almost never decodes to that.

const EOS = 0;
const LOCATION = 1;
const IDENTIFIER = 2;
const VID = 4;
const SIGNATURE = 6;

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  varint(): number | undefined {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) return undefined;
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
    }
    return undefined;
  }

  /** One field: its type and (but for the end marker) its data length; undefined when the bytes run out. */
  field(): { type: number; length: number } | undefined {
    const type = this.varint();
    if (type === undefined) return undefined;
    if (type === EOS) return { type, length: 0 };
    const length = this.varint();
    if (length === undefined || this.at + length > this.bytes.length) return undefined;
    this.at += length;
    return { type, length };
  }
}

/** Reads one section (root or caveat): [location] identifier [vid] end. */
function section(reader: Reader, allowVid: boolean): boolean {
  let field = reader.field();
  if (field?.type === LOCATION) field = reader.field();
  if (field?.type !== IDENTIFIER || field.length === 0) return false;
  field = reader.field();
  if (allowVid && field?.type === VID) field = reader.field();
  return field?.type === EOS;
}

/** Whether `bytes` is a complete, well-formed v2 binary macaroon with a 32-byte signature. */
export function isMacaroonV2(bytes: Uint8Array): boolean {
  if (bytes[0] !== 2) return false;
  const reader = new Reader(bytes);
  reader.at = 1;
  if (!section(reader, false)) return false;
  for (let caveats = 0; caveats < 64; caveats++) {
    const mark = reader.at;
    if (reader.bytes[mark] === EOS) {
      reader.at++;
      const signature = reader.field();
      return signature?.type === SIGNATURE && signature.length === 32 && reader.at === bytes.length;
    }
    if (!section(reader, true)) return false;
  }
  return false;
}

/** Decodes unpadded base64url (or base64) to bytes, or undefined when it is not valid. */
export function base64UrlBytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_+/-]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) return undefined;
  const normal = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}
