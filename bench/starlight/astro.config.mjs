// @ts-check
// A stock Starlight site: default sidebar (generated from every page), default search
// (Pagefind), default theme. Only the cache folder is moved so the benchmark can start cold.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [starlight({ title: 'Trend Library (Starlight)', defaultLocale: 'root', locales: { root: { label: 'Deutsch', lang: 'de' } } })],
});
