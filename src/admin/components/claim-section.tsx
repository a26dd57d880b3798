import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One block of the claim page: a heading (with an optional action beside it) over its rows. */
export const ClaimSection = ({
  title,
  action,
  children,
}: {
  title: string
  action?: ReactNode
  children: ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {action}
    </div>
    {children}
  </Container>
)

/** A label and its value, like the rows of Medusa's own detail pages. Text values keep line breaks. */
export const ClaimField = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    {typeof children === "string" || typeof children === "number" ? (
      <Text size="small" leading="compact" className="text-pretty whitespace-pre-line break-words">
        {children}
      </Text>
    ) : (
      <div className="text-ui-fg-base txt-compact-small break-words">{children}</div>
    )}
  </div>
)

/** A list of short texts, one a line; a dash when empty. */
export const ClaimList = ({ items, empty = "-" }: { items: string[] | null | undefined; empty?: string }) =>
  items && items.length ? (
    <ul className="flex flex-col gap-y-1">
      {items.map((item, i) => (
        <li key={`${i}-${item}`}>
          <Text size="small" leading="compact">
            {item}
          </Text>
        </li>
      ))}
    </ul>
  ) : (
    <Text size="small" leading="compact" className="text-ui-fg-muted">
      {empty}
    </Text>
  )

export const yesNo = (value: boolean | null | undefined): string => (value ? "Yes" : value === false ? "No" : "-")
