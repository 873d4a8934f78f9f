// A ZIP archive read defensively, for uploads: the central directory first, then only the entries
// asked for, each inflated in small steps and stopped as soon as it grows past its declared size.
// So a ZIP bomb is refused from its directory before anything is inflated, and an archive that
// lies about its sizes is refused after at most the declared size (which the caller has bounded)
// plus one step. fflate does the inflating; this file only reads the directory (PKWARE APPNOTE
// 4.3.7, 4.3.12, 4.3.16), which fflate's unzip does not expose with the entries' offsets.
import { Inflate } from "fflate";

/** The archive is not one this reader takes: damaged, encrypted, Zip64, or too large. */
export class ZipRefused extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (anything else is refused when read). */
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory declares (not to be trusted). */
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Compressed bytes given to the inflater at a time: at most ~1 000 times as many come out. */
const STEP = 4 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function need(condition: boolean, why: string): asserts condition {
  if (!condition) throw new ZipRefused(why);
}

/** The entries the central directory lists, with their declared sizes; nothing is inflated. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= 0 && at >= bytes.length - EOCD_SIZE - MAX_COMMENT; at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  need(eocd >= 0, "no end of central directory");
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  need(u16(bytes, eocd + 4) === 0 && u16(bytes, eocd + 6) === 0 && u16(bytes, eocd + 8) === count, "multi-disk archive");
  need(count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff, "Zip64 archive");
  need(offset + size <= eocd, "central directory out of bounds");

  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(at + 46 <= offset + size && u32(bytes, at) === CENTRAL, "damaged central directory");
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    need(next <= offset + size, "damaged central directory");
    const entry: ZipEntry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    need(entry.compressedSize !== 0xffffffff && entry.size !== 0xffffffff && entry.localHeaderOffset !== 0xffffffff, "Zip64 entry");
    entries.push(entry);
    at = next;
  }
  return entries;
}

/**
 * One entry's content. Refused when it declares more than `limit` bytes, is encrypted or
 * compressed other than by deflate, or when its data yields more (or fewer) bytes than it declares.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  need(entry.size <= limit, `${entry.name} declares ${entry.size} bytes`);
  need((entry.flags & 0x1) === 0, "encrypted entry");
  const local = entry.localHeaderOffset;
  need(local + 30 <= bytes.length && u32(bytes, local) === LOCAL, "damaged local header");
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  need(start + entry.compressedSize <= bytes.length, "entry out of bounds");
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    need(data.length === entry.size, "stored entry of another size than declared");
    return data.slice();
  }
  need(entry.method === 8, "unknown compression method");

  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    // The declared size is a lie: stop here, before inflating any further.
    need(total <= entry.size, `${entry.name} inflates to more than the ${entry.size} bytes it declares`);
    chunks.push(chunk);
    ended = final;
  });
  try {
    for (let i = 0; i < data.length && !ended; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused(`damaged deflate data in ${entry.name}`);
  }
  need(ended && total === entry.size, `${entry.name} inflates to another size than declared`);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
