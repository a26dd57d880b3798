import { toBuffer } from "bwip-js"
import type { Locale } from "../i18n"
import type { Address } from "../modules/warranty/rules/claim-moves"

/** What the claim's papers share: the ticket's barcode and addresses written out. */

/** Pixels per barcode module: 4 px for a 1 pt module prints at 288 dpi. */
export const BARCODE_SCALE = 4
/** Bar height in millimetres. */
const BARCODE_HEIGHT_MM = 12
/** Code128 wants a quiet zone of at least 10 modules on each side. */
const BARCODE_QUIET_ZONE = 10

/**
 * R6.5: the ticket number as a Code128 barcode, a PNG at BARCODE_SCALE pixels per module.
 * The human-readable number is printed by the document itself, larger than bwip-js would.
 */
export async function renderTicketBarcodePng(ticketNumber: string): Promise<Buffer> {
  return toBuffer({
    bcid: "code128",
    text: ticketNumber,
    scale: BARCODE_SCALE,
    height: BARCODE_HEIGHT_MM,
    paddingwidth: BARCODE_QUIET_ZONE,
    backgroundcolor: "FFFFFF",
  })
}

/** Width and height in pixels, from the PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/**
 * The barcode's size on the page: one module per point (0.35 mm) scans well; narrower only if
 * a long ticket would not fit in `maxWidth`.
 */
export function barcodeBox(png: Buffer, maxWidth: number): { width: number; height: number } {
  const px = pngSize(png)
  const width = Math.min(px.width / BARCODE_SCALE, maxWidth)
  return { width, height: (width * px.height) / px.width }
}

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

/** An address as the lines a letter shows, the country named in the reader's language. */
export function addressLines(address: Address, locale: Locale): string[] {
  const province = address.province?.trim()
  const city = `${address.postal_code} ${address.city}`.trim()
  return [
    address.address_1,
    address.address_2,
    province && province !== address.city.trim() ? `${city}, ${province}` : city,
    countryName(address.country_code, locale),
  ].filter((line): line is string => typeof line === "string" && line.trim() !== "")
}
