import { SAMPLE_BASE, SAMPLE_ENV, SAMPLE_SITE, buildSite } from './build.ts';

/** One build of the sample library for every browser test; unit-only runs can skip it. */
export default async function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  await buildSite({ outDir: SAMPLE_SITE, base: SAMPLE_BASE, env: { ...SAMPLE_ENV } });
}
