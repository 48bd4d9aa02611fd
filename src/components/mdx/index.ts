/** The components an entry body may use without importing them: the ones CONTRIBUTING.md documents. */
import TryIt from './TryIt.astro';
import Callout from './Callout.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';

export const mdxComponents = { TryIt, Callout, Quote, Video };
