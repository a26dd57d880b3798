import {
  CLAIM_NOTIFICATION_KINDS,
  claimNotificationTemplate,
  claimNotificationText,
  LOCALES,
  texts,
  type ClaimNotificationInput,
  type Locale,
  type OfferSummary,
} from ".."

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
  rejected: { ...common, reason_text: texts("ro").claim.exclusion_reason.water_damage, note: "Indicator de lichid activat" },
  overdue: { ...common, due_on: "2026-12-05", due_basis: "legal", service_phone: "+40 700 000 000" },
  offer_made: { ...common, offer: valuationOffer() },
  offer_expiring: { ...common, offer: valuationOffer() },
  offer_accepted: {
    ...common,
    option: "credit",
    value: { amount: 1500, currency_code: "ron" },
    credit: { code: "WR-CREDIT-7K2P", amount: 1500, currency_code: "ron", expires_on: "2027-03-01" },
  },
  offer_declined: { ...common, delivery_method: "courier", return_details_confirmed: false },
  offer_expired: { ...common, delivery_method: "courier", return_details_confirmed: false },
  fee_due: { ...common, fee: { amount: 20, currency_code: "eur" }, reason: "quote_declined", delivery_method: "courier" },
  fee_paid: {
    ...common,
    delivery_method: "courier",
    return_details_confirmed: true,
    fee: { amount: 20, currency_code: "eur" },
    paid_on: "2026-12-07",
    via: "counter",
    reference: "BON-0042",
  },
  fee_waived: { ...common, delivery_method: "courier", return_details_confirmed: false, fee: { amount: 20, currency_code: "eur" } },
  resolved: { ...common, option: "refund", amount: { amount: 1500, currency_code: "ron" }, recycled: false, return_device: false },
}

function valuationOffer(over: Partial<OfferSummary> = {}): OfferSummary {
  return {
    kind: "valuation",
    value: { amount: 1500, currency_code: "ron" },
    basis: "market_value",
    basis_note: "average of three listings on 20.11.2026",
    expires: { day: "2026-12-05", time: "14:30" },
    credit_valid_days: 90,
    ...over,
  }
}

const tradeInOffer = () =>
  valuationOffer({
    kind: "trade_in",
    value: { amount: 800, currency_code: "ron" },
    basis: null,
    basis_note: null,
    trade_in_reason: "parts_withdrawn",
    suggested_products: ["iPhone 13", "iPhone 14"],
  })

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
    expect(text).toContain("Deteriorări cauzate de apă sau umiditate.")
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

  describe("outcomes (R8.2-R8.5)", () => {
    const text = <K extends keyof ClaimNotificationInput>(kind: K, locale: Locale, data: ClaimNotificationInput[K]) =>
      claimNotificationText(kind, locale, data).text

    it("R8.2 offer_made (replacement) offers the same model through an exchange, keeping the end date", () => {
      const offer = valuationOffer({ kind: "replacement", value: null, basis: null, basis_note: null })
      const ro = text("offer_made", "ro", { ...common, offer })
      expect(ro).toMatch(/același model/)
      expect(ro).toMatch(/schimb pe comanda inițială/)
      expect(ro).toMatch(/aceeași dată/)
      const en = text("offer_made", "en", { ...common, offer })
      expect(en).toMatch(/same model/)
      expect(en).toMatch(/exchange on your original order/)
      expect(en).toMatch(/same date/)
      expect(text("offer_made", "en", { ...common, offer: { ...offer, fresh_term: true } })).toMatch(/new warranty card/)
    })

    it("R8.3 offer_made (valuation) names the value, its basis and the three choices", () => {
      const ro = text("offer_made", "ro", samples.offer_made)
      expect(ro).toContain("1.500,00 RON")
      expect(ro).toMatch(/valoarea actuală de piață/)
      expect(ro).toContain("average of three listings on 20.11.2026")
      expect(ro).toMatch(/cod de reducere de unică folosință, valabil 90 de zile/)
      expect(ro).toMatch(/plătiți diferența/)
      expect(ro).toMatch(/restituirea sumei de 1\.500,00 RON/)
      const en = text("offer_made", "en", samples.offer_made)
      expect(en).toContain("RON 1,500.00")
      expect(en).toMatch(/current market value \(source: average of three listings/)
      expect(en).toMatch(/single-use credit code, valid for 90 days, to use at checkout/)
      expect(en).toMatch(/pay the difference/)
      expect(en).toMatch(/a refund of RON 1,500\.00/)
      expect(text("offer_made", "en", { ...common, offer: valuationOffer({ basis: "list_price", basis_note: null }) })).toMatch(
        /list price/
      )
    })

    it("R8.5 offer_made (trade-in) names the credit, the reason, the suggestions and what happens to the device", () => {
      const ro = text("offer_made", "ro", { ...common, offer: tradeInOffer() })
      expect(ro).toContain("800,00 RON")
      expect(ro).toMatch(/piesele necesare/)
      expect(ro).toContain("iPhone 13, iPhone 14")
      expect(ro).toMatch(/reciclat gratuit/)
      expect(ro).toMatch(/gratuit dacă ați cumpărat un alt dispozitiv/)
      const en = text("offer_made", "en", { ...common, offer: tradeInOffer() })
      expect(en).toContain("RON 800.00")
      expect(en).toMatch(/new or second-hand/)
      expect(en).toMatch(/recycled free of charge/)
      expect(en).toMatch(/free of charge if you have bought another device/)
    })

    it("R6.2 offer_made gives the deadline in the shop's time and says silence returns the device at the shopper's cost", () => {
      const ro = text("offer_made", "ro", samples.offer_made)
      expect(ro).toContain("05.12.2026, ora 14:30")
      expect(ro).toMatch(/nu răspundeți până atunci, dispozitivul vă este returnat pe cheltuiala dumneavoastră/)
      const en = text("offer_made", "en", samples.offer_made)
      expect(en).toContain("14:30 on 5 December 2026")
      expect(en).toMatch(/do not answer by then, the device is returned to you at your cost/)
    })

    it("offer_expiring reminds the shopper with the expiry date in subject and body", () => {
      const ro = claimNotificationText("offer_expiring", "ro", samples.offer_expiring)
      expect(ro.subject).toContain("05.12.2026")
      expect(ro.text).toMatch(/Vă reamintim/)
      expect(ro.text).toContain("05.12.2026, ora 14:30")
      const en = claimNotificationText("offer_expiring", "en", { ...common, offer: tradeInOffer() })
      expect(en.subject).toContain("5 December 2026")
      expect(en.text).toMatch(/reminder/)
      expect(en.text).toContain("a credit of RON 800.00 towards another device")
    })

    it("R8.2 offer_accepted (replacement) ships a new unit through an exchange and gives the card's end date", () => {
      const data = { ...common, option: "replacement" as const, card: { ends_on: "2027-06-30", same_end_date: true } }
      const ro = text("offer_accepted", "ro", data)
      expect(ro).toMatch(/printr-un schimb pe comanda inițială/)
      expect(ro).toContain("aceeași dată ca garanția inițială: 30.06.2027")
      const en = text("offer_accepted", "en", data)
      expect(en).toMatch(/through an exchange on your original order/)
      expect(en).toContain("same date as your original warranty: 30 June 2027")
    })

    it("R8.3 offer_accepted (credit) gives the code, the amount and the last valid day", () => {
      const ro = text("offer_accepted", "ro", samples.offer_accepted)
      expect(ro).toContain("WR-CREDIT-7K2P")
      expect(ro).toContain("1.500,00 RON")
      expect(ro).toContain("01.03.2027")
      const en = text("offer_accepted", "en", samples.offer_accepted)
      expect(en).toContain("WR-CREDIT-7K2P")
      expect(en).toContain("RON 1,500.00")
      expect(en).toContain("1 March 2027")
    })

    it("R8.3 offer_accepted (credit not issued yet) points to the claim page instead of inventing a code", () => {
      const en = text("offer_accepted", "en", { ...samples.offer_accepted, credit: null })
      expect(en).toMatch(/credit code worth RON 1,500\.00 appears on your claim page/)
    })

    it("R8.3 offer_accepted (credit with top-up) gives the code applied to a cart with the product", () => {
      const data = { ...samples.offer_accepted, option: "credit_with_top_up" as const, product: "iPhone 14 Pro" }
      const ro = text("offer_accepted", "ro", data)
      expect(ro).toContain("WR-CREDIT-7K2P")
      expect(ro).toMatch(/aplicat pe un coș cu iPhone 14 Pro/)
      expect(ro).toMatch(/plătiți diferența/)
      const en = text("offer_accepted", "en", data)
      expect(en).toMatch(/applied it to a cart with iPhone 14 Pro/)
      expect(en).toContain(CLAIM_URL)
    })

    it("R8.3 offer_accepted (refund) names the amount refunded to the original payment method", () => {
      const data = { ...common, option: "refund" as const, refund: { amount: 1500, currency_code: "ron" } }
      expect(text("offer_accepted", "ro", data)).toMatch(/restituim suma de 1\.500,00 RON pe metoda de plată folosită la comanda inițială/)
      expect(text("offer_accepted", "en", data)).toMatch(/refunding RON 1,500\.00 to the payment method of your original order/)
    })

    it("R8.5 offer_accepted (trade-in) gives the code and recycles the device free, or returns it free when a device is bought", () => {
      const credit = { code: "WR-TRADE-9Q", amount: 800, currency_code: "ron", expires_on: "2027-03-01" }
      const recycled = { ...common, option: "trade_in" as const, credit, return_device: false }
      expect(text("offer_accepted", "ro", recycled)).toMatch(/WR-TRADE-9Q[\s\S]*reciclat gratuit/)
      expect(text("offer_accepted", "en", recycled)).toMatch(/WR-TRADE-9Q[\s\S]*recycled free of charge/)
      const back = {
        ...recycled,
        return_device: true,
        delivery_method: "courier" as const,
        return_details_confirmed: false,
      }
      const en = text("offer_accepted", "en", back)
      expect(en).toMatch(/shipping is free if you have bought another device with this credit/)
      expect(en).toMatch(/confirm on your claim page the delivery address/)
      expect(en).not.toMatch(/recycled/)
      // The conditional free return (R8.5) is not contradicted by a flat "at your cost".
      expect(en).not.toMatch(/The return shipping is at your cost/)
      expect(text("offer_accepted", "ro", back)).toMatch(/transportul este gratuit dacă ați cumpărat un alt dispozitiv/)
    })

    it("R6.2, R7.4 offer_declined and offer_expired return the device at the shopper's cost after the return details", () => {
      for (const kind of ["offer_declined", "offer_expired"] as const) {
        const ro = text(kind, "ro", samples[kind])
        expect(ro).toMatch(/vă returnăm dispozitivul/)
        expect(ro).toMatch(/Transportul de retur este pe cheltuiala dumneavoastră/)
        expect(ro).toMatch(/confirmați pe pagina cererii adresa de livrare și numărul de telefon/)
        const en = text(kind, "en", samples[kind])
        expect(en).toMatch(/we will return the device to you/)
        expect(en).toMatch(/return shipping is at your cost/)
        expect(en).toMatch(/confirm on your claim page the delivery address and the phone number/)
      }
      const confirmed = text("offer_declined", "en", { ...samples.offer_declined, return_details_confirmed: true })
      expect(confirmed).toMatch(/ship the device to the address you confirmed/)
      const dropOff = text("offer_expired", "ro", { ...samples.offer_expired, delivery_method: "drop_off" })
      expect(dropOff).toMatch(/ridica dispozitivul personal/)
    })

    it("R8.4 offer_declined with a fee still due says the device leaves only once it is paid or waived", () => {
      const data = { ...samples.offer_declined, fee_due: { amount: 20, currency_code: "eur" } }
      expect(text("offer_declined", "ro", data)).toMatch(/taxa de diagnosticare de 20,00 EUR/)
      expect(text("offer_declined", "en", data)).toMatch(/diagnostic fee of EUR 20\.00 must be paid/)
    })

    it("R8.4 fee_due names the amount, online and counter payment, and holds the device until paid or waived", () => {
      const ro = claimNotificationText("fee_due", "ro", samples.fee_due)
      expect(ro.subject).toContain("20,00 EUR")
      expect(ro.text).toContain("20,00 EUR")
      expect(ro.text).toMatch(/refuzat oferta de reparație/)
      expect(ro.text).toMatch(/online, pe pagina cererii/)
      expect(ro.text).toMatch(/la service/)
      expect(ro.text).toMatch(/numai după ce taxa este achitată sau anulată/)
      const en = claimNotificationText("fee_due", "en", { ...samples.fee_due, reason: "rejected" })
      expect(en.subject).toContain("EUR 20.00")
      expect(en.text).toMatch(/not covered by the warranty/)
      expect(en.text).toMatch(/online on your claim page/)
      expect(en.text).toMatch(/service counter/)
      expect(en.text).toMatch(/only once the fee has been paid or we have waived it/)
      expect(en.text).toContain(CLAIM_URL)
    })

    it("R8.4 fee_paid reads as a receipt: amount, date, how and the reference", () => {
      const ro = text("fee_paid", "ro", samples.fee_paid)
      expect(ro).toContain("Suma: 20,00 EUR")
      expect(ro).toContain("Data: 07.12.2026")
      expect(ro).toContain("Modalitatea: la service")
      expect(ro).toContain("Referința: BON-0042")
      const en = text("fee_paid", "en", { ...samples.fee_paid, via: "online", reference: null })
      expect(en).toContain("Amount: EUR 20.00")
      expect(en).toContain("Date: 7 December 2026")
      expect(en).toContain("Paid: online")
      expect(en).not.toMatch(/Reference/)
    })

    it("R8.4 fee_waived says nothing is to be paid and is not worded as a payment", () => {
      const ro = claimNotificationText("fee_waived", "ro", samples.fee_waived)
      expect(ro.subject).toMatch(/anulat/)
      expect(ro.text).toMatch(/nu trebuie să o plătiți/)
      const en = claimNotificationText("fee_waived", "en", samples.fee_waived)
      expect(en.subject).toMatch(/waived/)
      expect(en.text).toContain("EUR 20.00")
      expect(en.subject + en.text).not.toMatch(/received your payment|Amount:/)
    })

    it("R8.2-R8.5 resolved sums up the outcome in one line", () => {
      expect(text("resolved", "ro", samples.resolved)).toMatch(/soluționată: v-am restituit 1\.500,00 RON/)
      expect(text("resolved", "en", samples.resolved)).toMatch(/settled: we refunded RON 1,500\.00/)
      const tradeIn = { ...common, option: "trade_in" as const, credit_code: "WR-TRADE-9Q", amount: { amount: 800, currency_code: "ron" }, recycled: true, return_device: false }
      expect(text("resolved", "en", tradeIn)).toMatch(/the credit code WR-TRADE-9Q worth RON 800\.00 towards another device, and the faulty device was recycled free of charge/)
      expect(text("resolved", "ro", { ...tradeIn, option: "replacement" })).toMatch(/produs nou de același model/)
      expect(text("resolved", "en", { ...tradeIn, option: null, credit_code: null })).toMatch(/settled: the faulty device was recycled/)
    })

    it("writes a shop moment per language", () => {
      const at = (expires: OfferSummary["expires"]) => ({ ...common, offer: valuationOffer({ expires }) })
      expect(text("offer_expiring", "ro", at({ day: "2026-12-05", time: "09:05" }))).toContain("până la 05.12.2026, ora 09:05.")
      expect(text("offer_expiring", "en", at({ day: "2026-12-05", time: "09:05" }))).toContain("until 09:05 on 5 December 2026.")
      expect(text("offer_expiring", "en", at({ day: "2026-12-05" }))).toContain("until 5 December 2026.")
    })
  })

  it("writes Romanian with comma-below ș and ț, never the cedilla forms", () => {
    for (const kind of CLAIM_NOTIFICATION_KINDS) {
      const { subject, text } = claimNotificationText(kind, "ro", samples[kind])
      expect(subject + text).not.toMatch(/[şţŞŢ]/)
    }
  })

  it("writes days and money per language", () => {
    const received = { ...samples.received, due_on: "2026-01-09" }
    expect(claimNotificationText("received", "ro", received).text).toContain("este 09.01.2026.")
    expect(claimNotificationText("received", "en", received).text).toContain("by 9 January 2026.")
    const fee = (amount: number, currency_code: string) => ({ ...samples.fee_waived, fee: { amount, currency_code } })
    expect(claimNotificationText("fee_waived", "ro", fee(20, "eur")).text).toContain("de 20,00 EUR pentru")
    expect(claimNotificationText("fee_waived", "ro", fee(1234.5, "ron")).text).toContain("de 1.234,50 RON pentru")
    expect(claimNotificationText("fee_waived", "en", fee(1234.5, "eur")).text).toContain("of EUR 1,234.50 for")
  })
})
