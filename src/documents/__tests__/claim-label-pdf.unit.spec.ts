import { ClaimLabelInput, renderClaimLabelPdf, renderTicketBarcodePng } from "../claim-label-pdf"
import { LOCALES, texts } from "../../i18n"
import { norm, textOf, writeSamples } from "./pdf-test-utils"

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const claim: ClaimLabelInput = {
  ticket_number: "WR-2026-000042",
  shop_name: "Swipe Refurbished",
  filed_on: "2026-03-09",
  delivery_method: "courier",
  product_title: "iPhone 13 Pro",
  variant_title: "Sierra Blue / 256 GB",
  serial_number: "356789104512347",
  defects: [
    { code: "display", label: "Working display" },
    { code: "battery", label: "Battery" },
  ],
  sender: {
    name: "Ștefan Țăranu",
    contact_person: "Ioana Țăranu",
    phone: "+40 722 123 456",
    address: {
      address_1: "Str. Mihai Eminescu 12",
      address_2: "Bl. A4, Sc. 2, Ap. 31",
      city: "Cluj-Napoca",
      postal_code: "400001",
      province: "Cluj",
      country_code: "ro",
    },
  },
  service: {
    name: "Swipe Service",
    address_1: "Str. Siriului 36-40, sector 1",
    postal_code: "014354",
    city: "București",
    country_code: "ro",
    phone: "0875 419 420",
    hours: { opens: "09:00", closes: "18:00" },
  },
  accessories: ["charger", "USB-C cable"],
}

const dropOff: ClaimLabelInput = {
  ...claim,
  ticket_number: "WR-2026-000043",
  delivery_method: "drop_off",
  accessories: [],
  service: { ...claim.service, hours: { opens: "10:00", closes: "17:30" } },
}

/** Long names everywhere, a long ticket prefix, many accessories and defects. */
const longest: ClaimLabelInput = {
  ...claim,
  ticket_number: "SWIPECLUJSERVICE-2026-000123",
  shop_name: "Swipe Refurbished Phones & Accessories — Magazinul din Cluj-Napoca",
  product_title: "iPhone 12 Pro Max 512 GB Pacific Blue, recondiționat grad A+, cu încărcător original",
  variant_title: "Pacific Blue / 512 GB / Grad A+ / Dual SIM (nano + eSIM)",
  defects: ["Afișaj", "Ecran tactil", "Baterie", "Microfon", "Difuzor", "Port de încărcare", "Camere"].map(
    (label, i) => ({ code: `code_${i}`, label })
  ),
  sender: {
    name: "Maria-Magdalena Ștefănescu-Țăranu Constantinescu-Brâncoveanu",
    contact_person: "Alexandru-Ștefan Constantinescu-Brâncoveanu (fiul)",
    phone: "+40 722 123 456 / +40 744 987 654",
    address: {
      address_1: "Bulevardul Eroilor Revoluției din Decembrie 1989 nr. 123-125",
      address_2: "Bloc A4, Scara 2, Etaj 7, Apartament 31, interfon 31C",
      city: "Cluj-Napoca",
      postal_code: "400001",
      province: "Cluj",
      country_code: "ro",
    },
  },
  accessories: ["încărcător original", "cablu USB-C", "husă", "folie de rezervă", "cutia originală", "căști"],
}

describe("claim parcel label PDF (R6.5)", () => {
  // Sample files for a visual check, only on request: CLAIM_LABEL_PDF_SAMPLES=1.
  afterAll(() =>
    writeSamples("CLAIM_LABEL_PDF_SAMPLES", {
      "claim-label-ro.pdf": () => renderClaimLabelPdf(claim, "ro"),
      "claim-label-en.pdf": () => renderClaimLabelPdf(claim, "en"),
      "claim-label-drop-off-ro.pdf": () => renderClaimLabelPdf(dropOff, "ro"),
      "claim-label-drop-off-en.pdf": () => renderClaimLabelPdf(dropOff, "en"),
      "claim-label-longest-ro.pdf": () => renderClaimLabelPdf(longest, "ro"),
    })
  )

  it("R6.5 the English label carries the ticket number, sender NAME, ADDRESS, CONTACT PERSON, PHONE and the service address", async () => {
    const pdf = await renderClaimLabelPdf(claim, "en")
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
    const { text, parsed } = await textOf(pdf)
    expect(parsed.numpages).toBe(1)
    expect(String(parsed.info.Title)).toContain("WR-2026-000042")

    expect(text).toContain("TICKET NUMBER WR-2026-000042")
    for (const label of ["SENDER", "NAME", "ADDRESS", "CONTACT PERSON", "PHONE", "RECIPIENT"]) {
      expect(text).toContain(label)
    }
    expect(text).toContain("NAME Ștefan Țăranu")
    expect(text).toContain("ADDRESS Str. Mihai Eminescu 12 Bl. A4, Sc. 2, Ap. 31 400001 Cluj-Napoca, Cluj Romania")
    expect(text).toContain("CONTACT PERSON Ioana Țăranu")
    expect(text).toContain("PHONE +40 722 123 456")

    expect(text).toContain("Swipe Service")
    expect(text).toContain("Str. Siriului 36-40, sector 1 014354 București Romania")
    expect(text).toContain("0875 419 420")

    // The claim being sent.
    expect(text).toContain("iPhone 13 Pro")
    expect(text).toContain("356789104512347")
    expect(text).toContain("Working display, Battery")
    expect(text).toContain("2026-03-09")
  })

  it("R6.5 the Romanian label uses the capitalised Romanian field names and keeps the diacritics", async () => {
    const { text, parsed } = await textOf(await renderClaimLabelPdf(claim, "ro"))
    expect(parsed.numpages).toBe(1)
    expect(text).toContain("Etichetă colet")
    expect(text).toContain("NUMĂR TICHET WR-2026-000042")
    expect(text).toContain("EXPEDITOR")
    expect(text).toContain("DESTINATAR")
    expect(text).toContain("NUME Ștefan Țăranu")
    expect(text).toContain("ADRESĂ Str. Mihai Eminescu 12 Bl. A4, Sc. 2, Ap. 31 400001 Cluj-Napoca, Cluj România")
    expect(text).toContain("PERSOANĂ DE CONTACT Ioana Țăranu")
    expect(text).toContain("TELEFON +40 722 123 456")
    expect(text).toContain("Str. Siriului 36-40, sector 1 014354 București România")
    expect(text).toContain("09.03.2026")
  })

  it("R6.5 the ticket number is also a Code128 barcode PNG, embedded in the PDF as an image", async () => {
    const png = await renderTicketBarcodePng(claim.ticket_number)
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    const width = png.readUInt32BE(16)
    const height = png.readUInt32BE(20)
    // Wider than tall, and the bars depend on the ticket number.
    expect(width).toBeGreaterThan(height * 3)
    expect(png.equals(await renderTicketBarcodePng(claim.ticket_number))).toBe(true)
    expect(png.equals(await renderTicketBarcodePng(dropOff.ticket_number))).toBe(false)

    const raw = (await renderClaimLabelPdf(claim, "en")).toString("latin1")
    expect(raw).toContain("/Subtype /Image")
    expect(raw).toContain(`/Width ${width}`)
    expect(raw).toContain(`/Height ${height}`)
  })

  it("R6.2 the label refuses cash on delivery and says the customer pays the shipping (both locales)", async () => {
    for (const locale of LOCALES) {
      const { text } = await textOf(await renderClaimLabelPdf(claim, locale))
      expect(text).toContain(texts(locale).claim_label.field.no_cod_title)
      expect(text).toContain(norm(texts(locale).claim_label.no_cash_on_delivery))
    }
    const ro = (await textOf(await renderClaimLabelPdf(claim, "ro"))).text
    expect(ro).toContain("RAMBURS REFUZAT")
    const en = (await textOf(await renderClaimLabelPdf(claim, "en"))).text
    expect(en).toContain("NO CASH ON DELIVERY")
    expect(en).toContain("Send the parcel by courier to the service address")
  })

  it("R6.2 R6.8 a drop-off claim says to bring the device to the service address in its hours instead of shipping", async () => {
    const en = (await textOf(await renderClaimLabelPdf(dropOff, "en"))).text
    expect(en).toContain(
      "Bring the device in person to the service address (Swipe Service, Str. Siriului 36-40, sector 1, 014354 București, Romania), Monday to Friday 10:00-17:30."
    )
    expect(en).toContain("You do not need to ship it.")
    expect(en).not.toContain("Send the parcel by courier")
    // Shipping after all stays prepaid.
    expect(en).toContain("NO CASH ON DELIVERY")

    const ro = (await textOf(await renderClaimLabelPdf(dropOff, "ro"))).text
    expect(ro).toContain("Aduceți aparatul personal la adresa service-ului")
    expect(ro).toContain("de luni până vineri, 10:00-17:30")
    expect(ro).toContain("Nu este nevoie să îl trimiteți prin curier.")
  })

  it("R6.8 shows the service hours (Monday to Friday, from the settings) and the service phone", async () => {
    expect(texts("en").claim_label.service_hours("09:00", "18:00")).toBe("Monday to Friday 09:00-18:00")
    const en = (await textOf(await renderClaimLabelPdf(claim, "en"))).text
    expect(en).toContain("Service hours: Monday to Friday 09:00-18:00 · Phone: 0875 419 420")
    const ro = (await textOf(await renderClaimLabelPdf(claim, "ro"))).text
    expect(ro).toContain("Program service: De luni până vineri, 09:00-18:00 · Telefon: 0875 419 420")
  })

  it("R6.3 R6.4 lists the checklist: backup (no liability for lost data), screen lock, films, and the declared accessories", async () => {
    for (const locale of LOCALES) {
      const { text } = await textOf(await renderClaimLabelPdf(claim, locale))
      expect(text).toContain(norm(texts(locale).claim_label.checklist.data_backup))
      expect(text).toContain(norm(texts(locale).claim_label.checklist.lock_removed))
      expect(text).toContain(norm(texts(locale).claim_label.checklist.films_removed))
      expect(text).toContain(norm(texts(locale).claim_label.accessories_included(claim.accessories)))
    }
    const en = (await textOf(await renderClaimLabelPdf(claim, "en"))).text
    expect(en).toContain("not liable for data lost")
    expect(en).toContain("Declared in the claim: charger, USB-C cable.")
    const none = (await textOf(await renderClaimLabelPdf(dropOff, "ro"))).text
    expect(none).toContain("Declarate în cerere: niciun accesoriu.")
  })

  it("R6.6 gives the packing advice: bubble wrap, then a carton box", async () => {
    for (const locale of LOCALES) {
      const { text } = await textOf(await renderClaimLabelPdf(claim, locale))
      expect(text).toContain(norm(texts(locale).claim_label.packing_advice))
    }
    const en = (await textOf(await renderClaimLabelPdf(claim, "en"))).text
    expect(en).toContain("bubble wrap, then put it in a carton box")
    const ro = (await textOf(await renderClaimLabelPdf(claim, "ro"))).text
    expect(ro).toContain("folie cu bule de aer, apoi puneți-l într-o cutie de carton")
  })

  it("R6.7 does not ask for an invoice: the order from this shop is the purchase document", async () => {
    for (const locale of LOCALES) {
      const { text } = await textOf(await renderClaimLabelPdf(claim, locale))
      expect(text).toContain(norm(texts(locale).claim_label.no_invoice_needed(claim.shop_name)))
    }
    const en = (await textOf(await renderClaimLabelPdf(claim, "en"))).text
    expect(en).not.toMatch(/(attach|enclose|upload|include) (a copy of )?(the|an|your) invoice/i)
  })

  it("R6.5 the longest label (long names, long ticket prefix, many accessories) stays within two pages", async () => {
    for (const locale of LOCALES) {
      const { text, parsed } = await textOf(await renderClaimLabelPdf(longest, locale))
      expect(parsed.numpages).toBeLessThanOrEqual(2)
      expect(text).toContain("SWIPECLUJSERVICE-2026-000123")
      // A long name wraps after one of its hyphens.
      expect(text.replace(/- /g, "-")).toContain("Maria-Magdalena Ștefănescu-Țăranu Constantinescu-Brâncoveanu")
      expect(text).toContain("căști")
    }
  })
})
