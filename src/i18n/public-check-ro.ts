/** Textele în română ale verificării publice a garanției după IMEI (issue 11 s.4). */
import type { PublicCheckTexts } from "./public-check-en"

export const publicCheckRo: PublicCheckTexts = {
  nav: "Verifică garanția",
  title: "Verifică garanția",
  intro:
    "Cumpărați un telefon second-hand care provine de la noi? Introduceți IMEI-ul lui ca să vedeți dacă mai este în garanția noastră. Vedeți doar modelul, starea garanției și datele de sfârșit: nimic despre cine l-a cumpărat.",
  imeiLabel: "IMEI",
  imeiHint: "15 cifre. Formați *#06# pe telefon sau căutați în Configurări > General > Despre (iPhone) ori Setări > Despre telefon (Android).",
  submit: "Verifică",
  resultTitle: "Garanție găsită",
  product: "Telefon",
  status: "Stare",
  endsOn: "Garanție până la (inclusiv)",
  batteryEndsOn: "Garanția bateriei până la (inclusiv)",
  pendingNote: "Încă nelivrat: garanția începe în ziua livrării.",
  expiredNote: "Garanția s-a încheiat. Putem repara telefonul contra cost.",
  notFound:
    "Nu am găsit nicio garanție pentru acest IMEI. Verificați cifrele; un telefon care nu a fost cumpărat de la noi sau a cărui garanție a fost anulată nu are una aici.",
  invalid: "Acesta nu este un IMEI valid: are 15 cifre, iar ultima este o cifră de control. Verificați ce ați tastat.",
  tooMany: (seconds: number) => `Prea multe verificări de la conexiunea dumneavoastră. Încercați din nou peste ${seconds} secunde.`,
}
