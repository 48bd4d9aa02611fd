/**
 * Two-click video (`src/components/mdx/Video.astro`): the provider's player is created
 * only when the reader presses the button, so nothing is requested from the provider
 * before that.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-video-load]')) {
  button.addEventListener('click', () => {
    const frame = document.createElement('iframe');
    frame.src = button.dataset.src ?? '';
    frame.title = button.dataset.title ?? '';
    frame.allow = 'encrypted-media; picture-in-picture; fullscreen';
    frame.className = 'aspect-video w-full rounded-xl';
    button.closest('[data-video-slot]')?.replaceWith(frame);
    frame.focus();
  });
}
