import { Heading, Text } from "@medusajs/ui"
import { useEffect, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useLocale } from "../lib/i18n"

/** One page: its one `h1` (also the tab's title) and its content. */
export function Page({ title, subtitle, actions, children }: { title: string; subtitle?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useLocale()
  useEffect(() => {
    document.title = `${title} · ${t.storefront.nav.shopName}`
  }, [title, t])
  return (
    <div className="flex flex-col gap-y-6">
      <div className="flex flex-col gap-y-2 md:flex-row md:items-end md:justify-between md:gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1" className="text-2xl md:text-3xl">
            {title}
          </Heading>
          {subtitle ? <div className="text-ui-fg-subtle txt-medium">{subtitle}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </div>
  )
}

/** A titled block of a page, in Medusa's container style. */
export function Section({ title, children, id, aside }: { title: string; children: ReactNode; id?: string; aside?: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined
  return (
    <section aria-labelledby={headingId} className="bg-ui-bg-base shadow-elevation-card-rest rounded-lg p-4 md:p-6">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <Heading level="h2" id={headingId} className="text-lg">
          {title}
        </Heading>
        {aside}
      </div>
      <div className="flex flex-col gap-y-3">{children}</div>
    </section>
  )
}

/** A page that only says something and points on: an empty cart, a finished checkout, "not found". */
export function MessagePage({ title, text, to, link }: { title: string; text: string; to: string; link: string }) {
  return (
    <Page title={title}>
      <Text className="text-ui-fg-subtle">{text}</Text>
      <div>
        <Link to={to} className="text-sf-link txt-medium underline">
          {link}
        </Link>
      </div>
    </Page>
  )
}
