import { photoUploadProblem, type PhotoUpload } from "../rules/claim-photos"
import { sniffPhotoKind } from "../rules/photo-types"

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(Buffer.from(p, "latin1")) : p)))

/** An ISO-BMFF `ftyp` box: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + compatible.length * 4
  return bytes([0, 0, 0, size], "ftyp", major, [0, 0, 0, 0], compatible.join(""), [0, 0, 0, 8], "meta")
}

describe("R11.4 a photo's kind is read from its bytes", () => {
  it("R11.4 JPEG, PNG, WebP and HEIC/HEIF by their signatures", () => {
    expect(sniffPhotoKind(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("jpeg")
    expect(sniffPhotoKind(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("png")
    expect(sniffPhotoKind(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "))).toBe("webp")
    expect(sniffPhotoKind(ftyp("heic", "mif1", "heic"))).toBe("heic")
    // An iPhone's HEIF says mif1 first, a HEIC sequence hevc.
    expect(sniffPhotoKind(ftyp("mif1", "heic", "miaf"))).toBe("heic")
    expect(sniffPhotoKind(ftyp("hevc", "msf1"))).toBe("heic")
  })

  it("R11.4 anything else is not a photo: an executable, a PDF, an MP4, an AVIF, a GIF, text, nothing", () => {
    expect(sniffPhotoKind(bytes([0x7f], "ELF", [2, 1, 1, 0]))).toBeNull()
    expect(sniffPhotoKind(bytes("MZ", [0x90, 0, 3, 0]))).toBeNull()
    expect(sniffPhotoKind(bytes("%PDF-1.7\n"))).toBeNull()
    expect(sniffPhotoKind(ftyp("isom", "iso2", "mp41"))).toBeNull()
    expect(sniffPhotoKind(ftyp("avif", "mif1", "miaf"))).toBeNull()
    expect(sniffPhotoKind(ftyp("mif1", "avif"))).toBeNull()
    expect(sniffPhotoKind(bytes("GIF89a", [1, 0, 1, 0]))).toBeNull()
    expect(sniffPhotoKind(bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "))).toBeNull()
    expect(sniffPhotoKind(bytes("<svg xmlns="))).toBeNull()
    expect(sniffPhotoKind(bytes([0xff, 0xd8]))).toBeNull()
    expect(sniffPhotoKind(new Uint8Array())).toBeNull()
  })
})

describe("R11.4 who may add photos, when, and how many", () => {
  const shopper: PhotoUpload = {
    actor: "customer",
    stage: "filing",
    status: "submitted",
    ticket_number: "WR-000001",
    names: ["a.jpg"],
    filing_count: 0,
    max_claim_photos: 6,
  }

  it("R11.4 the shopper adds filing photos while the claim is submitted, up to the limit", () => {
    expect(photoUploadProblem(shopper)).toBeNull()
    expect(photoUploadProblem({ ...shopper, names: ["1", "2"], filing_count: 4 })).toBeNull()
    expect(photoUploadProblem({ ...shopper, names: ["5.jpg", "6.jpg", "7.jpg"], filing_count: 4 })).toEqual({
      kind: "invalid",
      message: 'files: "7.jpg" is one photo too many: a claim takes at most 6 photos (it has 4)',
    })
    expect(photoUploadProblem({ ...shopper, max_claim_photos: 0 })?.message).toMatch(/"a\.jpg" is one photo too many/)
    expect(photoUploadProblem({ ...shopper, status: "received" })).toEqual({
      kind: "not_allowed",
      message: 'Photos can be added to claim WR-000001 only until the service receives the device; it is "received".',
    })
    expect(photoUploadProblem({ ...shopper, stage: "intake" })?.message).toMatch(/^stage:/)
    expect(photoUploadProblem({ ...shopper, names: [] })?.message).toMatch(/^files: no photo was sent/)
  })

  it("R11.4 staff add intake and diagnosis photos at any status, with no shopper limit; never filing photos", () => {
    const staff: PhotoUpload = { ...shopper, actor: "admin", stage: "intake", status: "diagnosing", filing_count: 6 }
    expect(photoUploadProblem(staff)).toBeNull()
    expect(photoUploadProblem({ ...staff, stage: "diagnosis", status: "closed" })).toBeNull()
    expect(photoUploadProblem({ ...staff, stage: "filing" })).toEqual({ kind: "invalid", message: "stage: staff add photos at intake or diagnosis" })
  })
})
