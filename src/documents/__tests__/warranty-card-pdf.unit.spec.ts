import { renderWarrantyCardPdf, WarrantyCardDocumentInput } from "../warranty-card-pdf"
import { LOCALES, texts } from "../../i18n"
import { formatDay } from "../pdf-common"
import { norm, pageTextsOf, textOf, writeSamples } from "./pdf-test-utils"

// A page that does not fit is drawn again at a smaller scale: a few renders each, on a busy machine.
jest.setTimeout(60_000)

const device: WarrantyCardDocumentInput = {
  shop_name: "Swipe Refurbished",
  card_number: "WC-2025-000042",
  order_display_id: 1042,
  order_id: "order_01JTEST",
  customer_name: "Ștefan Țăranu",
  product_title: "iPhone 13 Pro",
  variant_title: "Sierra Blue / 256 GB",
  sku: "IP13P-256-SB",
  serial_number: "356789104512347",
  months: 24,
  battery_days: 90,
  battery_threshold: 85,
  coverage: "full",
  kind: "device",
  delivery_kind: "courier",
  status: "active",
  issued_at: new Date("2025-05-14T09:30:00Z"),
  starts_on: "2025-05-14",
  ends_on: "2027-05-14",
  battery_ends_on: "2025-08-12",
  oem_battery_model: false,
  sale_battery_health: 88,
  battery_records: [
    { percent: 88, measured_at: "2025-05-13T10:00:00Z", source: "sale", battery_kind: "original" },
    { percent: 86, measured_at: "2025-07-01T10:00:00Z", source: "intake", battery_kind: "original" },
  ],
}

const accessory: WarrantyCardDocumentInput = {
  ...device,
  card_number: "WC-2025-000043",
  product_title: "USB-C charging cable 1 m",
  variant_title: null,
  sku: "CBL-USBC-1M",
  serial_number: null,
  coverage: "manufacturing_defects",
  kind: "accessory",
  // R5.2: an accessory's policy has no battery warranty.
  battery_days: 0,
  battery_ends_on: null,
  sale_battery_health: null,
  battery_records: [],
}

const oemDevice: WarrantyCardDocumentInput = {
  ...device,
  card_number: "WC-2025-000044",
  product_title: "iPhone 12 Pro",
  serial_number: "353912110987654",
  oem_battery_model: true,
  sale_battery_health: null,
  battery_records: [
    { percent: null, measured_at: "2025-05-13T10:00:00Z", source: "sale", battery_kind: "oem" },
  ],
}

const pendingPickup: WarrantyCardDocumentInput = {
  ...device,
  card_number: "WC-2025-000045",
  delivery_kind: "pickup",
  status: "pending",
  issued_at: null,
  starts_on: null,
  ends_on: null,
  battery_ends_on: null,
  serial_number: null,
  battery_records: [],
}

/** The longest card: OEM note, 5 readings of 7, start rule, long names everywhere. */
const longest: WarrantyCardDocumentInput = {
  ...oemDevice,
  shop_name: "Swipe Refurbished Phones & Accessories — Magazinul din Cluj-Napoca, Strada Memorandumului",
  card_number: "SWIPECLJ-2025-0001234567",
  order_display_id: "10423456789",
  customer_name: "Maria-Magdalena Ștefănescu-Țăranu Constantinescu-Brâncoveanu",
  product_title: "iPhone 12 Pro Max 512 GB Pacific Blue, recondiționat grad A+, cu încărcător original",
  variant_title: "Pacific Blue / 512 GB / Grad A+ / Dual SIM (nano + eSIM)",
  sku: "IP12PM-512-PB-A-PLUS-DUALSIM-2025",
  status: "pending",
  delivery_kind: "courier",
  issued_at: null,
  starts_on: null,
  ends_on: null,
  battery_ends_on: null,
  battery_records: [70, 71, 72, 73, 74, 75, 76].map((percent, i) => ({
    percent: i === 6 ? null : percent,
    measured_at: new Date(Date.UTC(2025, 5, 1 + i, 9)),
    source: ["sale", "intake", "repair", "customer_report"][i % 4],
    battery_kind: i % 2 ? "oem" : "original",
  })),
}

describe("warranty card PDF (R1.3)", () => {
  // Sample files for a visual check, only on request: WARRANTY_CARD_PDF_SAMPLES=1.
  afterAll(() =>
    writeSamples("WARRANTY_CARD_PDF_SAMPLES", {
      "card-ro.pdf": () => renderWarrantyCardPdf(oemDevice, "ro"),
      "card-en.pdf": () => renderWarrantyCardPdf(oemDevice, "en"),
      "card-accessory-ro.pdf": () => renderWarrantyCardPdf(accessory, "ro"),
      "card-pending-en.pdf": () => renderWarrantyCardPdf(pendingPickup, "en"),
      "card-longest-ro.pdf": () => renderWarrantyCardPdf(longest, "ro"),
    })
  )

  it("R1.3 renders a PDF with the card number, product, IMEI and end date (R1.2, R3.4)", async () => {
    const pdf = await renderWarrantyCardPdf(device, "en")
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    const { text, parsed } = await textOf(pdf)
    expect(parsed.numpages).toBeLessThanOrEqual(2)
    expect(text).toContain("WC-2025-000042")
    expect(text).toContain("iPhone 13 Pro")
    expect(text).toContain("Sierra Blue / 256 GB")
    expect(text).toContain("IP13P-256-SB")
    expect(text).toContain("356789104512347")
    expect(text).toContain("2027-05-14")
    expect(text).toContain("valid through the whole end day")
    expect(text).toContain("#1042")
    expect(String(parsed.info.Title)).toContain("WC-2025-000042")
  })

  it("R1.3 Romanian card shows dates as DD.MM.YYYY and keeps the diacritics (R5.1 Fantă SIM)", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(device, "ro"))
    expect(text).toContain("Certificat de garanție")
    expect(text).toContain("Număr card")
    expect(text).toContain("WC-2025-000042")
    expect(text).toContain("356789104512347")
    expect(text).toContain("14.05.2027")
    expect(text).toContain("Ștefan Țăranu")
    expect(text).toContain("Fantă SIM")
    expect(text).toContain("Ecran tactil funcțional")
    expect(text).toContain("24 de luni")
  })

  it("R5.3 the Romanian card states that the consumer's statutory rights are not affected", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(device, "ro"))
    expect(text).toContain("drepturile dumneavoastră în calitate de consumator")
    expect(text).toContain("garanția legală de conformitate")
  })

  it("R5.3 the English card states that the consumer's statutory rights are not affected", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(device, "en"))
    expect(text).toContain("does not affect your statutory rights")
  })

  it("R4.1 R4.6 shows the battery terms, battery end date, health at sale and readings", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(device, "en"))
    expect(text).toContain("under warranty for 90 days")
    expect(text).toContain("under 85%")
    expect(text).toContain("2025-08-12")
    expect(text).toContain("88%")
    expect(text).toContain("86%")
    expect(text).toContain("At service intake")
  })

  it("R4.6 lists at most the 5 latest battery readings, newest first", async () => {
    const records = [80, 81, 82, 83, 84, 85, 86].map((percent, i) => ({
      percent,
      measured_at: new Date(Date.UTC(2025, 0, 10 + i, 10)),
      source: "intake",
      battery_kind: "original",
    }))
    const { text } = await textOf(
      await renderWarrantyCardPdf({ ...device, sale_battery_health: 90, battery_records: records }, "en")
    )
    for (const shown of ["82%", "83%", "84%", "85%", "86%"]) {
      expect(text).toContain(shown)
    }
    expect(text).not.toContain("80%")
    expect(text).not.toContain("81%")
    expect(text.indexOf("86%")).toBeLessThan(text.indexOf("82%"))
  })

  it("R5.2 an accessory card lists manufacturing defects and its exclusions, not the phone functions", async () => {
    const en = (await textOf(await renderWarrantyCardPdf(accessory, "en"))).text
    expect(en).toContain("Manufacturing defects")
    expect(en).toContain("Not covered: wear")
    expect(en).not.toContain("Touch screen")
    expect(en).not.toContain("touch screen")
    const ro = (await textOf(await renderWarrantyCardPdf(accessory, "ro"))).text
    expect(ro).toContain("Defecte de fabricație")
    expect(ro).toContain("Nu sunt acoperite")
    expect(ro).not.toContain("Ecran tactil")
  })

  it("R1.2 a card without a serial/IMEI says the shop will set it", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(accessory, "en"))
    expect(text).toContain("To be set by the shop")
  })

  it("R4.5 an OEM-battery model card includes the OEM battery note", async () => {
    for (const locale of LOCALES) {
      const { text } = await textOf(await renderWarrantyCardPdf(oemDevice, locale))
      expect(text).toContain(norm(texts(locale).warranty.oem_battery_note))
    }
    const plain = (await textOf(await renderWarrantyCardPdf(device, "en"))).text
    expect(plain).not.toContain(norm(texts("en").warranty.oem_battery_note))
  })

  it("R3.1 R3.3 a pending pickup card with no start date says it starts at handover", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(pendingPickup, "en"))
    expect(text).toContain("Pending")
    expect(text).toContain(norm(texts("en").card.start_rule.pickup))
    expect(text).toContain("not started yet")
  })

  it("R3.2 R3.3 a pending courier card with no start date says it starts when the card is issued", async () => {
    const { text } = await textOf(
      await renderWarrantyCardPdf({ ...pendingPickup, delivery_kind: "courier" }, "ro")
    )
    expect(text).toContain("În așteptare")
    expect(text).toContain(norm(texts("ro").card.start_rule.courier))
  })

  it("R1.3 the longest card (long names, OEM note, 7 readings, start rule) fits one page, in every language", async () => {
    for (const locale of LOCALES) {
      const { text, parsed } = await textOf(await renderWarrantyCardPdf(longest, locale))
      expect(parsed.numpages).toBe(1)
      expect(text).toContain("SWIPECLJ-2025-0001234567")
      expect(text).toContain(norm(texts(locale).card.start_rule.courier))
      expect(text).toContain(norm(texts(locale).warranty.statutory_rights))
      expect(text).toContain(norm(texts(locale).warranty.power_requirements))
    }
  })

  it("R1.3 a card too long for one page moves whole sections to the next page, never half a box", async () => {
    const huge: WarrantyCardDocumentInput = {
      ...longest,
      product_title: Array.from({ length: 12 }, () => longest.product_title).join(" / "),
      customer_name: Array.from({ length: 6 }, () => longest.customer_name).join(" "),
    }
    const pages = await pageTextsOf(await renderWarrantyCardPdf(huge, "ro"))
    expect(pages.length).toBe(2)
    const t = texts("ro")
    // Each box lies on one page, whole: its title and its last words together.
    const boxes = [
      [t.card.document.start_rule_title, t.card.start_rule.courier],
      [t.card.document.battery_title, t.card.battery_source.repair],
      [t.card.document.oem_title, t.warranty.oem_battery_note],
      [t.card.document.coverage_title, t.defect.sim_slot],
      [t.card.document.statutory_title, t.warranty.statutory_rights],
    ]
    for (const [title, body] of boxes) {
      const tail = norm(body).split(" ").slice(-4).join(" ")
      const page = pages.findIndex((p) => p.includes(norm(title)))
      expect({ title, page, whole: page >= 0 && pages[page].includes(tail) }).toEqual({ title, page, whole: true })
    }
  })

  it("R4 R5.2 a card without a battery (an accessory) prints no battery terms, dates or readings", async () => {
    for (const locale of LOCALES) {
      const t = texts(locale)
      const withReadings: WarrantyCardDocumentInput = {
        ...accessory,
        oem_battery_model: true,
        battery_ends_on: "2025-08-12",
        battery_records: [{ percent: 64, measured_at: "2025-07-01T10:00:00Z", source: "intake", battery_kind: "original" }],
      }
      const { text, parsed } = await textOf(await renderWarrantyCardPdf(withReadings, locale))
      expect(parsed.numpages).toBe(1)
      expect(text).toContain("USB-C charging cable 1 m")
      for (const absent of [
        t.card.document.battery_title,
        t.card.document.battery_ends_on,
        t.card.document.readings,
        t.card.document.oem_title,
        norm(t.warranty.battery_terms(withReadings.battery_days, withReadings.battery_threshold)),
        "64%",
        formatDay("2025-08-12", locale),
      ]) {
        expect(text).not.toContain(absent)
      }
    }
  })

  it("R4 an accessory with a battery cover of its own (a power bank) keeps its battery lines", async () => {
    const powerBank: WarrantyCardDocumentInput = { ...accessory, product_title: "Power bank 10000 mAh", battery_days: 180, battery_ends_on: "2025-11-10" }
    const { text } = await textOf(await renderWarrantyCardPdf(powerBank, "en"))
    expect(text).toContain(texts("en").card.document.battery_title)
    expect(text).toContain("2025-11-10")
  })

  it("R10 shows the power requirements as a footnote", async () => {
    const { text } = await textOf(await renderWarrantyCardPdf(device, "ro"))
    expect(text).toContain("prize cu împământare, 220 V")
  })
})
