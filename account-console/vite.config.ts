import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Builds the resources of the account theme "sls": Keycloak's account console reads .vite/manifest.json from the
// theme's resources and loads the entry chunk it names (entryScript, entryStyles, entryImports in index.ftl).
export default defineConfig({
  base: "",
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: "target/dist",
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    modulePreload: false,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: "src/main.tsx",
    },
  },
});
