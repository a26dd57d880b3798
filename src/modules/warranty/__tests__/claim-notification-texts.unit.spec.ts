import {
  CLAIM_NOTIFICATION_KINDS,
  claimNotificationTemplate,
  claimNotificationText,
  formatDay,
  formatMoney,
  type ClaimNotificationInput,
} from "../claim-notification-texts"
import { EXCLUSION_REASONS } from "../claim-texts"
import { LOCALES } from "../texts"

const TICKET = "WR-2026-000042"
const LABEL_URL = "/store/warranty-claims/wclm_1/label"
const CLAIM_URL = "/store/warranty-claims/wclm_1"

const common = {
  ticket_number: TICKET,
  product_title: "iPhone 12",
  claim_url: CLAIM_URL,
  name: "Ion Popescu",
  shop_name: "Swipe Refurbished",
}

const samples: ClaimNotificationInput = {
  submitted: { ...common, label_url: LABEL_URL },
  received: { ...common, due_on: "2026-12-05" },
  quoted: {
    ...common,
    quote: {
      amount: 350,
      currency_code: "ron",
      estimated_days: 7,
      parts_to_order: ["display"],
      diagnostic_fee: { amount: 20, currency_code: "eur" },
    },
  },
  return_details_requested: { ...common, delivery_method: "courier" },
  return_shipped: { ...common, carrier: "FAN Courier", tracking_number: "AWB123456" },
  rejected: { ...common, reason_text: EXCLUSION_REASONS.water_damage.ro, note: "Indicator de lichid activat" },
  overdue: { ...common, due_on: "2026-12-05", due_basis: "legal", service_phone: "+40 700 000 000" },
}

describe("claim notification texts (section 4)", () => {
  for (const kind of CLAIM_NOTIFICATION_KINDS) {
    for (const locale of LOCALES) {
      it(`${kind} (${locale}) has a subject and a body that name the ticket`, () => {
        const { subject, text } = claimNotificationText(kind, locale, samples[kind])
        expect(subject.trim()).not.toBe("")
        expect(text.trim()).not.toBe("")
        expect(subject).toContain(TICKET)
        expect(text).toContain(TICKET)
        expect(text).toContain(CLAIM_URL)
        expect(text).not.toMatch(/undefined|null|NaN/)
      })
    }
  }

  it("uses one template name per event", () => {
    const names = CLAIM_NOTIFICATION_KINDS.map(claimNotificationTemplate)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain("warranty-claim-submitted")
    expect(names).toContain("warranty-claim-return-details-requested")
  })

  it("R6.1, R6.5: the filed mail carries the label link in both languages", () => {
    for (const locale of LOCALES) {
      expect(claimNotificationText("submitted", locale, samples.submitted).text).toContain(LABEL_URL)
    }
  })

  it("R6.3, R6.2: the filed mail lists the checklist and refuses cash on delivery", () => {
    const ro = claimNotificationText("submitted", "ro", samples.submitted).text
    expect(ro).toMatch(/copie de siguranță/)
    expect(ro).toMatch(/codul de blocare/)
    expect(ro).toMatch(/foliile/)
    expect(ro).toMatch(/ramburs/)
    const en = claimNotificationText("submitted", "en", samples.submitted).text
    expect(en).toMatch(/back up/)
    expect(en).toMatch(/screen lock/)
    expect(en).toMatch(/films/)
    expect(en).toMatch(/cash-on-delivery/)
  })

  it("R7.4: the ready mail asks the shopper to confirm the return address and phone", () => {
    const ro = claimNotificationText("return_details_requested", "ro", samples.return_details_requested)
    expect(ro.subject).toMatch(/confirmați datele de returnare/)
    expect(ro.text).toMatch(/confirmați/)
    expect(ro.text).toMatch(/adresa de livrare/)
    expect(ro.text).toMatch(/numărul de telefon/)
    const en = claimNotificationText("return_details_requested", "en", samples.return_details_requested)
    expect(en.subject).toMatch(/confirm the return details/)
    expect(en.text).toMatch(/confirm/)
    expect(en.text).toMatch(/address/)
    expect(en.text).toMatch(/phone number/)
  })

  it("R7.3, R8.4: the quote mail states amount, days and the fee due on a decline", () => {
    const ro = claimNotificationText("quoted", "ro", samples.quoted).text
    expect(ro).toContain("350,00 RON")
    expect(ro).toContain("7 zile")
    expect(ro).toContain("20,00 EUR")
    const en = claimNotificationText("quoted", "en", samples.quoted).text
    expect(en).toContain("RON 350.00")
    expect(en).toContain("7 days")
    expect(en).toContain("EUR 20.00")
  })

  it("the shipped mail gives carrier and tracking number", () => {
    for (const locale of LOCALES) {
      const { text } = claimNotificationText("return_shipped", locale, samples.return_shipped)
      expect(text).toContain("FAN Courier")
      expect(text).toContain("AWB123456")
    }
  })

  it("R9: the rejection mail quotes the reason text it is given", () => {
    const { text } = claimNotificationText("rejected", "ro", samples.rejected)
    expect(text).toContain(EXCLUSION_REASONS.water_damage.ro)
    expect(text).toContain("Indicator de lichid activat.")
  })

  it("R7.1, R11.2: the overdue mail apologises, gives the due day and the shopper's rights", () => {
    const ro = claimNotificationText("overdue", "ro", samples.overdue).text
    expect(ro).toMatch(/Ne cerem scuze/)
    expect(ro).toContain("05.12.2026")
    expect(ro).toMatch(/reducerea proporțională a prețului/)
    const en = claimNotificationText("overdue", "en", { ...samples.overdue, due_basis: "commercial" }).text
    expect(en).toMatch(/apologise/)
    expect(en).toContain("5 December 2026")
    expect(en).toMatch(/statutory rights/)
  })

  it("writes Romanian with comma-below ș and ț, never the cedilla forms", () => {
    for (const kind of CLAIM_NOTIFICATION_KINDS) {
      const { subject, text } = claimNotificationText(kind, "ro", samples[kind])
      expect(subject + text).not.toMatch(/[şţŞŢ]/)
    }
  })

  it("formats days and money per language", () => {
    expect(formatDay("2026-01-09", "ro")).toBe("09.01.2026")
    expect(formatDay("2026-01-09", "en")).toBe("9 January 2026")
    expect(formatMoney({ amount: 20, currency_code: "eur" }, "ro")).toBe("20,00 EUR")
    expect(formatMoney({ amount: 1234.5, currency_code: "ron" }, "ro")).toBe("1.234,50 RON")
    expect(formatMoney({ amount: 1234.5, currency_code: "eur" }, "en")).toBe("EUR 1,234.50")
  })
})
