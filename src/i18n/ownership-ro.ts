/** Romanian texts of order and card transfers (issue 11); the keys are those of `ownership-en.ts`. */
import type { ShopMoment } from "./claim-email"
import type { CardTransferMail, OrderTransferMail, OwnershipTexts } from "./ownership-en"

const when = (m: ShopMoment) => (m.time ? `${m.day}, ora ${m.time}` : m.day)

export const ownershipRo: OwnershipTexts = {
  order_transfer_email: (d: OrderTransferMail) => ({
    subject: `Adăugați comanda #${d.order_number} în contul dumneavoastră`,
    text: [
      "Bună ziua,",
      `Cineva autentificat la ${d.shop_name} a cerut să adauge în contul său comanda #${d.order_number}, plasată cu această adresă de e-mail. Certificatele de garanție și reclamațiile comenzii o însoțesc.`,
      d.url
        ? `Dacă ați fost dumneavoastră, deschideți acest link fiind autentificat în acel cont: ${d.url}`
        : `Dacă ați fost dumneavoastră, acceptați transferul comenzii ${d.order_id} cu acest cod: ${d.token}`,
      "Dacă nu ați fost dumneavoastră, ignorați acest e-mail: nu se schimbă nimic.",
      `${d.shop_name}`,
    ].join("\n\n"),
  }),

  card_transfer_email: (d: CardTransferMail) => ({
    subject: `Un certificat de garanție pentru ${d.product_title}`,
    text: [
      "Bună ziua,",
      `${d.from_name ?? "Proprietarul"} vă transferă certificatul de garanție ${d.card_number} pentru un ${d.product_title} cumpărat de la ${d.shop_name}. Garanția își păstrează datele; după ce acceptați, puteți depune reclamații pentru el.`,
      d.url
        ? `Deschideți acest link fiind autentificat cu această adresă de e-mail: ${d.url}`
        : `Autentificați-vă cu această adresă de e-mail și acceptați certificatul ${d.card_id} cu acest cod: ${d.token}`,
      `Linkul funcționează o singură dată, până la ${when(d.expires)}.`,
      "Dacă nu vă așteptați la acest mesaj, ignorați-l: nu se schimbă nimic.",
      `${d.shop_name}`,
    ].join("\n\n"),
  }),

  owner_source: {
    sale: "A cumpărat produsul",
    order_transfer: "Comandă transferată",
    card_transfer: "Certificat transferat de proprietar",
    admin_transfer: "Mutat de personal",
  },

  storefront: {
    addOrderTitle: "Adaugă o comandă în contul meu",
    addOrderIntro:
      "Ați cumpărat fără cont? Introduceți numărul comenzii din e-mailul de confirmare (order_…). Trimitem un link la adresa cu care a fost plasată comanda.",
    orderIdLabel: "ID-ul comenzii",
    sendRequest: "Trimite linkul",
    requestSent: "Am trimis un link la adresa de e-mail a comenzii. Deschideți-l fiind autentificat pentru a adăuga comanda și certificatele ei în cont.",
    acceptOrderTitle: "Adaugă comanda în cont",
    acceptOrderIntro: "Acceptați pentru a muta această comandă, cu certificatele de garanție și reclamațiile ei, în contul în care sunteți autentificat.",
    acceptOrder: "Adaugă comanda",
    orderAccepted: "Comanda este acum în contul dumneavoastră.",
    openAccount: "Mergi la contul meu",
    missingToken: "Linkul este incomplet: deschideți linkul întreg din e-mail.",
    transferTitle: "Transferă certificatul unui nou proprietar",
    transferIntro: "Ați vândut telefonul? Introduceți adresa de e-mail a noului proprietar. Acesta acceptă cu linkul primit, autentificat cu acea adresă; certificatul își păstrează datele și nu îl mai vedeți.",
    emailLabel: "E-mailul noului proprietar",
    sendTransfer: "Trimite certificatul",
    transferPending: (email: string, until: string) => `Așteptăm ca ${email} să accepte, până la ${until}.`,
    cancelTransfer: "Anulează transferul",
    transferCanceled: "Transferul este anulat; linkul nu mai funcționează.",
    transfersOff: "Acest magazin nu transferă certificate de garanție.",
    acceptCardTitle: "Acceptă un certificat de garanție",
    acceptCardIntro: "Acceptați pentru a prelua acest certificat de garanție. Trebuie să fiți autentificat cu adresa de e-mail la care a fost trimis linkul.",
    acceptCard: "Acceptă certificatul",
    cardAccepted: (card: string) => `Certificatul de garanție ${card} este acum al dumneavoastră.`,
    openCard: "Vezi certificatele mele",
    myCardsTitle: "Certificate de garanție",
    myCardsIntro: "Toate certificatele dumneavoastră, din comenzi sau transferate de un proprietar anterior.",
    noMyCards: "Nu aveți încă certificate de garanție.",
    cardLink: (card: string, product: string) => `${card} · ${product}`,
    cardTitle: (card: string) => `Certificatul de garanție ${card}`,
    cardNotFound: "Acest certificat de garanție nu există sau nu este al dumneavoastră.",
  },
}
