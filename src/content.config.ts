import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entrySchema } from './schemas/entry.ts';
import { mentorSchema } from './schemas/mentor.ts';
import { taxonomySchema } from './schemas/taxonomy.ts';
import { pathSchema } from './schemas/path.ts';
import { digestSchema } from './schemas/digest.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { feedbackLoader } from './loaders/feedback.ts';
import { siteConfig } from '../site.config.ts';
import { setMessageLocale } from './i18n/messages.ts';

const dir = siteConfig.contentDir;
// Schema errors in `astro dev` and the build speak the site's language, like the content check.
setMessageLocale(siteConfig.locale);

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${dir}/entries` }),
    schema: ({ image }) => entrySchema(() => image()),
  }),
  mentors: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/mentors` }), schema: mentorSchema }),
  paths: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/paths` }), schema: pathSchema }),
  digests: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/digests` }), schema: digestSchema }),
  tags: defineCollection({ loader: file(`${dir}/tags.yaml`), schema: taxonomySchema }),
  goals: defineCollection({ loader: file(`${dir}/goals.yaml`), schema: taxonomySchema }),
  glossary: defineCollection({ loader: file(`${dir}/glossary.yaml`), schema: glossarySchema }),
  // Survey answers from CSV: its own loader validates them (file, line, column) and stops the build on errors.
  feedback: defineCollection({ loader: feedbackLoader(dir) }),
};
