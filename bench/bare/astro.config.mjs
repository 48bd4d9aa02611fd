// @ts-check
// The floor: nothing but MDX and one page per entry. Only the cache folder is moved so
// the benchmark can start cold.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx()],
});
