import { Button, Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/format"
import { LINK_CLASS } from "../lib/link"

/**
 * The parts the warranty widgets on Medusa's order and customer pages share: a heading with the
 * count, the loading/error/empty line, the table and the pager.
 */

/** The widget's heading, with "3 claims" on the right once there is any. */
export const WidgetHeading = ({ title, count, one, many }: { title: string; count: number; one: string; many: string }) => (
  <div className="flex items-center justify-between px-6 py-4">
    <Heading level="h2">{title}</Heading>
    {count > 0 && (
      <Text size="small" className="text-ui-fg-subtle">
        {count} {count === 1 ? one : many}
      </Text>
    )}
  </div>
)

type StateProps = {
  isLoading: boolean
  isError: boolean
  error: unknown
  count: number
  /** "warranty cards", "warranty claims". */
  noun: string
  emptyText: string
}

/** What a widget shows instead of its table while loading, on error, or with nothing to list. */
export const WidgetListState = ({ isLoading, isError, error, count, noun, emptyText }: StateProps) => {
  if (!isLoading && !isError && count > 0) {
    return null
  }
  const [text, tone] = isLoading
    ? [`Loading ${noun}…`, "text-ui-fg-subtle"]
    : isError
      ? [`Could not load the ${noun}: ${errorMessage(error)}`, "text-ui-fg-error"]
      : [emptyText, "text-ui-fg-subtle"]
  return (
    <div className="px-6 py-4">
      <Text size="small" className={tone}>
        {text}
      </Text>
    </div>
  )
}

/** The first cell's link to the row's own page (a card's order, a claim's page). */
export const WidgetRowLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link to={to} className={`${LINK_CLASS} txt-compact-small-plus whitespace-nowrap`}>
    {children}
  </Link>
)

export type WidgetColumn<T> = {
  header: ReactNode
  headerClassName?: string
  cellClassName?: string
  cell: (row: T) => ReactNode
}

/** A widget's table, scrolling sideways on a narrow screen. */
export function WidgetTable<T extends { id: string }>({
  rows,
  columns,
  rowClassName,
}: {
  rows: T[]
  columns: WidgetColumn<T>[]
  rowClassName?: string
}) {
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((c, i) => (
              <Table.HeaderCell key={i} className={c.headerClassName}>
                {c.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id} className={rowClassName}>
              {columns.map((c, i) => (
                <Table.Cell key={i} className={c.cellClassName}>
                  {c.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Previous/Next under a paged widget table; nothing when everything fits one page. */
export const WidgetPager = ({ page, count, pageSize, onPage }: { page: number; count: number; pageSize: number; onPage: (page: number) => void }) => {
  const pages = Math.max(1, Math.ceil(count / pageSize))
  if (pages <= 1) {
    return null
  }
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        Page {page + 1} of {pages}
      </Text>
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <Button size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </div>
    </div>
  )
}
