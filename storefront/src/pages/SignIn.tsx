import { Button, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom"
import { TextField } from "../components/Fields"
import { Page } from "../components/Page"
import { ErrorAlert } from "../components/PageState"
import { useAuth } from "../lib/auth"
import { useLocale } from "../lib/i18n"

/** Only paths of this storefront: a `next` pointing elsewhere is ignored. */
function safeNext(next: string | null) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/account"
}

export function SignInPage() {
  const { t } = useLocale()
  const { signedIn, signIn } = useAuth()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const next = safeNext(params.get("next"))
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  if (signedIn && !busy) {
    return <Navigate to={next} replace />
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      await signIn(email.trim(), password)
      navigate(next, { replace: true })
    } catch (err) {
      setError(err)
      setBusy(false)
    }
  }
  return (
    <Page title={t.storefront.auth.signInTitle}>
      <form onSubmit={submit} className="bg-ui-bg-base shadow-elevation-card-rest flex w-full max-w-md flex-col gap-y-4 rounded-lg p-4 md:p-6">
        {error !== undefined ? <ErrorAlert error={error} /> : null}
        <TextField id="email" type="email" label={t.storefront.auth.email} value={email} onChange={setEmail} required autoComplete="email" />
        <TextField id="password" type="password" label={t.storefront.auth.password} value={password} onChange={setPassword} required autoComplete="current-password" />
        <Button type="submit" isLoading={busy}>
          {t.storefront.auth.signIn}
        </Button>
        <Text size="small">
          {t.storefront.auth.noAccount}{" "}
          <Link to={`/account/register?next=${encodeURIComponent(next)}`} className="text-sf-link underline">
            {t.storefront.auth.register}
          </Link>
        </Text>
      </form>
    </Page>
  )
}

export function RegisterPage() {
  const { t } = useLocale()
  const { signedIn, register } = useAuth()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const next = safeNext(params.get("next"))
  const [form, setForm] = useState({ first_name: "", last_name: "", email: "", password: "" })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const set = (key: keyof typeof form) => (v: string) => setForm({ ...form, [key]: v })

  if (signedIn && !busy) {
    return <Navigate to={next} replace />
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      await register({ ...form, email: form.email.trim(), first_name: form.first_name.trim(), last_name: form.last_name.trim() })
      navigate(next, { replace: true })
    } catch (err) {
      setError(err)
      setBusy(false)
    }
  }
  return (
    <Page title={t.storefront.auth.registerTitle}>
      <form onSubmit={submit} className="bg-ui-bg-base shadow-elevation-card-rest flex w-full max-w-md flex-col gap-y-4 rounded-lg p-4 md:p-6">
        {error !== undefined ? <ErrorAlert error={error} /> : null}
        <TextField id="first_name" label={t.storefront.auth.firstName} value={form.first_name} onChange={set("first_name")} required autoComplete="given-name" />
        <TextField id="last_name" label={t.storefront.auth.lastName} value={form.last_name} onChange={set("last_name")} required autoComplete="family-name" />
        <TextField id="email" type="email" label={t.storefront.auth.email} value={form.email} onChange={set("email")} required autoComplete="email" />
        <TextField id="password" type="password" label={t.storefront.auth.password} value={form.password} onChange={set("password")} required autoComplete="new-password" />
        <Button type="submit" isLoading={busy}>
          {t.storefront.auth.createAccount}
        </Button>
        <Text size="small">
          {t.storefront.auth.haveAccount}{" "}
          <Link to={`/account/login?next=${encodeURIComponent(next)}`} className="text-sf-link underline">
            {t.storefront.auth.signIn}
          </Link>
        </Text>
      </form>
    </Page>
  )
}
