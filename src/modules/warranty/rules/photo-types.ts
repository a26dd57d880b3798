/**
 * R11.4: what a claim photo is, read from its first bytes (never from its name or the declared
 * type). Phones shoot JPEG or HEIC/HEIF; screenshots are PNG; browsers make WebP.
 */
export type PhotoKind = "jpeg" | "png" | "webp" | "heic"

/** ISO-BMFF brands of HEIC/HEIF stills and sequences (an AVIF says `avif`, not one of these). */
const HEIF_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"])

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

export function sniffPhotoKind(bytes: Uint8Array): PhotoKind | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return "jpeg"
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) {
    return "png"
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") {
    return "webp"
  }
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === "ftyp") {
    // The ftyp box: size, "ftyp", major brand, minor version, then compatible brands.
    const boxSize = Math.min(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0, bytes.length, 256)
    const brands = [ascii(bytes, 8, 12)]
    for (let at = 16; at + 4 <= boxSize; at += 4) {
      brands.push(ascii(bytes, at, at + 4))
    }
    if (!brands.includes("avif") && brands.some((b) => HEIF_BRANDS.has(b))) {
      return "heic"
    }
  }
  return null
}
