import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import exifr from "exifr"
import sharp from "sharp"
import { ok, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, refused, registerShopper, Shopper } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"

jest.setTimeout(240 * 1000)

type Upload = { name: string; bytes: Buffer; type?: string }
type Answer = { status: number; data: any; headers: Headers; bytes: Buffer }

/** A JPEG with a GPS position in its EXIF (as a phone writes it), turned by EXIF orientation 6. */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "TestPhone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "44/1 25/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "26/1 6/1 0/1" },
    })
    .toBuffer()
}

const png = (w = 30, h = 30) => sharp({ create: { width: w, height: h, channels: 3, background: "#2255aa" } }).png().toBuffer()
const webp = () => sharp({ create: { width: 500, height: 400, channels: 3, background: "#22aa55" } }).webp().toBuffer()
/** A tiny HEIC made with libheif's heif-enc (HEVC: sharp's own libvips cannot read it). */
const HEIC = readFileSync(path.join(__dirname, "../fixtures/photos/defect.heic"))
/** The first bytes of a Linux executable, named like a photo. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(200, 1)])
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

/**
 * Where the local file provider keeps private files (medusa-config.ts reads PRIVATE_UPLOAD_DIR when
 * the runner boots the app): a folder of this suite's own, outside `static/`, removed at the end.
 */
const PRIVATE_DIR = mkdtempSync(path.join(os.tmpdir(), "warranty-photos-"))
process.env.PRIVATE_UPLOAD_DIR = PRIVATE_DIR
afterAll(() => rmSync(PRIVATE_DIR, { recursive: true, force: true }))
const privateFiles = () => {
  try {
    return readdirSync(PRIVATE_DIR).length
  } catch {
    return 0
  }
}

/**
 * Evidence photos (issue 11 s.1; R11.4, R6.7): the shopper attaches photos of the defect when
 * filing, staff at intake and diagnosis; checked by content, cleaned of metadata (EXIF GPS),
 * stored private through Medusa's File Module and served only to the claim's shopper and staff.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { user: { id: string }; headers: Record<string, string> }
    let ana: Shopper
    let bob: Shopper
    let cards: string[] = []

    // A machine shared with other suites can be slow to run the order subscribers.
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 60_000 })
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)

    /** A raw HTTP call (multipart bodies, image bytes) against the test app. */
    async function call(method: "GET" | "POST", url: string, headers: Record<string, string>, body?: FormData | string): Promise<Answer> {
      const res = await fetch(`${api.defaults.baseURL}${url}`, { method, headers, body })
      const bytes = Buffer.from(await res.arrayBuffer())
      const json = (res.headers.get("content-type") ?? "").includes("json")
      return { status: res.status, data: json ? JSON.parse(bytes.toString("utf8")) : null, headers: res.headers, bytes }
    }

    const form = (files: Upload[], fields: Record<string, string> = {}) => {
      const f = new FormData()
      for (const [k, v] of Object.entries(fields)) {
        f.append(k, v)
      }
      for (const file of files) {
        f.append("files", new Blob([file.bytes], { type: file.type ?? "image/jpeg" }), file.name)
      }
      return f
    }

    const pk = () => ({ "x-publishable-api-key": shop.publishable_key })
    const storeUpload = (who: Shopper | null, id: string, files: Upload[]) =>
      call("POST", `/store/warranty-claims/${id}/photos`, who ? who.headers : pk(), form(files))
    const adminUpload = (id: string, files: Upload[], fields: Record<string, string>) =>
      call("POST", `/admin/warranty-claims/${id}/photos`, admin.headers, form(files, fields))

    async function filed() {
      const card = cards.shift()
      if (!card) {
        throw new Error("test setup: out of cards")
      }
      const r = await ana.warranty.claims.create({
        warranty_card_id: card,
        defects: ["display"],
        description: "The screen cracked by itself",
        delivery_method: "drop_off",
        acknowledgements: ACKS,
      })
      return r.warranty_claim.id as string
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 13", variants: ["128GB"], price: 2000, stock: 40 }])
      admin = (await createAdmin(container)) as typeof admin
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
      cards = (await desk.shippedOrder(ana, shop.products["iPhone 13"].variants["128GB"], 12)).cards.map((c) => c.id)
    })

    describe("R11.4 the shopper's filing photos", () => {
      it("R11.4 JPEG, PNG, WebP and HEIC are stored cleaned: GPS gone, orientation applied, HEIC as JPEG, each with a WebP thumbnail", async () => {
        const id = await filed()
        const gps = await jpegWithGps()
        expect((await exifr.gps(gps))?.latitude).toBeCloseTo(44.4167, 3)
        expect((await sharp(gps).metadata()).orientation).toBe(6)

        const added = await ana.warranty.claims.addPhotos(id, [
          new File([gps], "IMG_0001.jpg", { type: "image/jpeg" }),
          new File([await png()], "screenshot.png", { type: "image/png" }),
          new File([await webp()], "crack.webp", { type: "image/webp" }),
          new File([HEIC], "IMG_0002.HEIC", { type: "image/heic" }),
        ])
        expect(added.count).toBe(4)
        expect(added.claim_photos.map((p) => [p.original_name, p.stage, p.content_type, p.added_by])).toEqual([
          ["IMG_0001.jpg", "filing", "image/jpeg", "customer"],
          ["screenshot.png", "filing", "image/png", "customer"],
          ["crack.webp", "filing", "image/webp", "customer"],
          ["IMG_0002.HEIC", "filing", "image/jpeg", "customer"],
        ])
        // Orientation 6 (turn right) is applied to the pixels: the 40x20 shot stands 20x40.
        expect(added.claim_photos[0]).toMatchObject({ width: 20, height: 40 })
        expect(added.claim_photos[3]).toMatchObject({ width: 64, height: 48 })

        const [jpeg, , wp, heic] = added.claim_photos
        const image = await call("GET", jpeg.url, ana.headers)
        expect(image.status).toBe(200)
        expect(image.headers.get("content-type")).toBe("image/jpeg")
        expect(image.headers.get("cache-control")).toMatch(/^private/)
        expect(image.headers.get("x-content-type-options")).toBe("nosniff")
        expect(image.bytes.length).toBe(jpeg.size)
        // Every metadata block is gone: no EXIF (so no GPS, no maker), no XMP, no IPTC.
        expect(await exifr.gps(image.bytes)).toBeUndefined()
        const meta = await sharp(image.bytes).metadata()
        expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined])

        const fromHeic = await call("GET", heic.url, ana.headers)
        expect(fromHeic.headers.get("content-type")).toBe("image/jpeg")
        expect((await sharp(fromHeic.bytes).metadata()).format).toBe("jpeg")

        const thumb = await call("GET", wp.thumbnail_url, ana.headers)
        expect(thumb.status).toBe(200)
        expect(thumb.headers.get("content-type")).toBe("image/webp")
        expect(thumb.headers.get("cache-control")).toMatch(/^private/)
        const small = await sharp(thumb.bytes).metadata()
        expect([small.format, small.width, small.height]).toEqual(["webp", 320, 256])

        // The client fetches the bytes with the shopper's token (no token in a URL).
        const blob = await ana.warranty.claims.photo(id, heic.id, { thumbnail: true })
        expect(blob.type).toBe("image/webp")
        expect((await ana.warranty.claims.photos(id)).claim_photos.map((p) => p.id)).toEqual(added.claim_photos.map((p) => p.id))
      })

      it("R11.4 the claim's log records who added which photo; the shopper's timeline shows it", async () => {
        const id = await filed()
        const version = (await desk.adminClaim(id)).version
        const { claim_photos } = await ana.warranty.claims.addPhotos(id, [new File([await png()], "back.png")])
        const after = await desk.adminClaim(id)
        // Not a move: the claim's status and version stay.
        expect([after.status, after.version]).toEqual(["submitted", version])
        const events = after.events
        const line = events.find((e: { move: string }) => e.move === "add_photos")
        expect(line).toMatchObject({
          actor: "customer",
          actor_id: ana.id,
          from_status: "submitted",
          to_status: "submitted",
          visible_to_customer: true,
          data: { stage: "filing", photos: [{ id: claim_photos[0].id, original_name: "back.png" }] },
        })
        const { warranty_claim } = await ana.warranty.claims.retrieve(id, { locale: "en" })
        expect(warranty_claim.timeline.map((t) => t.label)).toContain("Photos added")
      })

      it("R11.4 another shopper gets 404 for the list, the image and an upload; nobody logged in gets 401", async () => {
        const id = await filed()
        const { claim_photos } = await ana.warranty.claims.addPhotos(id, [new File([await png()], "a.png")])
        const photo = claim_photos[0]
        expect((await refused(bob.warranty.claims.photos(id))).status).toBe(404)
        expect((await call("GET", photo.url, bob.headers)).status).toBe(404)
        expect((await call("GET", photo.thumbnail_url, bob.headers)).status).toBe(404)
        expect((await storeUpload(bob, id, [{ name: "b.png", bytes: await png() }])).status).toBe(404)
        // Bob's own claim id with Ana's photo id: still no photo.
        expect((await call("GET", `/store/warranty-claims/${id}/photos/wcph_unknown`, ana.headers)).status).toBe(404)

        expect((await call("GET", `/store/warranty-claims/${id}/photos`, pk())).status).toBe(401)
        expect((await call("GET", photo.url, pk())).status).toBe(401)
        expect((await call("GET", photo.thumbnail_url, pk())).status).toBe(401)
        expect((await storeUpload(null, id, [{ name: "c.png", bytes: await png() }])).status).toBe(401)
        expect((await call("GET", `/admin/warranty-claims/${id}/photos/${photo.id}`, {})).status).toBe(401)
        expect((await ana.warranty.claims.photos(id)).count).toBe(1)
      })

      it("R11.4 the stored file is at no public URL: the provider's URL (static/) answers no image", async () => {
        const id = await filed()
        const before = privateFiles()
        const { claim_photos } = await ana.warranty.claims.addPhotos(id, [new File([await png()], "a.png")])
        const [row] = await warranty().listClaimPhotographs({ id: claim_photos[0].id })
        // Random names that say nothing of the claim or the shopper, stored private.
        expect(row.file_id).toMatch(/^private-\d+-warranty-photo-[0-9a-f-]{36}\.png$/)
        expect(row.thumbnail_file_id).toMatch(/^private-\d+-warranty-photo-[0-9a-f-]{36}-thumb\.webp$/)
        expect(privateFiles()).toBe(before + 2)

        const files = container.resolve(Modules.FILE)
        for (const fileId of [row.file_id, row.thumbnail_file_id]) {
          const { url } = await files.retrieveFile(fileId)
          const r = await call("GET", new URL(url).pathname, {})
          expect(r.status).toBe(404)
          expect(r.headers.get("content-type") ?? "").not.toMatch(/^image\//)
        }
        expect((await call("GET", `/static/${row.file_id}`, {})).status).toBe(404)
        // Through the plugin's route, the shopper gets it.
        expect((await call("GET", claim_photos[0].url, ana.headers)).headers.get("content-type")).toBe("image/png")
      })
    })

    describe("R11.4 what is refused (400 naming the file or field)", () => {
      it("R11.4 a renamed executable and a PDF are refused by content, naming the file; nothing is stored", async () => {
        const id = await filed()
        const before = privateFiles()
        const exe = await storeUpload(ana, id, [
          { name: "ok.png", bytes: await png(), type: "image/png" },
          { name: "defect.jpg", bytes: ELF, type: "image/jpeg" },
        ])
        expect(exe.status).toBe(400)
        expect(exe.data.message).toMatch(/^files: "defect\.jpg" is not a photo: send JPEG, PNG, WebP or HEIC\/HEIF images/)
        const pdf = await storeUpload(ana, id, [{ name: "receipt.png", bytes: PDF, type: "image/png" }])
        expect(pdf.status).toBe(400)
        expect(pdf.data.message).toMatch(/"receipt\.png" is not a photo/)
        // A JPEG's first bytes and nothing readable after them.
        const broken = await storeUpload(ana, id, [{ name: "half.jpg", bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }])
        expect(broken.status).toBe(400)
        expect(broken.data.message).toMatch(/"half\.jpg" could not be read as a JPEG image/)
        expect((await ana.warranty.claims.photos(id)).count).toBe(0)
        expect(privateFiles()).toBe(before)
      })

      it("R11.4 a file over photo_max_bytes (10 MB) is a 400 naming it", async () => {
        const id = await filed()
        const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024, 7)])
        const r = await storeUpload(ana, id, [{ name: "huge.png", bytes: big, type: "image/png" }])
        expect(r.status).toBe(400)
        expect(r.data.message).toBe('files: "huge.png" is larger than 10 MB')
      })

      it("R11.4 at most max_claim_photos (6) from the shopper: the seventh is a 400 naming it", async () => {
        const id = await filed()
        const four = await Promise.all([1, 2, 3, 4].map(async (n) => ({ name: `p${n}.png`, bytes: await png(10 + n, 10) })))
        expect((await storeUpload(ana, id, four)).status).toBe(200)
        const three = await Promise.all([5, 6, 7].map(async (n) => ({ name: `p${n}.png`, bytes: await png(10 + n, 10) })))
        const r = await storeUpload(ana, id, three)
        expect(r.status).toBe(400)
        expect(r.data.message).toBe('files: "p7.png" is one photo too many: a claim takes at most 6 photos (it has 4)')
        expect((await storeUpload(ana, id, three.slice(0, 2))).status).toBe(200)
        expect((await ana.warranty.claims.photos(id)).count).toBe(6)
      })

      it("R11.4 no file, a wrong field, malformed multipart and JSON are 400s", async () => {
        const id = await filed()
        const none = await call("POST", `/store/warranty-claims/${id}/photos`, ana.headers, new FormData())
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/^files: send the photos as multipart\/form-data/)

        const other = new FormData()
        other.append("picture", new Blob([await png()]), "a.png")
        const wrong = await call("POST", `/store/warranty-claims/${id}/photos`, ana.headers, other)
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toBe('picture: photos go in the field "files"')

        const garbage = '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff'
        const malformed = await call("POST", `/store/warranty-claims/${id}/photos`, { ...ana.headers, "content-type": "multipart/form-data; boundary=xyz" }, garbage)
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/^The upload is not valid multipart\/form-data/)

        const noBoundary = await call("POST", `/store/warranty-claims/${id}/photos`, { ...ana.headers, "content-type": "multipart/form-data" }, "x")
        expect(noBoundary.status).toBe(400)

        const json = await call("POST", `/store/warranty-claims/${id}/photos`, { ...ana.headers, "content-type": "application/json" }, "{}")
        expect(json.status).toBe(400)
      })

      it("R11.4 once the service has the device, the shopper adds no more photos (staff do)", async () => {
        const id = await filed()
        await ok(desk.move(id, "receive", { original_packaging: true, seals_intact: true }))
        const r = await storeUpload(ana, id, [{ name: "late.png", bytes: await png() }])
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/only until the service receives the device; it is "received"/)
      })
    })

    describe("R11.4 staff photos at intake and diagnosis", () => {
      it("R11.4 staff add photos by stage; the list filters by stage; the shopper sees only those shown to them", async () => {
        const id = await filed()
        await ana.warranty.claims.addPhotos(id, [new File([await png()], "shopper.png")])
        await ok(desk.move(id, "receive", { original_packaging: true, seals_intact: false }))
        const intake = await adminUpload(id, [{ name: "seal.jpg", bytes: await jpegWithGps() }], { stage: "intake" })
        expect(intake.status).toBe(200)
        expect(intake.data.claim_photos[0]).toMatchObject({ stage: "intake", added_by: "admin", actor_id: admin.user.id, visible_to_customer: false })
        const shown = await adminUpload(id, [{ name: "board.png", bytes: await png() }], { stage: "diagnosis", visible_to_customer: "true" })
        expect(shown.data.claim_photos[0]).toMatchObject({ stage: "diagnosis", visible_to_customer: true })

        const all = await call("GET", `/admin/warranty-claims/${id}/photos`, admin.headers)
        expect(all.data.claim_photos.map((p: { stage: string }) => p.stage)).toEqual(["filing", "intake", "diagnosis"])
        const onlyIntake = await call("GET", `/admin/warranty-claims/${id}/photos?stage=intake`, admin.headers)
        expect(onlyIntake.data.claim_photos.map((p: { original_name: string }) => p.original_name)).toEqual(["seal.jpg"])
        const staffImage = await call("GET", intake.data.claim_photos[0].url, admin.headers)
        expect(staffImage.headers.get("content-type")).toBe("image/jpeg")
        expect(await exifr.gps(staffImage.bytes)).toBeUndefined()

        const mine = await ana.warranty.claims.photos(id)
        expect(mine.claim_photos.map((p) => p.original_name)).toEqual(["shopper.png", "board.png"])
        expect((await call("GET", `/store/warranty-claims/${id}/photos/${intake.data.claim_photos[0].id}`, ana.headers)).status).toBe(404)

        const lines = (await desk.adminClaim(id)).events.filter((e: { move: string }) => e.move === "add_photos")
        expect(lines.map((e: { actor: string; visible_to_customer: boolean; data: { stage: string } }) => [e.actor, e.data.stage, e.visible_to_customer])).toEqual([
          ["customer", "filing", true],
          ["admin", "intake", false],
          ["admin", "diagnosis", true],
        ])
        expect(lines[1].actor_name).toBeTruthy()
      })

      it("R11.4 a wrong or missing stage, and a wrong list filter, are 400s naming stage; an unknown claim is 404", async () => {
        const id = await filed()
        for (const fields of [{ stage: "filing" }, { stage: "kitchen" }, {}]) {
          const r = await adminUpload(id, [{ name: "a.png", bytes: await png() }], fields)
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(/stage/)
        }
        const flag = await adminUpload(id, [{ name: "a.png", bytes: await png() }], { stage: "intake", visible_to_customer: "yes" })
        expect(flag.status).toBe(400)
        expect(flag.data.message).toMatch(/visible_to_customer/)
        expect((await call("GET", `/admin/warranty-claims/${id}/photos?stage=kitchen`, admin.headers)).status).toBe(400)
        expect((await adminUpload("wclm_missing", [{ name: "a.png", bytes: await png() }], { stage: "intake" })).status).toBe(404)
        expect((await call("GET", `/admin/warranty-claims/wclm_missing/photos`, admin.headers)).status).toBe(404)
      })

      it("R11.4 a failed database write deletes the files already stored", async () => {
        const id = await filed()
        const before = privateFiles()
        const spy = jest
          .spyOn(warranty(), "recordClaimPhotos")
          .mockRejectedValueOnce(new MedusaError(MedusaError.Types.DB_ERROR, "the database went away"))
        try {
          const r = await adminUpload(id, [{ name: "a.png", bytes: await png() }, { name: "b.png", bytes: await png() }], { stage: "intake" })
          expect(r.status).toBeGreaterThanOrEqual(400)
        } finally {
          spy.mockRestore()
        }
        expect(privateFiles()).toBe(before)
        expect((await call("GET", `/admin/warranty-claims/${id}/photos`, admin.headers)).data.count).toBe(0)
      })
    })
  },
})
