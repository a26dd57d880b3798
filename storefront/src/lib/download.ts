/** Saves a PDF the API returned as a Blob under `filename` (a person's download, not a new tab). */
export async function saveBlob(get: () => Promise<Blob>, filename: string) {
  const blob = await get()
  const url = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
