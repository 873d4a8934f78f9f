// Hand-made ZIP archives for the upload tests: entries whose bytes and declared sizes are given as
// they are, so that a test can build a ZIP bomb or an archive that lies about its sizes.
import { once } from "node:events";
import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface CraftedEntry {
  name: string;
  /** The entry's data as stored in the archive (deflated unless `method` is 0). */
  data: Uint8Array;
  /** The uncompressed size the archive declares for it. */
  declaredSize: number;
  method?: 0 | 8;
  crc?: number;
}

/** A deflated entry with its true size. */
export function deflated(name: string, text: string): CraftedEntry {
  const bytes = new TextEncoder().encode(text);
  return { name, data: deflateRawSync(bytes), declaredSize: bytes.length, crc: crc32(bytes) };
}

/**
 * `megabytes` MB of one byte repeated (within an XML sheet's markup), deflated as raw DEFLATE without
 * ever holding it whole: some 1 KB of output per MB.
 */
export async function deflatedFill(head: string, byte: string, megabytes: number, tail: string): Promise<{ data: Uint8Array; size: number }> {
  const z = createDeflateRaw({ level: 9, strategy: constants.Z_RLE });
  const out: Buffer[] = [];
  z.on("data", (c: Buffer) => out.push(c));
  const chunk = Buffer.alloc(1 << 20, byte);
  z.write(head);
  for (let i = 0; i < megabytes; i++) if (!z.write(chunk)) await once(z, "drain");
  z.end(tail);
  await once(z, "end");
  return { data: Buffer.concat(out), size: Buffer.byteLength(head) + megabytes * (1 << 20) + Buffer.byteLength(tail) };
}

/** A ZIP archive of the entries, with the central directory saying what each entry declares. */
export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const method = e.method ?? 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
