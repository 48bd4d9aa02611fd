/**
 * The video players `<Video>` may load (after the reader's click), as origins. The site's
 * Content-Security-Policy allows frames from exactly these (`frame-src`, see `csp.ts`), so a
 * player from anywhere else would stay blank: `<Video>` refuses it when the page is built.
 */
export const VIDEO_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

/** True when `url` is an https address on one of the allowed player origins. */
export function isAllowedVideo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password && (VIDEO_ORIGINS as readonly string[]).includes(parsed.origin);
  } catch {
    return false;
  }
}

/** Host name shown in the video consent notice, e.g. `www.youtube-nocookie.com`. */
export function videoHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The page to open when the reader prefers the provider's site: YouTube embeds map to their watch page. */
export function watchUrl(url: string): string {
  const match = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/.exec(url);
  return match ? `https://www.youtube.com/watch?v=${match[1]}` : url;
}
