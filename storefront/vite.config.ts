import path from "node:path"
import autoprefixer from "autoprefixer"
import tailwindcss from "tailwindcss"
import { defineConfig } from "vite"

const root = __dirname

/**
 * The demo storefront: `vite build --config storefront/vite.config.ts` writes `storefront/dist`,
 * which `npm run demo` serves. No React plugin is installed: esbuild compiles JSX itself.
 */
export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  esbuild: { jsx: "automatic" },
  resolve: {
    alias: {
      // The storefront uses the plugin's client exactly as a shop would import it from the package.
      "medusa-plugin-warranty/client": path.resolve(root, "../src/client/index.ts"),
    },
  },
  css: {
    postcss: {
      plugins: [tailwindcss({ config: path.join(root, "tailwind.config.js") }), autoprefixer()],
    },
  },
  build: {
    outDir: path.join(root, "dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // Radix and Medusa UI mark their modules "use client" for Next.js; a plain SPA ignores it.
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") {
          warn(warning)
        }
      },
    },
  },
  server: { port: 8000 },
})
