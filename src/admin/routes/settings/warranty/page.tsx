import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { SettingsGroup } from "../../../components/settings-group"
import { SettingsLog } from "../../../components/settings-log"
import { useWarrantySettings } from "../../../hooks/warranty-settings"
import { errorMessage } from "../../../lib/format"
import { SETTING_GROUPS } from "../../../lib/settings-fields"

/**
 * Settings -> Warranty (issue 11 s.6): the shop's own settings, with the plugin options as their
 * defaults. New cards and claims use a change at once; issued cards keep their terms (R2.3).
 */
const WarrantySettingsPage = () => {
  const { data, isLoading, error } = useWarrantySettings()
  const settings = data?.warranty_settings
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Warranty</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The shop's warranty settings. Each starts as the plugin option in medusa-config; what you set here wins, and
          "Reset to default" goes back to the option. The time zone and the card and ticket number prefixes stay plugin
          options.
        </Text>
      </Container>
      {isLoading && (
        <Container className="px-6 py-4">
          <Text size="small">Loading…</Text>
        </Container>
      )}
      {error && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        </Container>
      )}
      {settings &&
        SETTING_GROUPS.map((group) => <SettingsGroup key={group.id} group={group} settings={settings} />)}
      {settings && <SettingsLog changes={settings.changes} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Warranty",
})

export default WarrantySettingsPage
