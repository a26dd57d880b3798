import decodeHeic from "heic-decode"
import sharp from "sharp"
import type { PhotoKind } from "../../modules/warranty/rules/photo-types"

/** The longest side of a thumbnail, for the dashboard's gallery and the storefront's claim page. */
export const THUMBNAIL_SIZE = 320
export const THUMBNAIL_TYPE = "image/webp"
/** A decompression bomb stops here: 100 megapixels is above any phone's normal shot. */
const MAX_PIXELS = 100_000_000

export type CleanedPhoto = {
  image: Buffer
  content_type: string
  width: number
  height: number
  thumbnail: Buffer
}

/** Raised when the bytes start like an image but do not decode as one. */
export class UnreadablePhotoError extends Error {}

async function source(bytes: Buffer, kind: PhotoKind): Promise<sharp.Sharp> {
  if (kind !== "heic") {
    return sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" })
  }
  // Medusa's sharp build (libvips without HEVC) cannot read HEIC: libheif (wasm) decodes it.
  const images = await decodeHeic.all({ buffer: bytes })
  try {
    const [first] = images
    if (!first || first.width * first.height > MAX_PIXELS) {
      throw new UnreadablePhotoError("too many pixels")
    }
    const { width, height, data } = await first.decode()
    return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } })
  } finally {
    images.dispose()
  }
}

/**
 * R11.4: re-encodes a photo so that nothing but its pixels is stored: every metadata block (EXIF
 * with its GPS position, XMP, IPTC, comments) is dropped, the EXIF orientation is applied to
 * the pixels first so the photo still stands upright. HEIC becomes JPEG (browsers cannot show
 * it); JPEG, PNG and WebP keep their format. Also makes the thumbnail.
 */
export async function cleanPhoto(bytes: Buffer, kind: PhotoKind): Promise<CleanedPhoto> {
  try {
    // sharp writes no metadata unless asked to (keepMetadata/withMetadata): none is asked for.
    const upright = (await source(bytes, kind)).rotate()
    const encoded =
      kind === "png"
        ? upright.png()
        : kind === "webp"
          ? upright.webp({ quality: 90 })
          : upright.jpeg({ quality: 90 })
    const { data: image, info } = await encoded.toBuffer({ resolveWithObject: true })
    const thumbnail = await sharp(image)
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer()
    return {
      image,
      content_type: kind === "png" ? "image/png" : kind === "webp" ? "image/webp" : "image/jpeg",
      width: info.width,
      height: info.height,
      thumbnail,
    }
  } catch (e) {
    throw new UnreadablePhotoError(e instanceof Error ? e.message : String(e))
  }
}
