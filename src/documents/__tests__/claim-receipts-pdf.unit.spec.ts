import { renderHandoverReceiptPdf, type HandoverReceiptInput } from "../handover-receipt-pdf"
import { renderIntakeReceiptPdf, type IntakeReceiptInput } from "../intake-receipt-pdf"
import { LOCALES, texts } from "../../i18n"
import { norm, textOf, writeSamples } from "./pdf-test-utils"

// A page that does not fit is drawn again at a smaller scale: a few renders each, on a busy machine.
jest.setTimeout(60_000)

const shop: IntakeReceiptInput["shop"] = {
  name: "Swipe Refurbished",
  service: {
    name: "Swipe Service",
    address_1: "Str. Siriului 36-40, sector 1",
    postal_code: "014354",
    city: "București",
    country_code: "ro",
    phone: "0720 043 830",
    hours: { opens: "09:00", closes: "18:00" },
  },
}

const intake: IntakeReceiptInput = {
  ticket_number: "WR-2026-000042",
  card_number: "WC-2025-000042",
  product_title: "iPhone 13 Pro",
  variant_title: "Sierra Blue / 256 GB",
  serial_number: "356789104512347",
  customer: { name: "Ștefan Țăranu", phone: "+40 722 123 456" },
  shop,
  delivery_method: "drop_off",
  received_on: "2026-03-09",
  intake: {
    accessories_received: ["USB-C cable", "case"],
    original_packaging: true,
    seals_intact: true,
    damage_notes: "Scratch on the back glass, lower left",
    battery_percent: 87,
  },
  has_battery: true,
  defects: [
    { code: "display", label: "Working display" },
    { code: "speaker", label: "Speaker" },
  ],
  description: "The screen flickers when the phone warms up.",
  due: { on: "2026-03-24", basis: "legal", extended: false },
  terms: { service_days: 30, legal_days: 15, legal_working: false, legal_from_filing: false },
}

const accessoryIntake: IntakeReceiptInput = {
  ...intake,
  ticket_number: "WR-2026-000043",
  product_title: "USB-C charging cable 1 m",
  variant_title: null,
  serial_number: null,
  has_battery: false,
  intake: { ...intake.intake, battery_percent: 55, accessories_received: [], original_packaging: false, seals_intact: false },
  due: { on: "2026-04-08", basis: "commercial", extended: false },
}

const handover: HandoverReceiptInput = {
  ticket_number: "WR-2026-000042",
  card_number: "WC-2025-000042",
  product_title: "iPhone 13 Pro",
  variant_title: "Sierra Blue / 256 GB",
  serial_number: "356789104512347",
  customer: { name: "Ștefan Țăranu", phone: "+40 722 123 456" },
  shop,
  received_on: "2026-03-09",
  handed_over_on: "2026-03-16",
  outcome: "repaired",
  work: {
    findings: "Display connector loose",
    repair_note: "Display connector reseated, battery replaced",
    parts: ["Battery (original)"],
    reason: null,
  },
  has_battery: true,
  battery_after: 100,
  fees: [{ amount: 20, currency_code: "eur", status: "paid", settled_via: "counter", reference: "TILL-0042" }],
  warranty: { card_number: "WC-2025-000042", ends_on: "2027-05-14", new_card: false },
  return_shipment: null,
}

describe("intake receipt PDF (R7.1)", () => {
  afterAll(() =>
    writeSamples("RECEIPT_PDF_SAMPLES", {
      "intake-ro.pdf": () => renderIntakeReceiptPdf(intake, "ro"),
      "intake-en.pdf": () => renderIntakeReceiptPdf(intake, "en"),
      "handover-ro.pdf": () => renderHandoverReceiptPdf(handover, "ro"),
      "handover-en.pdf": () => renderHandoverReceiptPdf(handover, "en"),
    })
  )

  it("R7.1 prints the ticket, the device and IMEI, what was received and the reported defects, on one page", async () => {
    const pdf = await renderIntakeReceiptPdf(intake, "en")
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    const { text, parsed } = await textOf(pdf)
    expect(parsed.numpages).toBe(1)
    expect(String(parsed.info.Title)).toBe("Intake receipt WR-2026-000042")
    for (const shown of [
      "WR-2026-000042",
      "iPhone 13 Pro",
      "356789104512347",
      "WC-2025-000042",
      "Ștefan Țăranu",
      "USB-C cable, case",
      "Original packaging",
      "Intact",
      "Scratch on the back glass, lower left",
      "Battery health at intake",
      "87%",
      "Working display, Speaker",
      "The screen flickers when the phone warms up.",
      "At the counter",
      "2026-03-09",
    ]) {
      expect(text).toContain(shown)
    }
  })

  it("R11.2 names the due day and what it counts: the 15-day legal limit", async () => {
    const { text } = await textOf(await renderIntakeReceiptPdf(intake, "en"))
    expect(text).toContain("2026-03-24")
    expect(text).toContain("15-day legal limit")
    expect(text).not.toContain("30-day service period")
  })

  it("R7.1 R7.2 names a commercial due day as the 30-day service period, and an extended one as extended", async () => {
    const commercial = (await textOf(await renderIntakeReceiptPdf(accessoryIntake, "en"))).text
    expect(commercial).toContain("2026-04-08")
    expect(commercial).toContain("30-day service period")
    const extended = (
      await textOf(await renderIntakeReceiptPdf({ ...intake, due: { on: "2026-04-30", basis: "legal", extended: true } }, "en"))
    ).text
    expect(extended).toContain("2026-04-30")
    expect(extended).toContain(norm(texts("en").receipts.due_extended))
    expect(extended).not.toContain("15-day legal limit")
  })

  it("R6.7 R7.1 R11.2 R6.8 restates the terms and prints the service's address, hours and phone", async () => {
    for (const locale of LOCALES) {
      const t = texts(locale)
      const { text } = await textOf(await renderIntakeReceiptPdf(intake, locale))
      expect(text).toContain(norm(t.receipts.terms.care("Swipe Refurbished")))
      expect(text).toContain(norm(t.receipts.terms.data))
      expect(text).toContain(norm(t.receipts.terms.service_period(30)))
      expect(text).toContain(norm(t.receipts.terms.legal_limit(15, false, false)))
      expect(text).toContain(norm(t.warranty.statutory_rights))
      expect(text).toContain("0720 043 830")
      expect(text).toContain("Str. Siriului 36-40, sector 1")
      expect(text).toContain(t.claim_label.service_hours("09:00", "18:00"))
    }
  })

  it("R11.2 a shop counting working days from the filing says so", async () => {
    const terms = { ...intake.terms, legal_working: true, legal_from_filing: true }
    const { text } = await textOf(await renderIntakeReceiptPdf({ ...intake, terms }, "en"))
    expect(text).toContain("15-working-day legal limit")
    expect(text).toContain("within 15 working days from the day you told us about the defect")
  })

  it("the Romanian receipt keeps the diacritics and prints days as DD.MM.YYYY", async () => {
    const { text, parsed } = await textOf(await renderIntakeReceiptPdf(intake, "ro"))
    expect(parsed.numpages).toBe(1)
    expect(text).toContain("Fișă de primire în service")
    expect(text).toContain("Ștefan Țăranu")
    expect(text).toContain("09.03.2026")
    expect(text).toContain("24.03.2026")
    expect(text).toContain("termenul legal de 15 zile")
    expect(text).toContain("Deteriorări vizibile")
    expect(text).toContain("Starea bateriei la primire")
  })

  it("R4 R5.2 an accessory gets no battery line, even with a reading on record; refused seals and packaging say so", async () => {
    const { text } = await textOf(await renderIntakeReceiptPdf(accessoryIntake, "en"))
    expect(text).not.toContain("Battery health")
    expect(text).not.toContain("55%")
    expect(text).toContain("Broken or missing")
    expect(text).toContain("USB-C charging cable 1 m")
  })

  it("R7.1 the longest intake receipt (long names, address, accessories, notes) stays on one page in every language", async () => {
    const longest: IntakeReceiptInput = {
      ...intake,
      ticket_number: "SWIPECLUJSERVICE-2026-000123",
      product_title: "iPhone 12 Pro Max 512 GB Pacific Blue, recondiționat grad A+, cu încărcător original",
      variant_title: "Pacific Blue / 512 GB / Grad A+ / Dual SIM (nano + eSIM)",
      customer: { name: "Maria-Magdalena Ștefănescu-Țăranu Constantinescu-Brâncoveanu", phone: "+40 722 123 456" },
      shop: {
        name: "Swipe Refurbished Phones & Accessories — Magazinul din Cluj-Napoca",
        service: {
          ...shop.service,
          name: "Swipe Service — Centrul de reparații autorizat Cluj-Napoca",
          address_1: "Strada Memorandumului 28, Clădirea Business Center, etaj 3, biroul 312",
          address_2: "Intrarea din curte, lângă parcarea subterană",
          city: "Cluj-Napoca",
        },
      },
      intake: {
        ...intake.intake,
        accessories_received: ["USB-C cable", "20 W charger", "silicone case", "screen protector", "SIM tool", "original box"],
        damage_notes: "Scratches on the back glass and the camera ring, a dent on the lower left corner of the frame, the screen protector cracked across the top third.",
      },
      defects: ["Afișaj", "Ecran tactil", "Baterie", "Microfon", "Difuzor", "Port de încărcare", "Camere"].map((label, i) => ({ code: `c${i}`, label })),
      description: "Ecranul pâlpâie când telefonul se încălzește, bateria se descarcă în două ore, iar difuzorul hârâie la volum mare. ".repeat(3),
    }
    await writeSamples("RECEIPT_PDF_SAMPLES", { "intake-longest-ro.pdf": () => renderIntakeReceiptPdf(longest, "ro") })
    for (const locale of LOCALES) {
      const { text, parsed } = await textOf(await renderIntakeReceiptPdf(longest, locale))
      expect(parsed.numpages).toBe(1)
      expect(text).toContain("SWIPECLUJSERVICE-2026-000123")
      expect(text).toContain(norm(texts(locale).receipts.intake_confirm))
    }
  })

  it("R11.4 a device whose battery was not read gets no battery line", async () => {
    const { text } = await textOf(
      await renderIntakeReceiptPdf({ ...intake, intake: { ...intake.intake, battery_percent: null } }, "en")
    )
    expect(text).not.toContain("Battery health at intake")
    expect(text).toContain("356789104512347")
  })
})

describe("handover receipt PDF (R7.4)", () => {
  it("R8.1 R7.6 prints what was done, the battery after repair, the fee paid and the warranty that goes on", async () => {
    const { text, parsed } = await textOf(await renderHandoverReceiptPdf(handover, "en"))
    expect(parsed.numpages).toBe(1)
    expect(String(parsed.info.Title)).toBe("Handover receipt WR-2026-000042")
    for (const shown of [
      "WR-2026-000042",
      "356789104512347",
      "Repaired",
      "Display connector loose",
      "Display connector reseated, battery replaced",
      "Battery (original)",
      "Battery health after repair",
      "100%",
      "Diagnostic fee: EUR 20.00, paid at the counter (TILL-0042)",
      texts("en").receipts.handover.warranty_continues("WC-2025-000042", "2027-05-14"),
      "For the service (name, signature)",
      "Customer (name, signature)",
      "2026-03-16",
    ]) {
      expect(text).toContain(norm(shown))
    }
  })

  it("the Romanian handover receipt keeps the diacritics", async () => {
    const { text } = await textOf(await renderHandoverReceiptPdf(handover, "ro"))
    expect(text).toContain("Proces-verbal de predare")
    expect(text).toContain("Reparat")
    expect(text).toContain("Taxă de diagnosticare: 20,00 EUR, plătită la ghișeu")
    expect(text).toContain(norm(texts("ro").receipts.handover.warranty_continues("WC-2025-000042", "14.05.2027")))
    expect(text).toContain("Client (nume, semnătură)")
  })

  it("R8.4 R9 a device returned unrepaired names the reason and a waived fee, with no battery line", async () => {
    const input: HandoverReceiptInput = {
      ...handover,
      outcome: "returned_unrepaired",
      work: { findings: "Liquid damage on the logic board", repair_note: null, parts: [], reason: "Water or humidity damage." },
      battery_after: null,
      fees: [{ amount: 100, currency_code: "ron", status: "waived", settled_via: "waiver", reference: null }],
      return_shipment: { carrier: "FAN Courier", tracking_number: "FC123456789" },
    }
    const { text } = await textOf(await renderHandoverReceiptPdf(input, "en"))
    expect(text).toContain("Returned unrepaired")
    expect(text).toContain("Water or humidity damage.")
    expect(text).toContain("Diagnostic fee: RON 100.00, waived")
    expect(text).toContain("FAN Courier · FC123456789")
    expect(text).not.toContain("Battery health after repair")
  })

  it("R8.2 a replacement names its own new card; R8.5 a recycled device says it stays", async () => {
    const replaced = (
      await textOf(
        await renderHandoverReceiptPdf(
          { ...handover, outcome: "replaced", fees: [], warranty: { card_number: "WC-2026-000101", ends_on: "2028-03-16", new_card: true } },
          "en"
        )
      )
    ).text
    expect(replaced).toContain("Replaced with the same model")
    expect(replaced).toContain(norm(texts("en").receipts.handover.warranty_new_card("WC-2026-000101", "2028-03-16")))
    expect(replaced).toContain(norm(texts("en").receipts.field.no_fees))
    const recycled = (
      await textOf(await renderHandoverReceiptPdf({ ...handover, outcome: "recycled", warranty: null }, "en"))
    ).text
    expect(recycled).toContain(norm(texts("en").receipts.handover.recycled))
    expect(recycled).not.toContain("stays valid until")
  })

  it("R4 R5.2 an accessory's handover receipt has no battery line", async () => {
    const { text } = await textOf(await renderHandoverReceiptPdf({ ...handover, has_battery: false }, "en"))
    expect(text).not.toContain("Battery health after repair")
    expect(text).toContain("Repaired")
  })
})
