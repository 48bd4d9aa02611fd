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
