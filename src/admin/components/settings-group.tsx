import { Alert, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useReloadWarrantySettings, useSaveWarrantySettings } from "../hooks/warranty-settings"
import { type FieldErrors, splitFieldErrors } from "../lib/field-errors"
import { errorMessage } from "../lib/format"
import { displayValue, fromForm, type FormState, type FormValue, type GroupSpec, perSettingMessage, toForm } from "../lib/settings-fields"
import type { AdminWarrantySettingsResponse, WarrantyShopSettingKey as Key } from "../../types"
import { SettingsField } from "./settings-field"

type Settings = AdminWarrantySettingsResponse["warranty_settings"]

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const formOf = (group: GroupSpec, settings: Settings): FormState =>
  Object.fromEntries(group.fields.map((f) => [f.key, toForm(f.kind, settings.values[f.key])]))

/**
 * One group of Settings -> Warranty: its fields, Save (only what changed, at the version read),
 * and "reset to default" per field. A refused save puts the API's words under each field it
 * names; a save someone else made meanwhile (409) offers to reload.
 */
export const SettingsGroup = ({ group, settings }: { group: GroupSpec; settings: Settings }) => {
  const [form, setForm] = useState<FormState>(() => formOf(group, settings))
  const [errors, setErrors] = useState<FieldErrors<Key>>({ fields: {}, general: null })
  const [stale, setStale] = useState(false)
  const [resetting, setResetting] = useState<Key | null>(null)
  const [reloading, setReloading] = useState(false)
  const save = useSaveWarrantySettings()
  const reload = useReloadWarrantySettings()
  const prompt = usePrompt()
  const keys = group.fields.map((f) => f.key)

  const changed = Object.fromEntries(
    group.fields
      .map((f) => [f.key, fromForm(f.kind, form[f.key] as FormValue)] as const)
      .filter(([key, value]) => !same(value, settings.values[key]))
  )

  // After "Reload the settings" the form shows what is saved now.
  useEffect(() => {
    if (reloading) {
      setForm(formOf(group, settings))
      setReloading(false)
    }
  }, [settings.version])

  const send = (body: Record<string, unknown>, success: string, onDone?: (saved: Settings) => void) => {
    setErrors({ fields: {}, general: null })
    setStale(false)
    save.mutate(
      { version: settings.version, ...body },
      {
        onSuccess: (data) => {
          toast.success(success)
          onDone?.(data.warranty_settings)
        },
        onError: (e: Error) => {
          setStale((e as { status?: number }).status === 409)
          setErrors(splitFieldErrors(perSettingMessage(errorMessage(e)), keys))
        },
        onSettled: () => setResetting(null),
      }
    )
  }

  const reset = async (key: Key) => {
    const label = group.fields.find((f) => f.key === key)?.label ?? key
    const confirmed = await prompt({
      title: `Reset "${label}" to the plugin default?`,
      description: `It goes back to ${displayValue(key, settings.defaults[key])}. New cards and claims use it at once; issued cards keep their terms (R2.3).`,
      confirmText: "Reset",
      cancelText: "Cancel",
    })
    if (confirmed) {
      setResetting(key)
      const kind = group.fields.find((f) => f.key === key)?.kind ?? "text"
      send({ [key]: null }, `${label} reset to the default`, (saved) => setForm((f) => ({ ...f, [key]: toForm(kind, saved.values[key]) })))
    }
  }

  return (
    <Container className="divide-y p-0" data-group={group.id}>
      <div className="px-6 py-4">
        <Heading level="h2">{group.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {group.description}
        </Text>
      </div>
      <form
        className="flex flex-col gap-y-4 px-6 py-4"
        onSubmit={(e) => {
          e.preventDefault()
          send(changed, `${group.title}: saved`, (saved) => setForm(formOf(group, saved)))
        }}
      >
        {group.fields.map((spec) => (
          <SettingsField
            key={spec.key}
            spec={spec}
            value={form[spec.key] as FormValue}
            onChange={(value) => setForm((f) => ({ ...f, [spec.key]: value }))}
            error={errors.fields[spec.key]}
            defaultText={displayValue(spec.key, settings.defaults[spec.key])}
            overridden={settings.overridden.includes(spec.key)}
            onReset={() => reset(spec.key)}
            resetting={resetting === spec.key}
          />
        ))}
        {errors.general && (
          <Alert variant="error" dismissible={false}>
            <div className="flex flex-col gap-y-2">
              <span>{errors.general}</span>
              {stale && (
                <div>
                  <Button size="small" variant="secondary" type="button" onClick={() => {
                      setReloading(true)
                      setErrors({ fields: {}, general: null })
                      setStale(false)
                      reload()
                    }}
                  >
                    Reload the settings
                  </Button>
                </div>
              )}
            </div>
          </Alert>
        )}
        <div className="flex justify-end gap-x-2">
          <Button size="small" type="submit" disabled={!Object.keys(changed).length} isLoading={save.isPending && !resetting}>
            Save
          </Button>
        </div>
      </form>
    </Container>
  )
}
