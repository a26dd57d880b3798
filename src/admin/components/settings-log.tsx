import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatInstant } from "../lib/format"
import { displayValue, SETTING_LABELS } from "../lib/settings-fields"
import type { AdminWarrantySettingChange } from "../../types"

/** Every save of the settings: who, when, and each key from -> to (the last 50, newest first). */
export const SettingsLog = ({ changes }: { changes: AdminWarrantySettingChange[] }) => (
  <Container className="divide-y p-0" data-group="log">
    <div className="px-6 py-4">
      <Heading level="h2">Change log</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Who changed which setting, and when.
      </Text>
    </div>
    {changes.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No changes yet: every setting is the plugin option.
      </Text>
    ) : (
      <ul className="divide-y">
        {changes.map((change) => (
          <li key={change.id} className="flex flex-col gap-y-1 px-6 py-3" data-version={change.version}>
            <Text size="small" weight="plus">
              {change.changed_by_name ?? change.changed_by} · {formatInstant(change.created_at)}
            </Text>
            {change.changes.map((line) => (
              <Text key={line.key} size="small" className="text-ui-fg-subtle">
                {SETTING_LABELS[line.key] ?? line.key}: {displayValue(line.key, line.from)} → {displayValue(line.key, line.to)}
                {line.reset && (
                  <Badge size="2xsmall" className="ml-2">
                    reset to default
                  </Badge>
                )}
              </Text>
            ))}
          </li>
        ))}
      </ul>
    )}
  </Container>
)
