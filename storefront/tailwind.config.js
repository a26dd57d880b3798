// Medusa's UI preset (colours, type scale, shadows) so the storefront looks like Medusa's own.
const path = require("path")

/** @type {import("tailwindcss").Config} */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  darkMode: "class",
  theme: {
    extend: {
      // Medusa's interactive blue is under 4.5:1 on white for text; links and the active
      // language use a darker blue (blue-700, 6.7:1) so the pages pass a contrast check.
      colors: { "sf-link": "#1d4ed8" },
    },
  },
  content: [
    path.join(__dirname, "index.html"),
    path.join(__dirname, "src/**/*.{ts,tsx}"),
    // The components' own class names live in the compiled package.
    path.join(__dirname, "../node_modules/@medusajs/ui/dist/**/*.js"),
  ],
}
