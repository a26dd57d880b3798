/**
 * Română: every text a shopper reads, in one file, with the same keys as `en.ts`.
 */
import type { Catalogue } from "./catalogue"
import { publicCheckRo } from "./public-check-ro"
import { ownershipRo } from "./ownership-ro"
import {
  sentence,
  type AcceptedOffer,
  type ClaimMailBase,
  type DeviceReturn,
  type IssuedCredit,
  type Money,
  type OfferSummary,
  type Outcome,
  type ShopMoment,
} from "./claim-email"

/** Romanian puts "de" between a number and its noun from 20 up (and for whole hundreds). */
const linkingDe = (n: number) => (n % 100 >= 20 || (n > 0 && n % 100 === 0) ? " de" : "")

/** R2.1: a warranty length in months ("24 de luni"). */
const months = (n: number) => (n === 1 ? "1 lună" : `${n}${linkingDe(n)} luni`)

/** R4.1: a battery warranty length (and any other span) in days ("90 de zile"). */
const days = (n: number) => (n === 1 ? "1 zi" : `${n}${linkingDe(n)} zile`)

/** R5.3: the commercial warranty does not affect the consumer's statutory rights (Art. 5). */
const STATUTORY_RIGHTS =
  "Garanția comercială oferită de noi nu afectează drepturile dumneavoastră în calitate de consumator, în conformitate cu legislația în vigoare (garanția legală de conformitate)."

// ---------------------------------------------------------------------------------------------
// E-mails

/** `2026-12-05` as `05.12.2026`; anything else as given. */
function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${m[3]}.${m[2]}.${m[1]}` : day
}

/**
 * `1.234,50 EUR`. Built by hand rather than with Intl, whose spaces (no-break or not) and
 * symbols vary between ICU versions.
 */
function formatMoney(money: Money): string {
  const code = money.currency_code.toUpperCase()
  const [whole, cents] = Math.abs(money.amount).toFixed(2).split(".")
  const sign = money.amount < 0 ? "-" : ""
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${cents} ${code}`
}

/** `05.12.2026, ora 14:30`, in the shop's time zone. */
function formatMoment(at: ShopMoment): string {
  const day = formatDay(at.day)
  return at.time ? `${day}, ora ${at.time}` : day
}

const greeting = (d: ClaimMailBase) => (d.name ? `Bună ziua, ${d.name},` : "Bună ziua,")

const closing = (d: ClaimMailBase) =>
  `Puteți urmări cererea ${d.ticket_number} aici: ${d.claim_url}\n\nCu stimă,\nEchipa ${d.shop_name}`

const body = (d: ClaimMailBase, paragraphs: (string | null | false | undefined)[]) =>
  [greeting(d), ...paragraphs.filter((p): p is string => !!p), closing(d)].join("\n\n")

/** R8.3: what a valuation is based on. */
const VALUE_BASIS = {
  list_price: "prețul de listă al produsului",
  market_value: "valoarea actuală de piață a produsului",
}

/** R8.5: why a repair is not offered. */
const TRADE_IN_REASON = {
  unrepairable: "dispozitivul nu poate fi reparat",
  parts_withdrawn: "piesele necesare pentru reparație nu mai sunt disponibile",
  end_of_life: "modelul a ajuns la sfârșitul duratei de viață",
  repair_too_costly: "reparația ar costa prea mult față de valoarea dispozitivului",
}

/** A few words naming the offer, for reminders. */
function offerInShort(o: OfferSummary): string {
  const value = o.value ? formatMoney(o.value) : ""
  switch (o.kind) {
    case "replacement":
      return "înlocuirea cu un produs de același model"
    case "valuation":
      return `valoarea de ${value} stabilită pentru dispozitiv`
    case "trade_in":
      return `un credit de ${value} pentru un alt dispozitiv`
  }
}

const creditValidity = (n: number | null | undefined) => (n ? `, valabil ${days(n)}` : "")

/** R8.2, R8.3, R8.5: what is offered and what each choice leads to. */
function offerParagraphs(d: ClaimMailBase & { offer: OfferSummary }): (string | null | false | undefined)[] {
  const o = d.offer
  const value = o.value ? formatMoney(o.value) : ""
  const validity = creditValidity(o.credit_valid_days)
  switch (o.kind) {
    case "replacement":
      return [
        `Dispozitivul ${d.product_title} nu poate fi reparat. Conform garanției, vă oferim în schimb un produs de același model, cu aceleași caracteristici.`,
        `Dacă acceptați, vă trimitem noul produs printr-un schimb pe comanda inițială, iar dispozitivul defect rămâne la noi. ${
          o.fresh_term
            ? "Noul produs primește un certificat de garanție nou."
            : "Garanția noului produs se încheie la aceeași dată ca garanția actuală."
        }`,
      ]
    case "valuation": {
      const basis = o.basis ? VALUE_BASIS[o.basis] : null
      const source = o.basis_note?.trim() ? ` (sursa: ${o.basis_note.trim()})` : ""
      return [
        `Dispozitivul ${d.product_title} nu poate fi reparat, iar același model nu mai este disponibil. Conform garanției, l-am evaluat la ${value}${basis ? `, adică ${basis}${source}` : ""}.`,
        [
          "Puteți alege una dintre variantele:",
          `- un alt produs în valoare de ${value}: primiți un cod de reducere de unică folosință${validity}, pe care îl folosiți la finalizarea comenzii;`,
          "- un produs mai scump: aplicăm codul pe un coș cu produsul ales, iar dumneavoastră plătiți diferența la finalizarea comenzii;",
          `- restituirea sumei de ${value} pe metoda de plată folosită la comanda inițială.`,
        ].join("\n"),
      ]
    }
    case "trade_in": {
      const reason = o.trade_in_reason ? TRADE_IN_REASON[o.trade_in_reason] : null
      const suggested = o.suggested_products?.length ? o.suggested_products.join(", ") : null
      return [
        `Nu vă putem oferi o reparație pentru ${d.product_title}${reason ? `: ${reason}` : ""}. Vă propunem în schimb un credit de ${value} pentru un alt dispozitiv, nou sau second-hand, din magazinul nostru.`,
        suggested && `Vă recomandăm: ${suggested}.`,
        `Dacă acceptați, primiți un cod de reducere de unică folosință${validity}, iar dispozitivul defect este reciclat gratuit. Dacă doriți să îl primiți înapoi, vi-l returnăm: gratuit dacă ați cumpărat un alt dispozitiv cu acest credit până la expediere, altfel pe cheltuiala dumneavoastră.`,
      ]
    }
  }
}

/** R6.2: no answer by the deadline, or a decline, sends the device back at the shopper's cost. */
const offerDeadline = (o: OfferSummary) =>
  `Vă rugăm să acceptați sau să refuzați oferta pe pagina cererii până la ${formatMoment(o.expires)}. Dacă o refuzați sau nu răspundeți până atunci, dispozitivul vă este returnat pe cheltuiala dumneavoastră.`

/**
 * R8.4, R7.4, R6.2: what the shopper does before the device can go back. `shipping_cost: false`
 * leaves out who pays the shipping (R8.5: a trade-in return can be free).
 */
function returnParagraphs(d: DeviceReturn, shipping_cost = true): string[] {
  const out: string[] = []
  if (d.fee_due) {
    out.push(
      `Înainte de returnare trebuie achitată taxa de diagnosticare de ${formatMoney(d.fee_due)}: online, pe pagina cererii, sau la service. Dispozitivul pleacă numai după ce taxa este achitată sau anulată de noi.`
    )
  }
  const how =
    d.delivery_method === "drop_off"
      ? "Puteți ridica dispozitivul personal de la service. Dacă preferați să vi-l trimitem prin curier, confirmați pe pagina cererii adresa de livrare și numărul de telefon."
      : d.return_details_confirmed
        ? "Expediem dispozitivul la adresa pe care ați confirmat-o și vă trimitem numărul de urmărire (AWB) când pleacă."
        : "Vă rugăm să confirmați pe pagina cererii adresa de livrare și numărul de telefon la care vă poate contacta curierul. Expediem dispozitivul numai după ce ați confirmat aceste date."
  out.push(shipping_cost ? `${how} Transportul de retur este pe cheltuiala dumneavoastră.` : how)
  return out
}

/** R8.3 a/b, R8.5: the code, its amount and until when. */
function creditSentence(c: IssuedCredit): string {
  const until = c.expires_on ? formatDay(c.expires_on) : null
  return `Codul dumneavoastră de reducere este ${c.code}, în valoare de ${formatMoney(c)}. Este de unică folosință, legat de contul dumneavoastră${until ? ` și valabil până la ${until}` : ""}.`
}

const creditPending = (value: Money | null | undefined) =>
  `Codul de reducere${value ? ` de ${formatMoney(value)}` : ""} apare pe pagina cererii imediat ce este emis.`

/** What happens after the shopper's choice (R8.2-R8.5). */
function acceptedParagraphs(d: ClaimMailBase & AcceptedOffer): (string | null | false | undefined)[] {
  const credit = d.credit ? creditSentence(d.credit) : creditPending(d.value)
  switch (d.option) {
    case "replacement": {
      const card = d.card?.ends_on
        ? d.card.same_end_date
          ? `Garanția noului produs se încheie la aceeași dată ca garanția inițială: ${formatDay(d.card.ends_on)}.`
          : `Garanția noului produs este valabilă până la ${formatDay(d.card.ends_on)}.`
        : d.fresh_term
          ? "Noul produs primește un certificat de garanție nou, pe care îl găsiți în contul dumneavoastră."
          : "Garanția noului produs se încheie la aceeași dată ca garanția inițială."
      return [
        `Vă trimitem un produs nou, de același model cu ${d.product_title}, printr-un schimb pe comanda inițială. Dispozitivul defect rămâne la noi, ca retur în cadrul schimbului; schimbul apare și în istoricul comenzii.`,
        card,
      ]
    }
    case "credit":
      return [credit, "Îl puteți folosi la finalizarea comenzii, pentru orice produs din magazinul nostru."]
    case "credit_with_top_up": {
      const product = d.product ? ` cu ${d.product}` : ""
      return [credit, `L-am aplicat pe un coș${product}. Finalizați comanda pornind de la pagina cererii și plătiți diferența de preț.`]
    }
    case "refund": {
      const amount = d.refund ?? d.value
      const sum = amount ? formatMoney(amount) : null
      return [
        `Vă restituim ${sum ? `suma de ${sum}` : "valoarea stabilită"} pe metoda de plată folosită la comanda inițială. În funcție de bancă, suma poate apărea în cont după câteva zile lucrătoare.`,
      ]
    }
    case "trade_in": {
      const device = d.return_device
        ? "Vă returnăm dispozitivul defect, așa cum ați cerut: transportul este gratuit dacă ați cumpărat un alt dispozitiv cu acest credit până la expediere, altfel este pe cheltuiala dumneavoastră."
        : "Dispozitivul defect va fi reciclat gratuit."
      const steps =
        d.return_device && d.delivery_method
          ? returnParagraphs(
              { delivery_method: d.delivery_method, return_details_confirmed: !!d.return_details_confirmed, fee_due: d.fee_due },
              false
            )
          : []
      return [credit, "Îl puteți folosi la finalizarea comenzii pentru un alt dispozitiv, nou sau second-hand.", device, ...steps]
    }
  }
}

/** R8.2-R8.5: the outcome in one clause. */
function outcomeLine(d: Outcome): string {
  const amount = d.amount ? formatMoney(d.amount) : null
  const code = d.credit_code
    ? `codul de reducere ${d.credit_code}${amount ? `, de ${amount}` : ""}`
    : `un cod de reducere${amount ? ` de ${amount}` : ""}`
  const device = d.recycled
    ? "dispozitivul defect a fost reciclat gratuit"
    : d.return_device
      ? "dispozitivul defect v-a fost returnat"
      : null
  switch (d.option) {
    case "replacement":
      return "înlocuim dispozitivul cu un produs nou de același model, printr-un schimb pe comanda inițială"
    case "credit":
      return `ați primit ${code}`
    case "credit_with_top_up":
      return `ați primit ${code}, aplicat pe coșul cu produsul ales`
    case "refund":
      return `v-am restituit ${amount ?? "valoarea stabilită"} pe metoda de plată a comenzii inițiale`
    case "trade_in":
      return `ați primit ${code} pentru un alt dispozitiv${device ? `, iar ${device}` : ""}`
    case null:
      return device ?? "nu mai sunt pași de urmat"
  }
}

// ---------------------------------------------------------------------------------------------
// The demo storefront

const storefront: Catalogue["storefront"] = {
  common: {
    loading: "Se încarcă…",
    retry: "Încercați din nou",
  },
  nav: {
    shopName: "Swipe Refurbished",
    main: "Principal",
    skip: "Salt la conținut",
    catalogue: "Magazin",
    cart: (n) => (n ? `Coș (${n})` : "Coș"),
    account: "Contul meu",
    signIn: "Autentificare",
    signOut: "Ieșire din cont",
    language: "Limba",
    languageName: "Română",
    footer:
      "Magazin demonstrativ pentru medusa-plugin-warranty: telefoane recondiționate, cu un certificat de garanție pentru fiecare produs.",
  },
  errors: {
    title: "Ceva nu a mers bine",
    network: "Magazinul nu poate fi contactat. Verificați conexiunea și încercați din nou.",
    notFoundTitle: "Pagina nu a fost găsită",
    notFoundText: "Această pagină nu există sau nu vă aparține.",
    backHome: "Înapoi la magazin",
    crashedTitle: "Pagina nu poate fi afișată",
    configTitle: "Magazinul nu este disponibil",
    configText: "Magazinul nu și-a putut încărca setările (/config.json). Porniți-l cu `npm run demo`.",
  },
  warranty: {
    badgeDevice: (m, d) => `Garanție ${months(m)}, baterie ${days(d)}`,
    badgeMonths: (m) => `Garanție ${months(m)}`,
    badgeAccessory: (m) => `Garanție ${months(m)}, defecte de fabricație`,
    coverageDevice:
      "Acoperă funcțiile telefonului enumerate în condiții: afișaj și ecran tactil, baterie, camere, butoane, senzori, sunet, semnal, port de încărcare și fantă SIM.",
  },
  catalogue: {
    title: "Telefoane recondiționate",
    subtitle: "Fiecare produs are propriul certificat de garanție.",
    empty: "Nu există încă produse.",
    from: (price) => `de la ${price}`,
    noPrice: "Preț la cerere",
  },
  product: {
    loadingTitle: "Produs",
    notFound: "Acest produs nu există sau nu mai este vândut.",
    price: "Preț",
    taxIncluded: "TVA inclus.",
    variant: "Versiune",
    addToCart: "Adaugă în coș",
    soldOut: "Stoc epuizat",
    added: "Produsul a fost adăugat în coș.",
    viewCart: "Vezi coșul",
    warrantyTitle: "Garanție",
    description: "Descriere",
  },
  cart: {
    title: "Coșul dumneavoastră",
    empty: "Coșul este gol.",
    browse: "Vezi telefoanele",
    itemsTitle: "Produse",
    summary: "Sumar",
    items: "Produse",
    discount: "Credit și reduceri",
    shipping: "Livrare",
    total: "Total",
    vatIncluded: (vat) => `TVA inclus: ${vat}`,
    quantity: (n) => `cantitate ${n}`,
    decrease: (title) => `Un ${title} mai puțin`,
    increase: (title) => `Încă un ${title}`,
    remove: "Elimină",
    checkout: "Finalizează comanda",
  },
  checkout: {
    title: "Finalizarea comenzii",
    notFound: "Acest coș nu există sau nu vă aparține.",
    addressTitle: "Date de contact și adresă",
    email: "E-mail",
    firstName: "Prenume",
    lastName: "Nume",
    phone: "Telefon",
    continueToDelivery: "Continuă la livrare",
    editAddress: "Schimbă adresa",
    deliveryTitle: "Livrare",
    noOptions: "Nu există nicio opțiune de livrare pentru această adresă.",
    free: "gratuit",
    pickupAt: (where) => `La ${where}.`,
    paymentTitle: "Plată",
    paymentText: "Plată demonstrativă: comanda este plătită prin furnizorul de test al magazinului; nu se debitează niciun card.",
    placeOrder: (total) => `Plasează comanda · ${total}`,
    failed: "Comanda nu a putut fi plasată.",
    alreadyCompleted: "Acest coș a devenit deja o comandă.",
    toAccount: "Vezi comenzile",
    codes: (codes) => `Coduri aplicate: ${codes}`,
    promoLabel: "Cod de credit sau de reducere",
    promoApply: "Aplică codul",
    promoRefused: (code) =>
      `Codul ${code} nu poate fi folosit pe acest coș (necunoscut, folosit, expirat sau al altui client).`,
  },
  confirmed: {
    title: "Vă mulțumim pentru comandă",
    placed: (n) => `Comanda #${n} a fost plasată.`,
    total: (total) => `Total: ${total}`,
    email: (email) => `Comandă pe numele contului ${email}.`,
    cards: "Fiecare produs primește propriul certificat de garanție; îl găsiți pe pagina comenzii.",
    viewOrder: "Vezi comanda și certificatele de garanție",
  },
  auth: {
    signInTitle: "Autentificare",
    registerTitle: "Creează un cont",
    email: "E-mail",
    password: "Parolă",
    firstName: "Prenume",
    lastName: "Nume",
    signIn: "Autentificare",
    register: "Creează un cont",
    createAccount: "Creează contul",
    noAccount: "Nu aveți cont?",
    haveAccount: "Aveți deja cont?",
  },
  account: {
    title: "Contul meu",
    signedInAs: (name, email) => (name === email ? `Conectat ca ${email}` : `Conectat ca ${name} (${email})`),
    ordersTitle: "Comenzi",
    noOrders: "Nu aveți încă nicio comandă.",
    orderLink: (n) => `Comanda #${n}`,
    claimsTitle: "Cereri de service în garanție",
    noClaims: "Nicio cerere.",
    claimLink: (ticket, product) => `${ticket} · ${product}`,
    filedOn: (d) => `depusă pe ${d}`,
  },
  order: {
    loadingTitle: "Comandă",
    notFound: "Această comandă nu există sau nu vă aparține.",
    title: (n) => `Comanda #${n}`,
    placedOn: (d) => `Plasată pe ${d}`,
    summaryTitle: "Sumar",
    total: (total) => `Total: ${total}`,
    delivery: (how, cost) => `Livrare: ${how} · ${cost}`,
    cardsTitle: "Certificate de garanție",
    cardsIntro: "Un certificat pentru fiecare produs. Păstrați PDF-ul: este certificatul dumneavoastră de garanție.",
    noCards: "Certificatele de garanție sunt în curs de emitere; reîncărcați pagina peste câteva momente.",
  },
  card: {
    title: (product, variant) => (variant ? `${product} · ${variant}` : product),
    period: "Garanție",
    periodText: (from, to, m) => `${from} – ${to} (${months(m)})`,
    voidReason: "Motivul anulării",
    batteryHistory: "Starea bateriei",
    noReadings: "Nicio măsurătoare încă.",
    claims: "Cereri de service",
    claimLink: (ticket) => `Cererea ${ticket}`,
    download: "Descarcă certificatul (PDF)",
    fileClaim: "Depune o cerere de service",
    pendingNote: "Puteți depune o cerere după ce începe garanția.",
  },
  covers: {
    legal: "garanția legală de conformitate",
    commercial: "garanția magazinului",
    battery: "garanția bateriei",
  },
  // R11.4: fotografiile defectului, în formular și pe pagina reclamației.
  photos: {
    title: "Fotografii ale defectului",
    intro: (max: number) =>
      `Opțional: până la ${max} fotografii (JPEG, PNG, WebP sau HEIC, maximum 10 MB fiecare) ale defectului și ale întregului aparat. Datele de localizare sunt șterse înainte de păstrare.`,
    add: "Adaugă fotografii",
    remove: (name: string) => `Elimină ${name}`,
    tooMany: (max: number) => `Cel mult ${max} fotografii: restul nu au fost adăugate.`,
    uploading: "Se trimit fotografiile…",
    uploadFailed: "Reclamația a fost înregistrată, dar fotografiile nu au fost trimise. Adăugați-le din nou mai jos.",
    none: "Nicio fotografie.",
    byService: "De la service",
    addMore: "Adaugă fotografii (până când service-ul primește aparatul)",
  },
  claimForm: {
    title: "Cerere de service în garanție",
    notFound: "Acest certificat de garanție nu există sau nu vă aparține.",
    subtitle: (product, card, order) => `${product} · certificat ${card} · comanda #${order}`,
    backToOrder: "Înapoi la comandă",
    defectsTitle: "Ce nu funcționează",
    defectsIntro: "Bifați fiecare funcție care nu merge (cele acoperite de garanție).",
    accessoryIntro: "Accesoriile sunt acoperite numai pentru defecte de fabricație.",
    description: "Descrieți problema",
    descriptionHint: "Când apare și ce observați (cel mult 2000 de caractere).",
    eligibilityTitle: "Este acoperit?",
    pickDefects: "Bifați ce nu funcționează și vă spunem imediat dacă reparația este gratuită.",
    checking: "Verificăm garanția…",
    free: "Gratuit: dispozitivul este acoperit de",
    coverUntil: (cover, until) => `${cover}, până la ${until}`,
    paid: "Ar fi un service contra cost: nicio acoperire gratuită nu se aplică pentru ce ați bifat.",
    acceptPaid: "Înțeleg că ar fi un service contra cost și vreau să depun cererea",
    acceptPaidDetail:
      "Service-ul diagnostichează dispozitivul și vă trimite un deviz; nimic nu se repară înainte să îl acceptați.",
    notFileable: "Nu se poate depune o cerere pe acest certificat:",
    courier: "Prin curier",
    dropOff: "Îl aduc personal",
    dropOffDetail: "Îl predați la adresa service-ului, în programul de lucru (de luni până vineri).",
    contactTitle: "Expeditorul de pe etichetă",
    contactIntro: "Completat din adresa de livrare a comenzii; schimbați-o dacă trimiteți coletul din altă parte.",
    senderName: "Nume",
    contactPerson: "Persoană de contact",
    phone: "Telefon",
    checklistIntro: "Service-ul are nevoie de dispozitiv pregătit pentru testare.",
    accessoriesList: "Accesorii din colet",
    accessoriesHint: "Separate prin virgulă, de exemplu: cablu USB-C, încărcător.",
    fixFirst: "Înainte de depunere:",
    missingDefects: "bifați cel puțin o problemă",
    missingDescription: "descrieți problema",
    missingAcks: "confirmați cei trei pași dinaintea trimiterii",
    missingEligibility: "așteptați verificarea garanției",
    missingPaid: "acceptați service-ul contra cost sau renunțați la cerere",
    submit: "Depune cererea",
  },
  filed: {
    title: (ticket) => `Cererea ${ticket} a fost înregistrată`,
    ticket: (ticket) => `Numărul tichetului este ${ticket}. Menționați-l în orice discuție cu noi.`,
    stepLabel: "Tipăriți eticheta coletului (cu numărul tichetului și adresa service-ului) și lipiți-o pe colet.",
    labelButton: "Descarcă eticheta (PDF)",
    stepChecklist:
      "Faceți o copie a datelor, eliminați codul de blocare și foliile de protecție și adăugați toate accesoriile.",
    stepDropOff: "Aduceți-l la adresa service-ului de pe etichetă, de luni până vineri.",
    // R6.5, R6.8: with the service's address, hours and phone from the claim
    serviceTitle: "Service-ul",
    emails: "Vă scriem pe e-mail la fiecare pas.",
  },
  claim: {
    loadingTitle: "Cerere de service",
    notFound: "Această cerere nu există sau nu vă aparține.",
    title: (ticket) => `Cererea ${ticket}`,
    subtitle: (product, variant, card) =>
      `${product}${variant ? ` · ${variant}` : ""}${card ? ` · certificat ${card}` : ""}`,
    downloadLabel: "Descarcă eticheta",
    statusTitle: "Stare",
    overdue: "Termen depășit",
    filed: "Depusă pe",
    received: "Primită în service",
    due: "Termen",
    dueOn: (d) => `termen ${d}`,
    dueText: (d, basis) => (basis ? `${d} (${basis})` : d),
    dueBasis: { legal: "termenul garanției legale", commercial: "perioada de service a garanției" },
    dueAfterIntake: "Se stabilește când service-ul primește dispozitivul.",
    extended: "Prelungit",
    extensionText: (d, why) => `până la ${d}: ${why}`,
    extensionReason: {
      manufacturer_service: "dispozitivul a fost trimis la service-ul autorizat al producătorului",
      no_replacement: "nu există încă un produs de înlocuire",
    },
    coversTerm: "Acoperiri la data depunerii",
    paidService: "Service contra cost (nu se aplică nicio acoperire gratuită)",
    delivery: "Trimis",
    description: "Problema",
    order: "Comanda",
    viewOrder: "Vezi comanda",
    diagnosis: (findings) => `Diagnostic: ${findings}`,
    rejected: (why) => `Nu este acoperit de garanție: ${why}`,
    quoteTitle: "Deviz de reparație",
    quoteAmount: (amount) => `Reparație: ${amount}`,
    quoteDays: (d) => `Durată estimată: ${days(d)} de la acceptare.`,
    quoteParts: (parts) => `Piese de comandat: ${parts}`,
    quoteAccepted: (at) => `Ați acceptat devizul pe ${at}.`,
    quoteDeclined: (at) => `Ați refuzat devizul pe ${at}.`,
    quoteAcceptMeans: "Dacă acceptați, piesele sunt comandate și reparația începe.",
    quoteDeclineMeans: (fee) =>
      `Dacă refuzați, se datorează taxa de diagnosticare de ${fee}, iar dispozitivul vă este returnat pe cheltuiala dumneavoastră.`,
    acceptQuote: (amount) => `Accept reparația (${amount})`,
    declineQuote: (fee) => `Refuz (taxa de diagnosticare ${fee})`,
    quoteAcceptedNotice: "Ați acceptat devizul: reparația începe.",
    quoteDeclinedNotice: (fee) =>
      `Ați refuzat devizul: se datorează taxa de diagnosticare de ${fee}, apoi dispozitivul vă este returnat.`,
    quoteDeclineMeansNoFee: "Dacă refuzați, nu se datorează nicio taxă, iar dispozitivul vă este returnat pe cheltuiala dumneavoastră.",
    declineQuoteNoFee: "Refuz",
    quoteDeclinedNoFeeNotice: "Ați refuzat devizul: dispozitivul vă este returnat.",
    feesTitle: "Taxe",
    feeLine: (amount, why) => `Taxa de diagnosticare ${amount} (${why})`,
    feeReason: { quote_declined: "deviz refuzat", rejected: "neacoperit de garanție" },
    feeDue: "De plată: dispozitivul este trimis înapoi după plata taxei.",
    feePaid: (at, how) => `Plătită ${how} pe ${at}.`,
    feeWaived: (why) => (why ? `Anulată: ${why}` : "Anulată."),
    online: "online",
    atCounter: "la ghișeu",
    payFee: (amount) => `Plătește ${amount} online`,
    payFeeDetail: "Plată demonstrativă: furnizorul de test al magazinului, nu se debitează niciun card.",
    feePaidNotice: (amount) => `Vă mulțumim: taxa de ${amount} a fost plătită.`,
    timelineTitle: "Ce s-a întâmplat până acum",
  },
  offer: {
    title: "Oferta noastră",
    kind: {
      replacement: "Înlocuire cu același model",
      valuation: "Dispozitivul a fost evaluat: alegeți cum primiți valoarea",
      trade_in: "Schimb: credit pentru alt dispozitiv",
    },
    value: (amount) => `Valoare: ${amount}`,
    basis: { list_price: "prețul de listă", market_value: "valoarea actuală de piață" },
    tradeInReason: {
      unrepairable: "Dispozitivul nu poate fi reparat.",
      parts_withdrawn: "Piesele nu mai sunt fabricate.",
      end_of_life: "Modelul a ajuns la sfârșitul ciclului de viață.",
      repair_too_costly: "Reparația ar costa prea mult față de valoarea dispozitivului.",
    },
    openUntil: (d) => `Valabilă până la ${d}.`,
    status: {
      open: "Deschisă",
      accepted: "Ați acceptat această ofertă.",
      declined: "Ați refuzat această ofertă.",
      expired: "Această ofertă a expirat.",
      replaced: "Această ofertă a fost înlocuită de una nouă.",
    },
    silence: "Fără un răspuns până atunci, dispozitivul vă este returnat pe cheltuiala dumneavoastră.",
    choicesLabel: "Alegerea dumneavoastră",
    noneNow: "Niciuna dintre aceste variante nu poate fi aleasă acum (motivul este sub fiecare). Sunați la service sau refuzați oferta.",
    productPicker: "Produsul dorit (diferența o plătiți la finalizarea comenzii)",
    noSuggestions: "Magazinul nu a propus produse pentru această variantă; contactați service-ul.",
    variant: "Versiune",
    chooseVariant: "Alegeți versiunea",
    returnDevice: "Trimiteți-mi dispozitivul înapoi",
    returnDeviceDetail:
      "Altfel, dispozitivul defect este reciclat gratuit. Returnarea este pe cheltuiala dumneavoastră, cu excepția cazului în care cumpărați alt dispozitiv cu creditul.",
    pickChoice: "Alegeți mai întâi una dintre variante.",
    pickProduct: "Alegeți mai întâi produsul (și versiunea lui).",
    accept: "Accept",
    acceptChoice: (label) => `Accept: ${label}`,
    decline: "Refuz oferta",
    declineMeans: "Dacă refuzați, dispozitivul vă este returnat pe cheltuiala dumneavoastră.",
    acceptedNotice: (label) => `Ați ales: ${label}.`,
    declinedNotice: "Ați refuzat oferta: dispozitivul vă este returnat pe cheltuiala dumneavoastră.",
    youChose: (label) => `Ați ales: ${label}.`,
  },
  resolution: {
    title: "Soluția aleasă",
    credit: (amount, until) => `Creditul de ${amount} este valabil până la ${until}, numai pentru contul dumneavoastră.`,
    codeLabel: "Cod de credit",
    copy: "Copiază codul",
    useCode: "Introduceți acest cod la finalizarea comenzii pentru a folosi creditul.",
    topUp: "Produsul ales este într-un coș, cu creditul aplicat: plătiți diferența pentru a finaliza comanda.",
    continueCheckout: "Continuă la finalizarea comenzii",
    bought: "Ați cumpărat un dispozitiv cu acest credit.",
    viewOrder: "Vezi comanda",
    refund: (amount) => `Suma de ${amount} este rambursată pe metoda de plată a comenzii.`,
    exchange: "Produsul de înlocuire este pe drum; certificatul lui de garanție apare pe comandă.",
    recycled: (at) => `Dispozitivul vechi a fost reciclat gratuit pe ${at}.`,
  },
  returns: {
    title: "Returnarea dispozitivului",
    askedNow: "Spuneți-ne unde trimitem dispozitivul înapoi: service-ul îl expediază numai după ce confirmați aceste date.",
    askLater: "Când service-ul termină, trimitem dispozitivul la adresa pe care o confirmați aici.",
    give: "Completează datele de returnare",
    change: "Schimbă datele de returnare",
    name: "Nume",
    phone: "Telefon",
    submit: "Confirmă datele de returnare",
    savedNotice: "Vă mulțumim: datele de returnare au fost confirmate.",
    confirmed: (at) => `Confirmate pe ${at}:`,
    shipped: (carrier, tracking, at) => `Expediat înapoi prin ${carrier}, număr de urmărire ${tracking}, pe ${at}.`,
    paidByShop: "Transportul este plătit de magazin.",
    paidByYou: "Transportul este plătit de dumneavoastră.",
  },
  cancel: {
    title: "Anularea cererii",
    intro: "Puteți retrage cererea până când service-ul primește dispozitivul.",
    reason: "Motivul (opțional)",
    submit: "Anulează această cerere",
    notice: "Cererea a fost anulată.",
  },
  address: {
    address1: "Adresă",
    address2: "Apartament, etaj (opțional)",
    city: "Localitate",
    postalCode: "Cod poștal",
    province: "Județ (opțional)",
    country: "Țară",
    chooseCountry: "Alegeți țara",
    romania: "România",
  },
}

export const ro: Catalogue = {
  format: {
    language_tag: "ro-RO",
    document_day: (day) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
      return m ? `${m[3]}.${m[2]}.${m[1]}` : day
    },
    months,
    days,
  },
  warranty: {
    // R5.3
    statutory_rights: STATUTORY_RIGHTS,
    // R5.2
    accessory_exclusions:
      "Nu sunt acoperite: uzura, abraziunile, zgârieturile, petele, fisurile, ruperea sau îndoirea cablurilor și alte deteriorări apărute după utilizare.",
    battery_terms: (days, threshold) =>
      `Bateria are garanție ${days} de zile de la începutul garanției, pentru un defect care o face să nu mai funcționeze. Scăderea sănătății bateriei sub ${threshold}% în timpul utilizării este uzură normală și nu este acoperită.`,
    // R4.5
    oem_battery_note:
      "Acest model folosește o baterie OEM, cu aceleași caracteristici și durabilitate ca cea originală. Telefonul poate afișa mesajul „piesă neoriginală” sau poate să nu afișeze procentul de sănătate; acest lucru nu afectează performanța. O înlocuire în garanție se face tot cu o baterie OEM, la capacitate 100%.",
    // R10
    power_requirements: "Alimentare: prize cu împământare, 220 V (-15% / +10%), 50 Hz (±1 Hz).",
  },
  // R5.1 the phone's functions, in the order of Art. 2; R5.2 an accessory's one cover.
  defect: {
    original_phone: "Telefonul original",
    no_liquid_contact: "Fără contact cu lichide",
    display: "Afișaj funcțional",
    touch_screen: "Ecran tactil funcțional",
    biometric_unlock: "Deblocare prin amprentă sau recunoaștere facială",
    battery: "Baterie",
    light_sensor: "Senzor de lumină",
    proximity_sensor: "Senzor de proximitate",
    microphone: "Microfon",
    speaker: "Difuzor",
    audio_jack: "Mufa audio",
    menu_button: "Buton de meniu",
    power_button: "Buton de pornire",
    volume_buttons: "Butoane de volum",
    silent_switch: "Buton pentru modul silențios",
    vibration: "Vibrație",
    wifi: "Semnal Wi-Fi",
    bluetooth: "Bluetooth",
    flashlight: "Lanterna",
    gsm_navigation: "Semnal GSM și navigare",
    cameras: "Camere foto",
    autofocus: "Autofocus",
    charging_port: "Port de încărcare",
    sim_slot: "Fantă SIM",
    manufacturing_defect: "Defecte de fabricație",
  },
  card: {
    status: {
      pending: "În așteptare",
      active: "Activă",
      expired: "Expirată",
      void: "Anulată",
    },
    coverage: {
      full: "Funcțiile telefonului (Art. 2)",
      manufacturing_defects: "Doar defecte de fabricație (Art. 4)",
    },
    delivery_kind: {
      pickup: "Ridicare din magazin",
      courier: "Curier",
    },
    // R3.1-R3.3
    start_rule: {
      pickup: "Garanția începe în ziua în care primiți produsul și certificatul de garanție, la ridicarea din magazin.",
      courier:
        "Pentru produsele livrate prin curier, garanția începe în ziua emiterii certificatului de garanție (a facturii).",
    },
    battery_source: {
      sale: "La vânzare",
      intake: "La primirea în service",
      repair: "După reparație",
      customer_report: "Raportată de client",
    },
    battery_kind: {
      original: "Originală",
      oem: "OEM",
    },
    document: {
      title: "Certificat de garanție",
      card_number: "Număr card",
      order: "Comandă",
      customer: "Client",
      product: "Produs",
      variant: "Variantă",
      sku: "Cod produs (SKU)",
      serial: "Serie / IMEI",
      serial_missing: "Se completează de magazin",
      status: "Stare",
      delivery: "Livrare",
      issued_at: "Data emiterii",
      length: "Durata garanției",
      coverage: "Acoperire",
      starts_on: "Data începerii",
      ends_on: "Data încheierii",
      ends_on_note: "valabilă toată ziua de încheiere",
      not_started: "încă nu a început",
      start_rule_title: "Când începe garanția",
      battery_title: "Garanția bateriei",
      battery_length: "Durata garanției bateriei",
      battery_ends_on: "Garanția bateriei până la",
      sale_health: "Sănătatea bateriei la vânzare",
      readings: "Ultimele măsurători ale bateriei",
      reading_date: "Data",
      reading_percent: "Sănătate",
      reading_source: "Sursa",
      reading_kind: "Tip baterie",
      no_percent: "procent neafișat",
      oem_title: "Baterie OEM",
      coverage_title: "Ce acoperă garanția",
      statutory_title: "Drepturile dumneavoastră legale",
      page: "Pagina",
    },
  },
  claim: {
    status: {
      submitted: "Înregistrată",
      received: "Primită în service",
      diagnosing: "În diagnosticare",
      awaiting_customer: "Așteaptă acordul dumneavoastră",
      repairing: "În reparație",
      at_manufacturer: "La producător",
      ready: "Gata",
      awaiting_return_details: "Așteaptă datele de returnare",
      returning: "În curs de returnare",
      rejected: "Respinsă",
      unrepairable: "Nu poate fi reparat",
      offered: "Ofertă în așteptarea alegerii dumneavoastră",
      recycling: "De reciclat",
      closed: "Închisă",
      canceled: "Anulată",
    },
    move: {
      submit: "Reclamația a fost înregistrată",
      add_photos: "Fotografii adăugate",
      receive: "Produsul a ajuns în service",
      cancel: "Reclamația a fost anulată",
      diagnose: "Diagnosticare începută",
      start_repair: "Reparația a început",
      quote: "Deviz trimis",
      accept_quote: "Deviz acceptat",
      decline_quote: "Deviz refuzat",
      reject: "Reclamația nu este acoperită de garanție",
      mark_unrepairable: "Produsul nu poate fi reparat",
      send_to_manufacturer: "Trimis la producător",
      mark_ready: "Produsul este gata",
      request_return_details: "Confirmați datele pentru returnare",
      confirm_return_details: "Datele de returnare au fost confirmate",
      ship_return: "Produsul a fost expediat înapoi",
      close: "Reclamația a fost închisă",
      extend: "Termenul de service a fost prelungit",
      note: "Mesaj de la service",
      mark_overdue: "Termenul de service a fost depășit",
      make_offer: "Ofertă de soluționare trimisă",
      accept_offer: "Oferta a fost acceptată",
      accept_trade_in: "Oferta de schimb a fost acceptată",
      accept_trade_in_return: "Oferta de schimb a fost acceptată (produsul vă este returnat)",
      decline_offer: "Oferta a fost refuzată",
      expire_offer: "Oferta a expirat",
      remind_offer: "Oferta expiră în curând",
      recycle: "Produsul a fost reciclat gratuit",
      pay_fee: "Taxa de diagnosticare a fost plătită online",
      mark_fee_paid: "Taxa de diagnosticare a fost plătită la ghișeu",
      waive_fee: "Taxa de diagnosticare a fost anulată",
    },
    // R9 (Art. 12), in the order of the terms.
    exclusion_reason: {
      card_mismatch: "Datele din certificatul de garanție nu corespund cu produsul.",
      card_missing: "Lipsește certificatul de garanție (sau copia acestuia).",
      warranty_expired: "Perioada de garanție a expirat.",
      outside_repair: "S-a încercat repararea, modificarea sau schimbarea produsului în afara service-ului autorizat.",
      non_original_parts: "Au fost folosite consumabile sau materiale neoriginale.",
      normal_wear: "Verificări periodice, întreținere sau înlocuirea pieselor uzate prin utilizare normală.",
      misuse_software:
        "Utilizare necorespunzătoare: software sau sistem de operare neoficial, versiune beta, root, expunere îndelungată la soare sau frig.",
      seals_broken: "Sigiliile de garanție, etichetele sau marcajele din fabrică sunt rupte.",
      transport_or_handling:
        "Deteriorări din transport, depozitare, nerespectarea instrucțiunilor, defecte electrice, trăsnet, lipsa împământării, deformări mecanice sau manipulare neglijentă.",
      force_majeure:
        "Forță majoră: supratensiuni, furtuni, inundații, incendii, război, tulburări civile, rețea electrică necorespunzătoare.",
      other_devices: "Defecte cauzate de alte module sau dispozitive folosite împreună cu produsul.",
      software_or_malware: "Defecte cauzate de actualizări de software sau de programe malițioase.",
      impact_liquid_damage:
        "Urme de lovituri, murdărie excesivă, lichide sau deteriorări mecanice vizibile (produsul nu este acceptat în service în garanție).",
      touch_screen_force: "Forță excesivă sau obiecte metalice folosite pe ecranul tactil.",
      imei_tampered:
        "IMEI șters sau modificat, dispozitiv deschis sau reparat de alt service, etichete de garanție îndepărtate.",
      improper_use: "Deteriorări fizice cauzate de utilizarea și întreținerea necorespunzătoare.",
      user_damage: "Deteriorări produse de utilizator: ecran spart, port USB sau fantă SIM deteriorate.",
      water_damage: "Deteriorări cauzate de apă sau umiditate.",
      screen_misuse: "Deteriorarea ecranului prin utilizare necorespunzătoare (pată galbenă, dungi de presiune).",
      screen_burn_in:
        "Imagine remanentă pe ecran (efect „fantomă”) cauzată de o aplicație lăsată prea mult timp pe ecran.",
    },
    eligibility: {
      card_void: (reason) => `Certificatul de garanție este anulat (${reason}); nu se poate deschide o reclamație.`,
      card_not_started: () => "Garanția nu a început încă: produsul nu a fost predat sau facturat.",
      before_start: (day) => `Data cerută este înainte de începerea garanției (${day}).`,
      legal_ended: (day) => `Garanția legală de conformitate s-a încheiat pe ${day}.`,
      commercial_ended: (day) => `Garanția comercială s-a încheiat pe ${day}.`,
      commercial_not_covered: (codes) => `Garanția comercială nu acoperă: ${codes}.`,
      battery_ended: (day) => `Garanția bateriei s-a încheiat pe ${day}.`,
      battery_wear: () => "Scăderea sănătății bateriei prin utilizare este uzură normală, nu un defect (R4.4).",
      paid_service: () =>
        "Nicio garanție nu se aplică: reparația va fi contra cost, după un deviz pe care îl acceptați sau îl refuzați.",
    },
    // R8.2 replacement, R8.3 credit, top-up or refund, R8.5 trade-in.
    offer_option: {
      replacement: "Înlocuire cu același model",
      credit: "Alt produs în valoarea evaluată",
      credit_with_top_up: "Un produs mai scump, plătind diferența",
      refund: "Rambursarea valorii",
      trade_in: "Credit pentru alt dispozitiv (schimb)",
    },
    offer_detail: {
      replacement:
        "Primiți un produs de același model și cu aceleași caracteristici; noul certificat păstrează data de sfârșit a garanției.",
      credit: "Primiți un cod de credit de unică folosință, valabil doar pentru contul dumneavoastră.",
      credit_with_top_up:
        "Alegeți produsul; creditul este aplicat într-un coș, iar diferența o plătiți la finalizarea comenzii.",
      refund: "Valoarea este rambursată pe metoda de plată a comenzii inițiale.",
      trade_in:
        "Primiți un cod de credit; dispozitivul defect este reciclat gratuit. Dacă îl doriți înapoi, returnarea este gratuită când cumpărați alt dispozitiv.",
    },
    offer_blocked: {
      offer_closed: "Oferta nu mai este deschisă.",
      payment_not_captured: "Nu este posibil încă: magazinul nu a încasat plata comenzii. Vă rugăm să contactați magazinul.",
      nothing_to_refund: "Nu este posibil: din plata comenzii a rămas de rambursat mai puțin decât această valoare. Vă rugăm să contactați magazinul.",
      out_of_stock: "Nu este posibil acum: produsul de înlocuire nu mai este în stoc. Magazinul vă va face o altă ofertă.",
      currency_mismatch: "Nu este posibil: oferta este în altă monedă decât comanda dumneavoastră. Vă rugăm să contactați magazinul.",
      order_canceled: "Nu este posibil: comanda a fost anulată.",
      unit_not_delivered: "Nu este posibil: produsul nu v-a fost livrat din această comandă.",
      no_shipping_option: "Nu este posibil: comanda nu are o metodă de livrare pentru produsul de înlocuire. Vă rugăm să contactați magazinul.",
      variant_unavailable: "Nu este posibil: produsul de înlocuire nu se mai vinde. Magazinul vă va face o altă ofertă.",
      card_void: "Nu este posibil: certificatul de garanție al produsului este anulat.",
      no_customer: "Nu este posibil: un cod de credit necesită un cont de client.",
    },
  },
  claim_label: {
    field: {
      title: "Etichetă colet – cerere de service în garanție",
      cut_courier: "Decupați eticheta și lipiți-o pe colet",
      cut_drop_off: "Decupați eticheta și lipiți-o pe pachetul pe care îl aduceți la service",
      ticket_number: "NUMĂR TICHET",
      sender: "EXPEDITOR",
      recipient: "DESTINATAR (SERVICE)",
      name: "NUME",
      address: "ADRESĂ",
      contact_person: "PERSOANĂ DE CONTACT",
      phone: "TELEFON",
      no_cod_title: "RAMBURS REFUZAT · TRANSPORT PLĂTIT DE EXPEDITOR",
      hand_in_title: "Cum predați aparatul",
      checklist_title: "Înainte de predare",
      packing_title: "Ambalare",
      claim_title: "Cererea dumneavoastră",
      product: "Produs",
      serial: "Serie / IMEI",
      defects: "Defecte semnalate",
      filed_on: "Depusă la",
      service_hours: "Program service",
      service_phone: "Telefon",
      page: "Pagina",
    },
    // R6.2
    no_cash_on_delivery:
      "Coletele trimise cu plata la destinatar (ramburs) sunt refuzate. Costurile de transport către service și înapoi sunt suportate de client.",
    // R6.8
    service_hours: (opens, closes) => `De luni până vineri, ${opens}-${closes}`,
    // R6.2
    courier_instructions:
      "Trimiteți coletul prin curier la adresa service-ului de pe etichetă, cu transportul plătit de dumneavoastră. Coletele cu ramburs (plata la destinatar) sunt refuzate. Returnarea aparatului după service se face tot pe cheltuiala dumneavoastră.",
    // R6.2, R6.8
    drop_off_instructions: (address, hours) =>
      `Aduceți aparatul personal la adresa service-ului (${address}), ${hours.charAt(0).toLowerCase()}${hours.slice(1)}. Nu este nevoie să îl trimiteți prin curier. Dacă totuși îl trimiteți prin curier, transportul este plătit de dumneavoastră: coletele cu ramburs sunt refuzate.`,
    // R6.3 (Art. 7)
    checklist: {
      data_backup:
        "Am făcut o copie de siguranță a datelor. Magazinul nu răspunde pentru pierderea datelor din aparat.",
      lock_removed: "Am scos codul de blocare a ecranului, ca service-ul să poată testa aparatul.",
      films_removed: "Am îndepărtat foliile de protecție și autocolantele de pe carcasă și butoane.",
    },
    // R6.4
    accessories_included: (accessories) =>
      `Am inclus toate accesoriile aparatului (baterie, încărcător, suport etc.). Declarate în cerere: ${
        accessories.length ? accessories.join(", ") : "niciun accesoriu"
      }.`,
    // R6.6
    packing_advice:
      "Înfășurați aparatul în folie cu bule de aer, apoi puneți-l într-o cutie de carton. Folosiți ambalajul original, dacă îl aveți. Lipiți eticheta pe cutie, la vedere.",
    // R6.7
    no_invoice_needed: (shop) =>
      `Nu este nevoie să atașați factura: comanda dumneavoastră de la ${shop} este documentul de achiziție.`,
  },

  receipts: {
    field: {
      intake_title: "Fișă de primire în service",
      handover_title: "Proces-verbal de predare",
      ticket_number: "Număr tichet",
      card_number: "Certificat de garanție",
      customer: "Client",
      phone: "Telefon",
      device: "Aparat",
      serial: "Serie / IMEI",
      received_on: "Primit la",
      handed_over_on: "Predat la",
      delivery: "Mod de predare",
      delivery_drop_off: "La ghișeu",
      delivery_courier: "Prin curier",
      received_title: "Ce am primit",
      accessories: "Accesorii",
      no_accessories: "Niciunul",
      packaging: "Ambalaj original",
      seals: "Sigilii de garanție",
      yes: "Da",
      no: "Nu",
      seals_intact: "Intacte",
      seals_broken: "Deteriorate sau lipsă",
      damage: "Deteriorări vizibile",
      no_damage: "Nu s-au constatat",
      battery_intake: "Starea bateriei la primire",
      defects_title: "Defecte semnalate",
      defects: "Defecte",
      description: "Descrierea dumneavoastră",
      due_title: "Termen de finalizare",
      service_title: "Unde ne găsiți",
      service_address: "Adresa service-ului",
      service_hours: "Program",
      terms_title: "Condiții aplicabile",
      outcome: "Rezultat",
      work_title: "Ce am făcut",
      findings: "Diagnostic",
      repair_note: "Notă de reparație",
      parts: "Piese",
      reason: "Motiv",
      battery_after: "Starea bateriei după reparație",
      return_shipment: "Expediat prin",
      fees_title: "Taxe",
      no_fees: "Nimic de plată: pentru acest service nu s-a perceput nicio taxă.",
      warranty_title: "Garanția dumneavoastră",
      signatures_title: "Semnături",
      sign_clerk: "Pentru service (nume, semnătură)",
      sign_customer: "Client (nume, semnătură)",
      page: "Pagina",
    },
    // R7.1
    due_commercial: (n) => `perioada de service de ${days(n)}`,
    // R11.2
    due_legal: (n, working) => `termenul legal de ${days(n)}${working ? " lucrătoare" : ""}`,
    // R7.2
    due_extended: "prelungit: aparatul a fost trimis la centrul autorizat al producătorului sau nu a existat un produs de înlocuire",
    outcome: {
      repaired: "Reparat",
      replaced: "Înlocuit cu același model",
      valued: "Evaluat: credit sau rambursare",
      returned_unrepaired: "Returnat nereparat",
      recycled: "Lăsat la noi pentru reciclare gratuită",
    },
    // R8.4
    fee: {
      diagnostic: "Taxă de diagnosticare",
      paid: "plătită",
      paid_counter: "plătită la ghișeu",
      waived: "anulată",
      due: "de plată",
    },
    money: (amount, currency_code) => formatMoney({ amount, currency_code }),
    terms: {
      // R6.7
      care: (shop) =>
        `De la data acestei fișe și până la predare, aparatul se află în grija magazinului ${shop}, care răspunde pentru el. Păstrați această fișă: dovedește ce ne-ați lăsat. Comanda dumneavoastră de la ${shop} este documentul de achiziție; nu este nevoie de factură.`,
      // R6.3 (Art. 7)
      data: "Nu răspundem pentru datele din aparat: faceți o copie de siguranță înainte de predare și scoateți codul de blocare a ecranului, ca să putem testa aparatul.",
      // R7.1, R7.2
      service_period: (n) =>
        `Service-ul durează cel mult ${days(n)} de la data la care primim aparatul. Dacă aparatul trebuie trimis la centrul autorizat al producătorului sau nu există un produs de înlocuire, termenul poate fi prelungit; vă anunțăm noua dată.`,
      // R11.2
      legal_limit: (n, working, fromFiling) =>
        `În cadrul garanției legale de conformitate, reparația sau înlocuirea este gratuită și se face în cel mult ${days(n)}${
          working ? " lucrătoare" : " calendaristice"
        } de la ${fromFiling ? "data la care ne-ați semnalat defectul" : "data la care primim aparatul"}.`,
      // R7.4, R6.2
      collect: (hours) =>
        `Vă anunțăm când se încheie service-ul. Ridicați aparatul de la adresa service-ului (${hours.charAt(0).toLowerCase()}${hours.slice(1)}) cu această fișă, sau vi-l trimitem prin curier după ce confirmați datele de livrare; transportul este plătit de client.`,
    },
    handover: {
      // R7.6
      warranty_continues: (card, endsOn) =>
        `O reparație în garanție nu încheie și nu reîncepe garanția: certificatul ${card} rămâne valabil până la ${endsOn}.`,
      // R8.2
      warranty_new_card: (card, endsOn) => `Produsul de înlocuire are propriul certificat de garanție, ${card}, valabil până la ${endsOn}.`,
      // R8.5
      recycled: "Aparatul rămâne la noi și este reciclat gratuit, așa cum ați ales.",
      confirm:
        "Verificați aparatul înainte de a semna. Prin semnătură, clientul confirmă că a primit aparatul și accesoriile trecute pe fișa de primire.",
    },
    intake_confirm: "Prin semnătură, ambele părți confirmă că aparatul a fost predat așa cum este descris mai sus.",
  },

  claim_email: {
    submitted: (d) => ({
      subject: `Cererea de service ${d.ticket_number} a fost înregistrată`,
      text: body(d, [
        `Am înregistrat cererea dumneavoastră de service pentru ${d.product_title}. Numărul tichetului este ${d.ticket_number}; vă rugăm să îl menționați în orice discuție cu noi.`,
        `Descărcați eticheta coletului (cu numărul tichetului și adresa service-ului) de aici: ${d.label_url}\nLipiți-o pe colet sau aduceți-o când predați dispozitivul.`,
        [
          "Înainte de a preda dispozitivul:",
          "- faceți o copie de siguranță a datelor (nu răspundem pentru datele pierdute);",
          "- eliminați codul de blocare a ecranului;",
          "- îndepărtați foliile și autocolantele de protecție;",
          "- includeți toate accesoriile (încărcător, cablu etc.).",
        ].join("\n"),
        "Dacă trimiteți dispozitivul prin curier, ambalați-l în folie cu bule, apoi într-o cutie de carton. Transportul este plătit de dumneavoastră; coletele trimise cu plata ramburs nu sunt primite.",
      ]),
    }),

    received: (d) => ({
      subject: `Am primit dispozitivul pentru cererea ${d.ticket_number}`,
      text: body(d, [
        `Dispozitivul ${d.product_title} a ajuns în service și urmează diagnosticarea.`,
        d.due_on && `Termenul de rezolvare a cererii este ${formatDay(d.due_on)}.`,
        "Vă anunțăm prin e-mail la fiecare pas important.",
      ]),
    }),

    quoted: (d) => ({
      subject: `Oferta de reparație pentru cererea ${d.ticket_number}`,
      text: body(d, [
        `Am diagnosticat dispozitivul ${d.product_title}. Reparația nu este acoperită gratuit de garanție; costul ei este ${formatMoney(d.quote)}, iar durata estimată este de ${days(d.quote.estimated_days)} de la acceptare.`,
        !!d.quote.parts_to_order?.length &&
          `Piese de comandat: ${d.quote.parts_to_order.join(", ")}. Le comandăm numai după ce acceptați oferta.`,
        `Vă rugăm să acceptați sau să refuzați oferta pe pagina cererii.`,
        d.quote.diagnostic_fee &&
          `Dacă refuzați oferta, se datorează taxa de diagnosticare de ${formatMoney(d.quote.diagnostic_fee)}, iar dispozitivul vă este returnat pe cheltuiala dumneavoastră.`,
      ]),
    }),

    return_details_requested: (d) => ({
      subject: `Dispozitivul este gata: confirmați datele de returnare (${d.ticket_number})`,
      text: body(d, [
        `Service-ul pentru ${d.product_title} s-a încheiat.`,
        "Înainte să vi-l trimitem înapoi, vă rugăm să confirmați pe pagina cererii adresa de livrare și numărul de telefon la care vă poate contacta curierul. Expediem dispozitivul numai după ce ați confirmat aceste date.",
        d.delivery_method === "drop_off" && "Dacă preferați, îl puteți ridica personal de la service.",
      ]),
    }),

    return_shipped: (d) => ({
      subject: `Dispozitivul pentru cererea ${d.ticket_number} a fost expediat`,
      text: body(d, [
        `Am predat dispozitivul ${d.product_title} curierului ${d.carrier}.`,
        `Numărul de urmărire (AWB) este ${d.tracking_number}.`,
      ]),
    }),

    // R9: the reason is the R9 text; R5.3: the statutory rights stay whole.
    rejected: (d) => ({
      subject: `Cererea ${d.ticket_number} nu poate fi rezolvată în garanție`,
      text: body(d, [
        `Am verificat dispozitivul ${d.product_title}. Defectul nu este acoperit de garanție, din următorul motiv: ${sentence(d.reason_text)}`,
        d.note && `Observațiile service-ului: ${sentence(d.note)}`,
        d.fee && `Se datorează taxa de diagnosticare de ${formatMoney(d.fee)}.`,
        "Dispozitivul vă va fi returnat; vă rugăm să verificați pe pagina cererii adresa de livrare și numărul de telefon.",
        STATUTORY_RIGHTS,
      ]),
    }),

    // R7.1, R11.2: past the service period, the shopper's remedies under the legal guarantee.
    overdue: (d) => ({
      subject: `Ne cerem scuze: cererea ${d.ticket_number} a depășit termenul de service`,
      text: body(d, [
        `Ne cerem scuze: nu am finalizat service-ul dispozitivului ${d.product_title} până la ${formatDay(d.due_on)}, termenul la care ne-am angajat. Lucrăm în continuare la cererea dumneavoastră și vă anunțăm imediat ce dispozitivul este gata.`,
        d.due_basis === "legal"
          ? "Garanția legală de conformitate vă dă dreptul ca produsul să fie reparat sau înlocuit gratuit, în termenul legal. Deoarece acest termen a fost depășit, puteți cere, la alegere, reducerea proporțională a prețului sau rezoluțiunea contractului și restituirea prețului plătit."
          : `Condițiile de garanție prevăd finalizarea service-ului în termenul comunicat la primirea dispozitivului. ${STATUTORY_RIGHTS} Dacă produsul nu este adus în conformitate într-un termen rezonabil, puteți cere reducerea proporțională a prețului sau rezoluțiunea contractului.`,
        d.service_phone
          ? `Pentru a vă exercita aceste drepturi, ne puteți contacta la ${d.service_phone}, de luni până vineri.`
          : "Ne puteți contacta oricând pentru a vă exercita aceste drepturi.",
      ]),
    }),

    offer_made: (d) => ({
      subject: `Oferta noastră pentru cererea ${d.ticket_number}`,
      text: body(d, [
        ...offerParagraphs(d),
        d.offer.note && `Observațiile service-ului: ${sentence(d.offer.note)}`,
        offerDeadline(d.offer),
      ]),
    }),

    offer_expiring: (d) => ({
      subject: `Oferta pentru cererea ${d.ticket_number} expiră pe ${formatDay(d.offer.expires.day)}`,
      text: body(d, [
        `Vă reamintim că oferta noastră pentru ${d.product_title}, ${offerInShort(d.offer)}, este valabilă până la ${formatMoment(d.offer.expires)}.`,
        offerDeadline(d.offer),
      ]),
    }),

    offer_accepted: (d) => ({
      subject: `Ați acceptat oferta pentru cererea ${d.ticket_number}`,
      text: body(d, ["Vă mulțumim, am înregistrat alegerea dumneavoastră.", ...acceptedParagraphs(d)]),
    }),

    offer_declined: (d) => ({
      subject: `Ați refuzat oferta pentru cererea ${d.ticket_number}`,
      text: body(d, [
        `Am înregistrat refuzul ofertei pentru ${d.product_title}, așa că vă returnăm dispozitivul.`,
        ...returnParagraphs(d),
      ]),
    }),

    offer_expired: (d) => ({
      subject: `Oferta pentru cererea ${d.ticket_number} a expirat`,
      text: body(d, [
        `Nu am primit un răspuns la oferta pentru ${d.product_title} până la termen, așa că oferta a expirat și vă returnăm dispozitivul.`,
        ...returnParagraphs(d),
      ]),
    }),

    // R8.4: the diagnostic fee, paid online or at the counter, before the device goes back.
    fee_due: (d) => ({
      subject: `Taxa de diagnosticare pentru cererea ${d.ticket_number}: ${formatMoney(d.fee)}`,
      text: body(d, [
        `Pentru diagnosticarea dispozitivului ${d.product_title} se datorează taxa de ${formatMoney(d.fee)}${
          d.reason === "quote_declined"
            ? ", deoarece ați refuzat oferta de reparație"
            : d.reason === "rejected"
              ? ", deoarece defectul nu este acoperit de garanție"
              : ""
        }.`,
        "O puteți plăti online, pe pagina cererii, cu oricare dintre metodele de plată disponibile, sau la service.",
        `Dispozitivul vă este returnat numai după ce taxa este achitată sau anulată de noi${
          d.delivery_method === "courier" ? "; transportul de retur este pe cheltuiala dumneavoastră" : ""
        }.`,
      ]),
    }),

    fee_paid: (d) => ({
      subject: `Am primit plata taxei de diagnosticare pentru cererea ${d.ticket_number}`,
      text: body(d, [
        `Am primit plata taxei de diagnosticare pentru ${d.product_title}.`,
        [
          `Suma: ${formatMoney(d.fee)}`,
          `Data: ${formatDay(d.paid_on)}`,
          `Modalitatea: ${d.via === "online" ? "online, pe pagina cererii" : "la service"}`,
          d.reference ? `Referința: ${d.reference}` : null,
        ]
          .filter((l): l is string => !!l)
          .join("\n"),
        ...returnParagraphs(d),
      ]),
    }),

    fee_waived: (d) => ({
      subject: `Am anulat taxa de diagnosticare pentru cererea ${d.ticket_number}`,
      text: body(d, [
        `Am renunțat la taxa de diagnosticare de ${formatMoney(d.fee)} pentru ${d.product_title}; nu trebuie să o plătiți.`,
        ...returnParagraphs(d),
      ]),
    }),

    resolved: (d) => ({
      subject: `Cererea ${d.ticket_number} a fost soluționată`,
      text: body(d, [
        `Cererea de service pentru ${d.product_title} este soluționată: ${outcomeLine(d)}.`,
        "Vă mulțumim pentru răbdare.",
      ]),
    }),
  },

  storefront,

  public_check: publicCheckRo,

  ownership: ownershipRo,
}
