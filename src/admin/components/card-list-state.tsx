import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/format"

type Props = { isLoading: boolean; error: unknown; count: number; emptyText: string }

/** What a widget shows instead of its card table while loading, on error, or with no cards. */
export const CardListState = ({ isLoading, error, count, emptyText }: Props) => {
  if (!isLoading && !error && count > 0) {
    return null
  }
  const [text, tone] = isLoading
    ? ["Loading warranty cards…", "text-ui-fg-subtle"]
    : error
      ? [`Could not load the warranty cards: ${errorMessage(error)}`, "text-ui-fg-error"]
      : [emptyText, "text-ui-fg-subtle"]
  return (
    <div className="px-6 py-4">
      <Text size="small" className={tone}>
        {text}
      </Text>
    </div>
  )
}
